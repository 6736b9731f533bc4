//go:build !wasm

package site_test

import (
	"net/http/httptest"
	"testing"

	"bilateral/app"
	"bilateral/internal/servertest"
	"bilateral/server/site"
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
				w, status := site.DiscardAnswer()
				h.ServeHTTP(w, req)
				if code := status(); code != 200 && code != 304 {
					b.Fatalf("status %d", code)
				}
			}
		})
	}
}
