//go:build !wasm

package site_test

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"bilateral/app"
	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/internal/servertest"
	"bilateral/server/site"
)

// TestWarmPagesMakesEveryViewsPage: once WarmPages has run, every view's
// page in every language is answered while every render slot is held,
// that is from the page cache, without a render; and what it made is
// logged.
func TestWarmPagesMakesEveryViewsPage(t *testing.T) {
	servertest.Site(t)
	o := servertest.EmbeddedOptions()
	h := site.New(o) // its own page cache
	var log bytes.Buffer
	site.WarmPages(context.Background(), h, o, slog.New(slog.NewTextHandler(&log, nil)))
	want := len(app.Views) * len(app.OfferedBy(o.Dataset))
	if !strings.Contains(log.String(), `msg="pages made at start" pages=`+strconv.Itoa(want)+" ") {
		t.Errorf("WarmPages logged %q; want %d pages made", log.String(), want)
	}

	give := site.HoldRenderSlots()
	defer func() {
		for range site.RenderSlotCount {
			give()
		}
	}()
	asked := 0
	for _, lang := range app.OfferedBy(o.Dataset) {
		for _, v := range app.Views {
			path := v.Path
			if lang != i18n.Default {
				path = urlstate.WithLang(lang, v.Path)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			r := httptest.NewRequest(http.MethodGet, path, nil).WithContext(ctx)
			r.Header.Set("Accept-Encoding", "br")
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			cancel()
			asked++
			if w.Code != http.StatusOK || w.Body.Len() == 0 || w.Header().Get("Content-Encoding") != "br" {
				t.Errorf("%s after WarmPages, every render slot held: %d, %d bytes, %q; want the page from the cache",
					path, w.Code, w.Body.Len(), w.Header().Get("Content-Encoding"))
			}
		}
	}
	if asked != want {
		t.Fatalf("asked for %d pages, want %d", asked, want)
	}
	// Not one WarmPages made: it waits for a render slot.
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/trade?fig=trade-2023", nil).WithContext(ctx))
	if w.Body.Len() != 0 {
		t.Errorf("a deep link was answered (%d, %d bytes) with every render slot held; the check above proves nothing", w.Code, w.Body.Len())
	}
}

// TestWarmPagesWaitInTheBackground: the pages are asked for as background
// fetches, which wait behind readers' pages for a render slot, and a
// server shutting down meanwhile stops making them.
func TestWarmPagesWaitInTheBackground(t *testing.T) {
	servertest.Site(t)
	o := servertest.EmbeddedOptions()
	h := site.New(o) // its own page cache: nothing made yet
	give := site.HoldRenderSlots()
	defer func() {
		for range site.RenderSlotCount {
			give()
		}
	}()
	ctx, cancel := context.WithCancel(context.Background())
	var log bytes.Buffer
	done := make(chan struct{})
	go func() {
		site.WarmPages(ctx, h, o, slog.New(slog.NewTextHandler(&log, nil)))
		close(done)
	}()
	waitForRenderQueue(t, 0, 1)
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("WarmPages went on after its context ended")
	}
	if strings.Contains(log.String(), "pages made at start") {
		t.Errorf("WarmPages logged %q after its context ended before any page", log.String())
	}
}
