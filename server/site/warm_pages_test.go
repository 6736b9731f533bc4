//go:build !wasm

package site_test

import (
	"bytes"
	"context"
	"html"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
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
// page in every language, and every deep link the default language's view
// pages link to, is answered while every render slot is held, that is from
// the page cache, without a render; and what it made is logged.
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

	// The deep links, as a reader finds them on the pages.
	var links []string
	for _, v := range app.Views {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, v.Path, nil))
		for _, m := range stateHref.FindAllStringSubmatch(w.Body.String(), -1) {
			if link := html.UnescapeString(m[1]); !slices.Contains(links, link) {
				links = append(links, link)
			}
		}
	}
	for _, kind := range []string{"?fig=", "?event=", "?tab="} {
		if !slices.ContainsFunc(links, func(l string) bool { return strings.Contains(l, kind) }) {
			t.Errorf("no deep link with %s on the views' pages: %q", kind, links)
		}
	}
	if !strings.Contains(log.String(), `msg="deep links made at start" links=`+strconv.Itoa(len(links))+" ") {
		t.Errorf("WarmPages logged %q; want %d deep links made", log.String(), len(links))
	}

	give := site.HoldRenderSlots()
	defer func() {
		for range site.RenderSlotCount {
			give()
		}
	}()
	fromCache := func(path string) {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		r := httptest.NewRequest(http.MethodGet, path, nil).WithContext(ctx)
		r.Header.Set("Accept-Encoding", "br")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != http.StatusOK || w.Body.Len() == 0 || w.Header().Get("Content-Encoding") != "br" {
			t.Errorf("%s after WarmPages, every render slot held: %d, %d bytes, %q; want the page from the cache",
				path, w.Code, w.Body.Len(), w.Header().Get("Content-Encoding"))
		}
	}
	asked := 0
	for _, lang := range app.OfferedBy(o.Dataset) {
		for _, v := range app.Views {
			path := v.Path
			if lang != i18n.Default {
				path = urlstate.WithLang(lang, v.Path)
			}
			fromCache(path)
			asked++
		}
	}
	if asked != want {
		t.Fatalf("asked for %d pages, want %d", asked, want)
	}
	for _, link := range links {
		fromCache(link)
	}
	// Not one WarmPages made, another language's deep link: it waits for a
	// render slot.
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, urlstate.WithLang("ru", "/trade?fig=trade-2023"), nil).WithContext(ctx))
	if w.Body.Len() != 0 {
		t.Errorf("a deep link was answered (%d, %d bytes) with every render slot held; the checks above prove nothing", w.Code, w.Body.Len())
	}
}

// stateHref is a link to a state of a view in a page: a root-relative
// href with a query, not an embed's or a file's.
var stateHref = regexp.MustCompile(`<a [^>]*href="(/(?:[a-z]+)?\?[^"#]+)`)

// TestWarmPagesWaitInTheBackground: WarmPages asks for no page while a
// reader's page is being made, and then asks as a background fetch, which
// waits behind readers' pages for a render slot; a server shutting down
// meanwhile stops it.
func TestWarmPagesWaitInTheBackground(t *testing.T) {
	servertest.Site(t)
	o := servertest.EmbeddedOptions()
	h := site.New(o) // its own page cache: nothing made yet
	// The background fetches' every slot held, then a reader's page.
	giveBackground := site.HoldRenderSlot(true)
	defer giveBackground()
	giveReader := site.HoldRenderSlot(false)
	ctx, cancel := context.WithCancel(context.Background())
	var log bytes.Buffer
	done := make(chan struct{})
	go func() {
		site.WarmPages(ctx, h, o, slog.New(slog.NewTextHandler(&log, nil)))
		close(done)
	}()
	time.Sleep(300 * time.Millisecond)
	if r, b := site.RenderWaiting(); r != 0 || b != 0 {
		t.Errorf("while a reader's page was made, %d readers' and %d background pages waited for a slot; want WarmPages to ask for none", r, b)
	}
	giveReader()
	waitForRenderQueue(t, 0, 1)
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("WarmPages went on after its context ended")
	}
	if strings.Contains(log.String(), "made at start") {
		t.Errorf("WarmPages logged %q after its context ended before any page", log.String())
	}
}
