//go:build !wasm

package encoding

import "testing"

func TestETagHelpers(t *testing.T) {
	if got := WithSuffix(`"abc"`, Brotli); got != `"abc-br"` {
		t.Errorf("WithSuffix br: %s", got)
	}
	if got := WithSuffix(`"abc"`, Identity); got != `"abc"` {
		t.Errorf("WithSuffix identity: %s", got)
	}
	if got, held := stripSuffixes(`"abc-gz"`); got != `"abc"` || held != Gzip {
		t.Errorf("stripSuffixes: %s %s", got, held)
	}
	if got, held := stripSuffixes(`"x", W/"abc-br"`); got != `"x", W/"abc"` || held != Brotli {
		t.Errorf("stripSuffixes list: %s %s", got, held)
	}
	for _, tc := range []struct {
		inm, etag string
		want      bool
	}{
		{`"a"`, `"a"`, true},
		{`W/"a"`, `"a"`, true},
		{`"b", "a"`, `"a"`, true},
		{`*`, `"a"`, true},
		{`"b"`, `"a"`, false},
		{``, `"a"`, false},
	} {
		if got := ETagMatch(tc.inm, tc.etag); got != tc.want {
			t.Errorf("ETagMatch(%s, %s) = %v", tc.inm, tc.etag, got)
		}
	}
}
