//go:build !wasm

package site_test

import (
	"bytes"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"bilateral/app"
	"bilateral/data"
	"bilateral/internal/servertest"
	"bilateral/server/assets"
)

// TestEncodings fetches pages, go-app's scripts, the dataset and assets
// with every kind of Accept-Encoding and checks the encoding chosen, Vary,
// Content-Length, the ETag, and that the body decodes to the same bytes.
func TestEncodings(t *testing.T) {
	ts := servertest.SiteServer(t)
	c := servertest.Client()
	targets := []string{"/", "/trade", "/timeline?event=declaration-allied-cooperation-2022",
		"/no-such-page", "/app.js", "/wasm_exec.js", "/app.css", "/manifest.webmanifest",
		app.DatasetPath, "/web/bilateral.css", "/web/theme.js", "/web/icons/icon.svg"}
	for _, target := range targets {
		t.Run(target, func(t *testing.T) {
			if name, ok := strings.CutPrefix(target, "/web/"); ok {
				if a := assets.MustEmbedded().Get(name); a == nil || len(a.Encodings()) < 2 {
					t.Fatalf("web/%s has no .br and .gz beside it: run make build", name)
				}
			}
			_, identity := servertest.Get(t, c, "GET", ts.URL+target)
			for _, tc := range []struct{ accept, want string }{
				{"br, gzip", "br"},
				{"gzip", "gzip"},
				{"gzip;q=1, br;q=0.5", "gzip"},
				{"", ""},
				{"br;q=7", ""}, // malformed
				{"identity", ""},
			} {
				resp, body := servertest.Get(t, c, "GET", ts.URL+target, "Accept-Encoding: "+tc.accept)
				enc := resp.Header.Get("Content-Encoding")
				if enc != tc.want {
					t.Errorf("Accept-Encoding %q: Content-Encoding %q, want %q", tc.accept, enc, tc.want)
				}
				if !strings.Contains(resp.Header.Get("Vary"), "Accept-Encoding") {
					t.Errorf("Accept-Encoding %q: Vary %q lacks Accept-Encoding", tc.accept, resp.Header.Get("Vary"))
				}
				if cl := resp.Header.Get("Content-Length"); cl != strconv.Itoa(len(body)) {
					t.Errorf("Accept-Encoding %q: Content-Length %q, body %d bytes", tc.accept, cl, len(body))
				}
				// A 404 has no ETag; any other answer names its encoding.
				if etag := resp.Header.Get("ETag"); enc != "" && (etag != "" || resp.StatusCode != 404) && !strings.HasSuffix(etag, map[string]string{"br": "-br", "gzip": "-gz"}[enc]+`"`) {
					t.Errorf("Accept-Encoding %q: ETag %s does not name the %s representation", tc.accept, etag, enc)
				}
				// go-app writes a page's attributes in map order, so two
				// renderings of a page differ in order only.
				page := !strings.Contains(target, ".")
				if got := servertest.Decode(t, enc, body); !bytes.Equal(got, identity) && !(page && len(got) == len(identity)) {
					t.Errorf("Accept-Encoding %q: decodes to %d bytes that differ from the %d identity bytes", tc.accept, len(got), len(identity))
				}
				if enc != "" && len(body) >= len(identity) {
					t.Errorf("Accept-Encoding %q: %d encoded bytes, not fewer than %d", tc.accept, len(body), len(identity))
				}
			}
		})
	}

	t.Run("png is not compressed", func(t *testing.T) {
		resp, _ := servertest.Get(t, c, "GET", ts.URL+"/web/icons/icon-192.png", "Accept-Encoding: br, gzip")
		if enc := resp.Header.Get("Content-Encoding"); enc != "" {
			t.Errorf("Content-Encoding %q on a PNG", enc)
		}
		if ct := resp.Header.Get("Content-Type"); ct != "image/png" {
			t.Errorf("Content-Type %q", ct)
		}
	})
	t.Run("refusing identity", func(t *testing.T) {
		resp, _ := servertest.Get(t, c, "GET", ts.URL+"/web/icons/icon-192.png", "Accept-Encoding: br, identity;q=0")
		if resp.StatusCode != http.StatusNotAcceptable {
			t.Errorf("PNG for a client refusing identity: %d, want 406", resp.StatusCode)
		}
		resp, _ = servertest.Get(t, c, "GET", ts.URL+app.DatasetPath, "Accept-Encoding: gzip, identity;q=0")
		if resp.StatusCode != 200 || resp.Header.Get("Content-Encoding") != "gzip" {
			t.Errorf("dataset for gzip, identity;q=0: %d %q", resp.StatusCode, resp.Header.Get("Content-Encoding"))
		}
	})
}

// TestWasmEncoding checks the built Wasm, when this checkout has one: br
// and gzip siblings are sent with the uncompressed length go-app's loader
// reads for its progress bar.
func TestWasmEncoding(t *testing.T) {
	ts := servertest.SiteServer(t)
	a := assets.MustEmbedded().Get("app.wasm")
	if a == nil || len(a.Encodings()) == 0 {
		t.Fatal("no web/app.wasm with precompressed siblings: run make build")
	}
	size := a.Size()
	for _, path := range []string{"/web/app.wasm", "/app.wasm"} {
		for _, enc := range []string{"br", "gzip", ""} {
			resp, body := servertest.Get(t, servertest.Client(), "GET", ts.URL+path, "Accept-Encoding: "+enc)
			if got := resp.Header.Get("Content-Encoding"); got != enc {
				t.Errorf("%s %q: Content-Encoding %q", path, enc, got)
			}
			if ct := resp.Header.Get("Content-Type"); ct != "application/wasm" {
				t.Errorf("%s %q: Content-Type %q", path, enc, ct)
			}
			if got := resp.Header.Get(assets.UncompressedLengthHeader); got != strconv.FormatInt(size, 10) {
				t.Errorf("%s %q: %s %q, want %d", path, enc, assets.UncompressedLengthHeader, got, size)
			}
			if resp.ContentLength != int64(len(body)) {
				t.Errorf("%s %q: Content-Length %d, body %d", path, enc, resp.ContentLength, len(body))
			}
			if dec := servertest.Decode(t, enc, body); int64(len(dec)) != size || !bytes.HasPrefix(dec, []byte("\x00asm")) {
				t.Errorf("%s %q: decodes to %d bytes, want a %d-byte Wasm module", path, enc, len(dec), size)
			}
			t.Logf("%s %-4q %9d bytes", path, enc, len(body))
		}
	}
	if !strings.Contains(string(mustGet(t, ts.URL+"/app.js")), `"`+assets.UncompressedLengthHeader+`"`) {
		t.Errorf("app.js does not read %s", assets.UncompressedLengthHeader)
	}
}

func mustGet(t testing.TB, url string) []byte {
	_, b := servertest.Get(t, servertest.Client(), "GET", url)
	return b
}

// TestConditional: every answer has a validator, and sending it back gets
// a 304 without a body, whatever the encoding.
func TestConditional(t *testing.T) {
	ts := servertest.SiteServer(t)
	c := servertest.Client()
	// Pages are not here: go-app writes their attributes in a different
	// order each time, so their ETag (a hash of the bytes) rarely repeats
	// (TestPageETags, TestPageMetaConditional).
	for _, target := range []string{"/app.js", "/app-worker.js", "/manifest.webmanifest",
		app.DatasetPath, "/web/bilateral.css", "/web/icons/icon-192.png"} {
		for _, accept := range []string{"br", "gzip", ""} {
			resp, _ := servertest.Get(t, c, "GET", ts.URL+target, "Accept-Encoding: "+accept)
			etag := resp.Header.Get("ETag")
			if etag == "" || !strings.HasPrefix(etag, `"`) {
				t.Errorf("%s %q: ETag %q, want a strong one", target, accept, etag)
				continue
			}
			if cc := resp.Header.Get("Cache-Control"); cc != "no-cache" {
				t.Errorf("%s %q: Cache-Control %q, want no-cache", target, accept, cc)
			}
			resp2, body := servertest.Get(t, c, "GET", ts.URL+target, "Accept-Encoding: "+accept, "If-None-Match: "+etag)
			if resp2.StatusCode != http.StatusNotModified || len(body) != 0 {
				t.Errorf("%s %q If-None-Match %s: %d with %d bytes, want 304 and none", target, accept, etag, resp2.StatusCode, len(body))
			}
			if got := resp2.Header.Get("ETag"); got != etag {
				t.Errorf("%s %q: 304 ETag %s, want %s", target, accept, got, etag)
			}
			resp3, _ := servertest.Get(t, c, "GET", ts.URL+target, "Accept-Encoding: "+accept, `If-None-Match: "something-else"`)
			if resp3.StatusCode != http.StatusOK {
				t.Errorf("%s %q with a stale ETag: %d, want 200", target, accept, resp3.StatusCode)
			}
		}
	}
}

// TestAssetCaching: /web/ is revalidated (no-cache + ETag); the build's
// versioned URL is immutable; another version's URL is served, not cached.
func TestAssetCaching(t *testing.T) {
	ts := servertest.SiteServer(t)
	v := servertest.PageVersion(t, ts)
	c := servertest.Client()
	for _, tc := range []struct{ path, cc string }{
		{"/web/bilateral.css", "no-cache"},
		{"/" + v + "/web/bilateral.css", "public, max-age=31536000, immutable"},
		{"/" + v + "/web/icons/icon-192.png", "public, max-age=31536000, immutable"},
		{"/0123456789ab/web/bilateral.css", "no-cache"},
		{app.DatasetPath, "no-cache"},
		{"/", "no-cache"},
		{"/trade", "no-cache"},
	} {
		if v == "dev" && strings.HasPrefix(tc.path, "/dev/") {
			continue // a build without a version has no immutable URLs
		}
		resp, _ := servertest.Get(t, c, "GET", ts.URL+tc.path, "Accept-Encoding: br")
		if resp.StatusCode != 200 {
			t.Errorf("%s: %d", tc.path, resp.StatusCode)
		}
		if cc := resp.Header.Get("Cache-Control"); cc != tc.cc {
			t.Errorf("%s: Cache-Control %q, want %q", tc.path, cc, tc.cc)
		}
		if resp.Header.Get("ETag") == "" {
			t.Errorf("%s: no ETag", tc.path)
		}
	}
	resp, _ := servertest.Get(t, c, "GET", ts.URL+"/"+v+"/web/missing.css")
	if resp.StatusCode != 404 {
		t.Errorf("a missing versioned asset: %d, want 404", resp.StatusCode)
	}
}

// TestRanges: a range of an asset is served from its identity bytes; too
// many ranges or an impossible one get 416; the server keeps serving.
func TestRanges(t *testing.T) {
	ts := servertest.SiteServer(t)
	c := servertest.Client()
	url := ts.URL + "/web/bilateral.css"
	_, full := servertest.Get(t, c, "GET", url)

	resp, body := servertest.Get(t, c, "GET", url, "Range: bytes=0-99", "Accept-Encoding: br, gzip")
	if resp.StatusCode != http.StatusPartialContent || !bytes.Equal(body, full[:100]) {
		t.Errorf("bytes=0-99: %d, %d bytes", resp.StatusCode, len(body))
	}
	if enc := resp.Header.Get("Content-Encoding"); enc != "" {
		t.Errorf("a range is of the file itself, got Content-Encoding %q", enc)
	}
	if cr := resp.Header.Get("Content-Range"); cr != "bytes 0-99/"+strconv.Itoa(len(full)) {
		t.Errorf("Content-Range %q", cr)
	}

	many := make([]string, 20)
	for i := range many {
		many[i] = strconv.Itoa(i) + "-" + strconv.Itoa(i)
	}
	for _, rg := range []string{
		"bytes=" + strings.Join(many, ","),
		"bytes=" + strings.Repeat("0-,", 500) + "0-",
		"bytes=999999999-",
	} {
		resp, body := servertest.Get(t, c, "GET", url, "Range: "+rg)
		if resp.StatusCode != http.StatusRequestedRangeNotSatisfiable {
			t.Errorf("Range %.40s…: %d, want 416", rg, resp.StatusCode)
		}
		if len(body) > 200 {
			t.Errorf("Range %.40s…: a %d-byte body for a refusal", rg, len(body))
		}
	}
	// Two overlapping ranges covering more than the file: the file.
	resp, body = servertest.Get(t, c, "GET", url, "Range: bytes=0-,0-")
	if resp.StatusCode != http.StatusOK || !bytes.Equal(body, full) {
		t.Errorf("overlapping ranges: %d, %d bytes; want the whole file", resp.StatusCode, len(body))
	}
	// Ranges of the dataset and of a page: the dataset honours it, a page's
	// is ignored (200, the whole page, from the page cache: pagecache.Wrap);
	// neither fails.
	resp, _ = servertest.Get(t, c, "GET", ts.URL+app.DatasetPath, "Range: bytes=0-9")
	if resp.StatusCode != http.StatusPartialContent {
		t.Errorf("dataset range: %d", resp.StatusCode)
	}
	resp, _ = servertest.Get(t, c, "GET", ts.URL+"/trade", "Range: bytes=0-9", "Accept-Encoding: br")
	if resp.StatusCode != http.StatusOK {
		t.Errorf("page range: %d", resp.StatusCode)
	}
	servertest.AssertServing(t, ts)
}

// TestDatasetBytes: the dataset served is byte for byte the file given.
func TestDatasetBytes(t *testing.T) {
	ts := servertest.SiteServer(t)
	for _, enc := range []string{"br", "gzip", ""} {
		resp, body := servertest.Get(t, servertest.Client(), "GET", ts.URL+app.DatasetPath, "Accept-Encoding: "+enc)
		if ct := resp.Header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
			t.Errorf("%q: Content-Type %q", enc, ct)
		}
		if !bytes.Equal(servertest.Decode(t, resp.Header.Get("Content-Encoding"), body), data.Default) {
			t.Errorf("%q: the body is not data/relations.json", enc)
		}
	}
}
