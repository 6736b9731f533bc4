//go:build !wasm

package site_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"bilateral/app"
	"bilateral/internal/servertest"
)

// BenchmarkServe measures the server's own work per answer, without the
// network: go test -run '^$' -bench Serve -benchmem .
func BenchmarkServe(b *testing.B) {
	h := servertest.Site(b)
	for _, tg := range []struct{ name, path, accept string }{
		{"page", "/", "br"},
		{"deep-link", "/timeline?event=declaration-allied-cooperation-2022", "br"},
		{"page-gzip", "/trade", "gzip"},
		{"page-304", "/trade", "br"},
		{"wasm-br", "/web/app.wasm", "br"},
		{"dataset-br", app.DatasetPath, "br"},
		{"dataset-identity", app.DatasetPath, "identity"},
		{"app.js-br", "/app.js", "br"},
	} {
		b.Run(tg.name, func(b *testing.B) {
			inm := ""
			if tg.name == "page-304" {
				rec := httptest.NewRecorder()
				req := httptest.NewRequest("GET", tg.path, nil)
				req.Header.Set("Accept-Encoding", tg.accept)
				h.ServeHTTP(rec, req)
				inm = rec.Header().Get("ETag")
			}
			b.ReportAllocs()
			for b.Loop() {
				req := httptest.NewRequest("GET", tg.path, nil)
				req.Header.Set("Accept-Encoding", tg.accept)
				if inm != "" {
					req.Header.Set("If-None-Match", inm)
				}
				w := &discard{h: http.Header{}}
				h.ServeHTTP(w, req)
				if w.code != 200 && w.code != 304 {
					b.Fatalf("status %d", w.code)
				}
			}
		})
	}
}

// discard is a ResponseWriter that keeps nothing of the body.
type discard struct {
	h    http.Header
	code int
}

func (d *discard) Header() http.Header { return d.h }
func (d *discard) WriteHeader(c int) {
	if d.code == 0 {
		d.code = c
	}
}
func (d *discard) Write(b []byte) (int, error) {
	if d.code == 0 {
		d.code = 200
	}
	return len(b), nil
}

var _ io.Writer = (*discard)(nil)
