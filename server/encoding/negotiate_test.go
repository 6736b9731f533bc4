//go:build !wasm

package encoding

import (
	"net/http"
	"testing"
)

func TestNegotiate(t *testing.T) {
	for _, tc := range []struct {
		header string // "-" for no header at all
		want   string
		ok     bool
	}{
		{"-", Identity, true},
		{"", Identity, true},
		{"br", Brotli, true},
		{"gzip", Gzip, true},
		{"gzip, deflate, br, zstd", Brotli, true}, // Chromium's
		{"deflate, gzip;q=1.0, *;q=0.5", Gzip, true},
		{"br;q=0.5, gzip;q=0.8", Gzip, true},
		{"BR;Q=0.9, GZIP;Q=0.1", Brotli, true},
		{"x-gzip", Gzip, true},
		{"gzip;q=0.5, identity", Identity, true},
		{"br;q=0, gzip;q=0", Identity, true},
		{"br;q=0", Identity, true},
		{"*", Brotli, true},
		{"*;q=0.5, br;q=0", Gzip, true},
		{"identity;q=0", Identity, false},
		{"identity;q=0, gzip", Gzip, true},
		{"*;q=0", Identity, false},
		{"*;q=0, identity", Identity, true},
		{"deflate", Identity, true},
		{" br , , gzip ", Brotli, true},
		{"gzip;q=0.001", Gzip, true},
		// Malformed: identity.
		{"br;q=2", Identity, true},
		{"br;q=abc", Identity, true},
		{"br;q=0.12345", Identity, true},
		{"br;q=", Identity, true},
		{"br;level=5", Identity, true},
		{"b r", Identity, true},
		{"br;q=0.5;q=1", Identity, true},
		{"\x00br", Identity, true},
		{";;;", Identity, true},
		{"br;q=1.5", Identity, true},
		{"gzip;q=-1", Identity, true},
		// A coding named twice has its later weight.
		{"br, gzip;q=0.5, br;q=0.1", Gzip, true},
		// More codings than are kept in place.
		{"a, b, c, d, e, f, g, h, i, gzip;q=0.2, br;q=0.1, gzip;q=0.3", Gzip, true},
		{"a, b, c, d, e, f, g, h, br;q=0.1, br;q=0", Identity, true},
	} {
		h := http.Header{}
		if tc.header != "-" {
			h.Set("Accept-Encoding", tc.header)
		}
		got, ok := ParseAccept(h).Negotiate(Brotli, Gzip)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Accept-Encoding %q: %q %v, want %q %v", tc.header, got, ok, tc.want, tc.ok)
		}
	}
	// Only gzip held: a br-only client gets identity.
	h := http.Header{"Accept-Encoding": {"br"}}
	if got, _ := ParseAccept(h).Negotiate(Gzip); got != Identity {
		t.Errorf("br-only client, gzip-only asset: %q, want identity", got)
	}
	// Several header lines are one list.
	h = http.Header{"Accept-Encoding": {"gzip;q=0.5", "br"}}
	if got, _ := ParseAccept(h).Negotiate(Brotli, Gzip); got != Brotli {
		t.Errorf("two lines: %q, want br", got)
	}
}

// Every asset and the dataset parse the header per request: a browser's
// allocates nothing (allocations per answer were the dataset's garbage).
func TestParseAcceptAllocatesNothing(t *testing.T) {
	h := http.Header{"Accept-Encoding": {"gzip, deflate, br, zstd"}}
	var enc string
	if n := testing.AllocsPerRun(100, func() { enc, _ = ParseAccept(h).Negotiate(Brotli, Gzip) }); n != 0 || enc != Brotli {
		t.Errorf("%v allocations, chose %q; want none, br", n, enc)
	}
}
