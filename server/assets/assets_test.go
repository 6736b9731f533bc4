//go:build !wasm

package assets_test

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"bilateral/internal/servertest"
	"bilateral/server/assets"
	"bilateral/server/encoding"
)

// TestStaleVariants: a .br or .gz that does not decode to its file (left
// by an earlier build) is never sent; a variant without its file neither.
func TestStaleVariants(t *testing.T) {
	css := bytes.Repeat([]byte("body { color: #123456; }\n"), 40)
	other := bytes.Repeat([]byte("body { color: #654321; }\n"), 40)
	fsys := fstest.MapFS{
		"a.css":    {Data: css},
		"a.css.br": {Data: encoding.Encode(other, encoding.Brotli)}, // stale
		"a.css.gz": {Data: encoding.Encode(css, encoding.Gzip)},     // good
		"b.js.br":  {Data: encoding.Encode(css, encoding.Brotli)},   // orphan
		"c.svg":    {Data: []byte("<svg/>")},
		"c.svg.gz": {Data: []byte("not gzip at all")},
	}
	set, err := assets.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	a := set.Get("a.css")
	if a == nil || len(a.Encodings()) != 1 || a.Encodings()[0] != encoding.Gzip {
		t.Fatalf("a.css encodings %v, want only the good gzip", a.Encodings())
	}
	if c := set.Get("c.svg"); c == nil || len(c.Encodings()) != 0 {
		t.Errorf("c.svg: a broken .gz was kept")
	}
	if set.Get("b.js") != nil {
		t.Error("b.js exists only as .br and must not be served")
	}
	if len(set.Warnings) != 3 {
		t.Errorf("warnings %q, want 3 (stale br, orphan br, broken gz)", set.Warnings)
	}
}

// TestAssetBehindCompression: an asset served by a route of the mux (so
// behind Dynamic, which rewrites If-None-Match for go-app) still
// answers 304 to its own encoded ETag, unchanged.
func TestAssetBehindCompression(t *testing.T) {
	a := assets.FromBytes("data/table.csv", "text/csv; charset=utf-8", bytes.Repeat([]byte("a,b,c\n1,2,3\n"), 200))
	h := encoding.Dynamic(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		assets.Serve(w, r, a, assets.NoCache)
	}))
	ts := httptest.NewServer(h)
	defer ts.Close()
	for _, enc := range []string{"br", "gzip", ""} {
		resp, body := servertest.Get(t, servertest.Client(), "GET", ts.URL+"/data/table.csv", "Accept-Encoding: "+enc)
		etag := resp.Header.Get("ETag")
		if resp.Header.Get("Content-Encoding") != enc || !strings.HasSuffix(etag, map[string]string{"br": "-br", "gzip": "-gz"}[enc]+`"`) {
			t.Errorf("%q: Content-Encoding %q ETag %s", enc, resp.Header.Get("Content-Encoding"), etag)
		}
		if strings.Count(etag, "-") > 1 {
			t.Errorf("%q: ETag %s carries two suffixes", enc, etag)
		}
		if resp.ContentLength != int64(len(body)) {
			t.Errorf("%q: Content-Length %d, body %d", enc, resp.ContentLength, len(body))
		}
		resp2, _ := servertest.Get(t, servertest.Client(), "GET", ts.URL+"/data/table.csv", "Accept-Encoding: "+enc, "If-None-Match: "+etag)
		if resp2.StatusCode != http.StatusNotModified || resp2.Header.Get("ETag") != etag {
			t.Errorf("%q If-None-Match %s: %d ETag %s, want 304 with the same ETag", enc, etag, resp2.StatusCode, resp2.Header.Get("ETag"))
		}
	}
}
