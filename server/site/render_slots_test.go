//go:build !wasm

package site_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"bilateral/internal/servertest"
	"bilateral/server/site"
)

// TestRenderSlotsHoldPagesOnly: while every render slot is taken (a burst
// of uncached pages, as a service worker's install makes), go-app's
// scripts, stylesheet and manifest still answer at once, from memory;
// a page waits for its turn, and a reader who leaves gives it up.
func TestRenderSlotsHoldPagesOnly(t *testing.T) {
	h := servertest.Site(t)
	for i := 0; i < cap(site.RenderSlots); i++ {
		site.RenderSlots <- struct{}{}
	}
	defer func() {
		for i := 0; i < cap(site.RenderSlots); i++ {
			<-site.RenderSlots
		}
	}()
	get := func(path string, wait time.Duration) *httptest.ResponseRecorder {
		ctx, cancel := context.WithTimeout(context.Background(), wait)
		defer cancel()
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, path, nil).WithContext(ctx))
		return w
	}
	paths := []string{"/app.js", "/wasm_exec.js", "/app-wasm-compiler.js", "/app.css", "/app-worker.js", "/manifest.webmanifest"}
	for _, path := range paths {
		if w := get(path, 5*time.Second); w.Code != http.StatusOK || w.Body.Len() == 0 {
			t.Errorf("%s with every render slot taken: %d, %d bytes; want it answered from memory", path, w.Code, w.Body.Len())
		}
	}
	// Not canonical, so the page cache does not answer it: go-app renders.
	if w := get("/trade?slots=taken", 300*time.Millisecond); w.Body.Len() != 0 {
		t.Errorf("a page was rendered (%d, %d bytes) with every render slot taken; want it to wait", w.Code, w.Body.Len())
	}
}
