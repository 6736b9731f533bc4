//go:build !wasm

package site_test

import (
	"context"
	"io"
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
	give := site.HoldRenderSlots()
	defer func() {
		for range site.RenderSlotCount {
			give()
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

// TestPageAfterItsTurnIsWhole: a page that waited for its turn longer than
// the server's write timeout still arrives whole (the timeout counts from
// its first byte), and a reader's page waiting beside a service worker's
// precache fetch is made first.
func TestPageAfterItsTurnIsWhole(t *testing.T) {
	cfg := servertest.Config()
	cfg.Timeouts.Write = 500 * time.Millisecond
	ts := servertest.Start(t, cfg, servertest.Site(t), nil)
	give := site.HoldRenderSlots()
	type answer struct {
		who    string
		status int
		n      int
		err    error
	}
	answers := make(chan answer, 2)
	get := func(who, path string, header ...string) {
		req, _ := http.NewRequest(http.MethodGet, ts.URL+path, nil)
		for i := 0; i+1 < len(header); i += 2 {
			req.Header.Set(header[i], header[i+1])
		}
		resp, err := servertest.Client().Do(req)
		if err != nil {
			answers <- answer{who: who, err: err}
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		answers <- answer{who, resp.StatusCode, len(b), err}
	}
	// Neither is canonical, so the page cache does not answer them.
	go get("precache", "/energy?turn=late", "Sec-Fetch-Dest", "empty", "Sec-Fetch-Mode", "same-origin")
	waitForRenderQueue(t, 0, 1)
	go get("reader", "/trade?turn=late", "Sec-Fetch-Dest", "document", "Sec-Fetch-Mode", "navigate")
	waitForRenderQueue(t, 1, 1)
	time.Sleep(2 * cfg.Timeouts.Write)
	give() // one slot: the reader's
	// The slot is handed over as it is given back, so the queue says at
	// once who got it. (Which answer the test reads first does not: once
	// the reader's page is written its slot goes to the precache, whose
	// page can be made before the reader's client has read its own.)
	if r, b := site.RenderWaiting(); r != 0 || b != 1 {
		t.Errorf("one slot given back: %d readers' and %d background pages still wait; want the reader's page made first (0 and 1)", r, b)
	}
	first := <-answers
	give()
	second := <-answers
	for _, a := range []answer{first, second} {
		if a.err != nil || a.status != http.StatusOK || a.n < 10_000 {
			t.Errorf("%s's page after waiting %s for its turn: %d, %d bytes, %v; want it whole", a.who, 2*cfg.Timeouts.Write, a.status, a.n, a.err)
		}
	}
}

func waitForRenderQueue(t *testing.T, readers, background int) {
	t.Helper()
	for start := time.Now(); time.Since(start) < 10*time.Second; time.Sleep(5 * time.Millisecond) {
		if r, b := site.RenderWaiting(); r == readers && b == background {
			return
		}
	}
	r, b := site.RenderWaiting()
	t.Fatalf("pages waiting for a render slot: %d readers', %d in the background; want %d and %d", r, b, readers, background)
}
