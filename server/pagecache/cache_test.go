//go:build !wasm

package pagecache

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// counting answers every path with a page naming it and counts renders.
type counting struct{ renders int }

func (h *counting) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.renders++
	if r.URL.Path == "/missing" {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("ETag", `"e-`+strings.Trim(r.URL.Path, "/")+`"`)
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Path)
}

func byPath(r *http.Request) (string, bool) {
	return r.URL.Path, !strings.HasPrefix(r.URL.Path, "/hostile")
}

func get(t *testing.T, h http.Handler, method, target string, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(method, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestRenderedOncePerKey(t *testing.T) {
	next := &counting{}
	c := New(Limits{Entries: 8, Bytes: 1 << 20})
	h := c.Wrap(next, byPath)
	for range 3 {
		w := get(t, h, http.MethodGet, "/trade")
		if w.Code != 200 || w.Body.String() != "<p>/trade</p>" || w.Header().Get("ETag") != `"e-trade"` {
			t.Fatalf("answer %d %q %v", w.Code, w.Body, w.Header())
		}
	}
	if next.renders != 1 {
		t.Errorf("rendered %d times, want 1", next.renders)
	}
	if n, hits, misses := c.Stats(); n != 1 || hits != 2 || misses != 1 {
		t.Errorf("stats %d entries, %d hits, %d misses; want 1, 2, 1", n, hits, misses)
	}
}

func TestRevalidationFromCache(t *testing.T) {
	next := &counting{}
	h := New(Limits{Entries: 8, Bytes: 1 << 20}).Wrap(next, byPath)
	get(t, h, http.MethodGet, "/trade")
	w := get(t, h, http.MethodGet, "/trade", "If-None-Match", `"other", W/"e-trade"`)
	if w.Code != http.StatusNotModified || w.Body.Len() != 0 || w.Header().Get("ETag") != `"e-trade"` {
		t.Errorf("matching If-None-Match: %d %q %v", w.Code, w.Body, w.Header())
	}
	if w := get(t, h, http.MethodGet, "/trade", "If-None-Match", `"stale"`); w.Code != 200 || w.Body.Len() == 0 {
		t.Errorf("stale If-None-Match: %d %q", w.Code, w.Body)
	}
	if w := get(t, h, http.MethodHead, "/trade"); w.Code != 200 || w.Body.Len() != 0 {
		t.Errorf("HEAD: %d %q", w.Code, w.Body)
	}
	if next.renders != 1 {
		t.Errorf("rendered %d times, want 1", next.renders)
	}
}

func TestNotKept(t *testing.T) {
	next := &counting{}
	c := New(Limits{Entries: 8, Bytes: 1 << 20})
	h := c.Wrap(next, byPath)
	for range 2 {
		get(t, h, http.MethodGet, "/hostile?x=1") // the key refuses it
		get(t, h, http.MethodGet, "/missing")     // not a 200
	}
	if n, _, _ := c.Stats(); n != 0 {
		t.Errorf("cache holds %d answers, want 0", n)
	}
	if next.renders != 4 {
		t.Errorf("rendered %d times, want 4", next.renders)
	}
}

// rangeSeen records whether a request it answers asked for a part.
type rangeSeen struct {
	counting
	ranged bool
}

func (h *rangeSeen) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.ranged = h.ranged || r.Header.Get("Range") != "" || r.Header.Get("If-Range") != ""
	h.counting.ServeHTTP(w, r)
}

// TestRangeAnsweredWhole: a request for part of a page is answered with the
// whole page from the cache, made once; asking in parts is no way to have
// pages rendered again and again.
func TestRangeAnsweredWhole(t *testing.T) {
	next := &rangeSeen{}
	h := New(Limits{Entries: 8, Bytes: 1 << 20}).Wrap(next, byPath)
	for _, rg := range []string{"bytes=0-1", "bytes=3-", "bytes=0-0,5-6"} {
		w := get(t, h, http.MethodGet, "/ranged", "Range", rg, "If-Range", `"e-ranged"`)
		if w.Code != 200 || w.Body.String() != "<p>/ranged</p>" || w.Header().Get("Content-Range") != "" {
			t.Errorf("Range %s: %d %q %v, want the whole page", rg, w.Code, w.Body, w.Header())
		}
	}
	if next.renders != 1 {
		t.Errorf("rendered %d times, want 1", next.renders)
	}
	if next.ranged {
		t.Error("the page kept was made from a request for a part")
	}
}

// TestHeadAndRevalidationKeepThePage: a HEAD or a revalidation of a page
// not kept yet makes the GET's page, keeps it, and answers from it: the
// HEAD with the GET's headers and no body, the revalidation with a 304 when
// the reader holds its ETag. Neither page is rendered again after.
func TestHeadAndRevalidationKeepThePage(t *testing.T) {
	next := &counting{}
	h := New(Limits{Entries: 8, Bytes: 1 << 20}).Wrap(next, byPath)
	for range 2 {
		w := get(t, h, http.MethodHead, "/head-first")
		if w.Code != 200 || w.Body.Len() != 0 || w.Header().Get("ETag") != `"e-head-first"` || w.Header().Get("Content-Type") == "" {
			t.Errorf("HEAD: %d %q %v", w.Code, w.Body, w.Header())
		}
		if w := get(t, h, http.MethodGet, "/inm", "If-None-Match", `"e-inm"`); w.Code != http.StatusNotModified || w.Body.Len() != 0 {
			t.Errorf("matching If-None-Match: %d %q", w.Code, w.Body)
		}
		if w := get(t, h, http.MethodGet, "/inm2", "If-None-Match", `"stale"`); w.Code != 200 || w.Body.String() != "<p>/inm2</p>" {
			t.Errorf("stale If-None-Match: %d %q", w.Code, w.Body)
		}
	}
	if w := get(t, h, http.MethodGet, "/head-first"); w.Code != 200 || w.Body.String() != "<p>/head-first</p>" {
		t.Errorf("GET after HEAD: %d %q", w.Code, w.Body)
	}
	if w := get(t, h, http.MethodHead, "/missing"); w.Code != http.StatusNotFound || w.Body.Len() != 0 {
		t.Errorf("HEAD of a missing page: %d %q", w.Code, w.Body)
	}
	if next.renders != 4 {
		t.Errorf("rendered %d times, want 4: each page once", next.renders)
	}
}

// TestBounded: however many distinct pages are asked for, the cache keeps
// at most its entries and bytes, dropping the least recently used.
func TestBounded(t *testing.T) {
	c := New(Limits{Entries: 4, Bytes: 1 << 20})
	h := c.Wrap(&counting{}, byPath)
	for i := range 100 {
		get(t, h, http.MethodGet, fmt.Sprintf("/p%d", i))
		get(t, h, http.MethodGet, "/kept") // used every time: never the oldest
	}
	if n, _, _ := c.Stats(); n != 4 {
		t.Errorf("%d entries, want 4", n)
	}
	if _, ok := c.pages.Get("/kept"); !ok {
		t.Error("the most used page was dropped")
	}

	small := New(Limits{Entries: 100, Bytes: 300})
	h = small.Wrap(&counting{}, byPath)
	for i := range 100 {
		get(t, h, http.MethodGet, fmt.Sprintf("/p%d", i))
	}
	if n, b := small.pages.Len(); b > 300 || n == 0 {
		t.Errorf("%d bytes in %d entries, want some and at most 300", b, n)
	}
	big := New(Limits{Entries: 100, Bytes: 10})
	get(t, big.Wrap(&counting{}, byPath), http.MethodGet, "/longer-than-ten-bytes")
	if n, _ := big.pages.Len(); n != 0 {
		t.Error("an answer over the byte bound was kept")
	}
}

// TestIncompleteNotKept: a page its handler calls incomplete is served but
// rendered again for the next reader, who then gets the complete page kept;
// a page made whole at the same moment is kept all the same.
func TestIncompleteNotKept(t *testing.T) {
	next := &counting{}
	var other http.Handler
	failing := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/trade" && next.renders == 0 {
			DoNotKeep(r)
			// Another page, made whole while this one is under way.
			if w := get(t, other, http.MethodGet, "/energy"); w.Code != 200 {
				t.Errorf("/energy answered %d", w.Code)
			}
		}
		next.ServeHTTP(w, r)
	})
	c := New(Limits{Entries: 8, Bytes: 1 << 20})
	h := c.Wrap(failing, byPath)
	other = h
	for range 3 {
		if w := get(t, h, http.MethodGet, "/trade"); w.Code != 200 || w.Body.String() != "<p>/trade</p>" {
			t.Fatalf("answer %d %q", w.Code, w.Body)
		}
	}
	if next.renders != 3 {
		t.Errorf("rendered %d times, want 3 (/energy once, the incomplete /trade not kept, the next one kept)", next.renders)
	}
	if n, _ := c.pages.Len(); n != 2 {
		t.Errorf("%d pages kept, want 2", n)
	}
}

// TestOneAnswerMadeAtOnce: requests for a page that is being made wait for
// that answer instead of each making the page (a service worker's install
// asks for every page at once, and a few at the same time drew each cold
// page once per reader); one whose reader leaves stops waiting.
func TestOneAnswerMadeAtOnce(t *testing.T) {
	var renders atomic.Int32
	started, release := make(chan struct{}), make(chan struct{})
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if renders.Add(1) == 1 {
			close(started)
		}
		<-release
		fmt.Fprintf(w, "<p>%s</p>", r.URL.Path)
	})
	h := New(Limits{Entries: 8, Bytes: 1 << 20}).Wrap(slow, byPath)
	go get(t, h, http.MethodGet, "/trade")
	<-started

	const readers = 8
	answers := make(chan *httptest.ResponseRecorder, readers)
	for i := range readers {
		method := http.MethodGet
		if i == 0 {
			method = http.MethodHead
		}
		go func() { answers <- get(t, h, method, "/trade") }()
	}
	ctx, leave := context.WithCancel(context.Background())
	left := make(chan struct{})
	go func() {
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/trade", nil).WithContext(ctx))
		close(left)
	}()
	leave()
	select {
	case <-left:
	case <-time.After(5 * time.Second):
		t.Error("a reader who left was held until the page was made")
	}

	time.Sleep(50 * time.Millisecond) // let the readers reach their wait
	close(release)
	for range readers {
		if w := <-answers; w.Code != 200 || w.Body.String() != "<p>/trade</p>" && w.Body.Len() != 0 {
			t.Errorf("answer %d %q", w.Code, w.Body)
		}
	}
	if n := renders.Load(); n != 1 {
		t.Errorf("the page was made %d times for %d readers at once, want once", n, readers+1)
	}
}

// TestKeepsTheBodyOnly: what the cache keeps is the answer's bytes, not
// the buffer they were written into, which grows to up to twice as much.
func TestKeepsTheBodyOnly(t *testing.T) {
	const size = 40_000
	page := strings.Repeat("x", size)
	next := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for i := 0; i < size; i += 1000 { // as a handler writes, in pieces
			w.Write([]byte(page[i : i+1000]))
		}
	})
	c := New(Limits{Entries: 8, Bytes: 1 << 20})
	if w := get(t, c.Wrap(next, byPath), http.MethodGet, "/trade"); w.Body.Len() != size {
		t.Fatalf("answered %d bytes, want %d", w.Body.Len(), size)
	}
	e, ok := c.pages.Get("/trade")
	if !ok {
		t.Fatal("the page was not kept")
	}
	if len(e.body) != size || cap(e.body) > size+size/8 {
		t.Errorf("kept %d bytes in %d; want %d in about as many", len(e.body), cap(e.body), size)
	}
}

// TestPinned: pages asked for with Pin stay, however many other pages come
// after them, and are answered without a render; the others are still
// evicted, least recently used first, within what the pinned pages leave of
// the budget; a page kept before it was asked for with Pin is pinned then;
// and past the cap a pinned request's page is kept as any other.
func TestPinned(t *testing.T) {
	next := &counting{}
	c := New(Limits{Entries: 8, Bytes: 1 << 20, PinnedEntries: 3, PinnedBytes: 1 << 19})
	h := c.Wrap(next, byPath)
	pin := func(target string) {
		t.Helper()
		r := httptest.NewRequest(http.MethodGet, target, nil)
		h.ServeHTTP(httptest.NewRecorder(), r.WithContext(Pin(r.Context())))
	}
	get(t, h, http.MethodGet, "/late") // kept before WarmPages comes to it
	pin("/a")
	pin("/b")
	pin("/late")
	for i := range 100 {
		get(t, h, http.MethodGet, fmt.Sprintf("/p%d", i))
	}
	renders := next.renders
	for _, p := range []string{"/a", "/b", "/late"} {
		if w := get(t, h, http.MethodGet, p); w.Code != 200 || w.Body.String() != "<p>"+p+"</p>" {
			t.Errorf("pinned %s: %d %q", p, w.Code, w.Body)
		}
	}
	if next.renders != renders {
		t.Errorf("pinned pages rendered %d times after 100 others, want 0", next.renders-renders)
	}
	if n, _, _ := c.Stats(); n != 8 {
		t.Errorf("%d entries, want 8: 3 pinned, 5 in the LRU", n)
	}
	if _, ok := c.pages.Get("/p0"); ok {
		t.Error("/p0, the least recently used, is still in the LRU")
	}
	if _, ok := c.pages.Get("/p99"); !ok {
		t.Error("/p99, the most recent page, was dropped")
	}

	pin("/over-the-cap") // the pinned set is full: into the LRU
	if _, ok := c.pinned["/over-the-cap"]; ok || len(c.pinned) != 3 {
		t.Errorf("pinned %d pages past a cap of 3", len(c.pinned))
	}
	if _, ok := c.pages.Get("/over-the-cap"); !ok {
		t.Error("a page past the pinned cap was not kept in the LRU")
	}
	if n, _, _ := c.Stats(); n != 8 {
		t.Errorf("%d entries, want 8", n)
	}
}

// TestPinnedWithinTheBudget: the pinned pages take their bytes from the
// LRU's budget and are capped in bytes too, so the whole cache stays
// within its Limits.
func TestPinnedWithinTheBudget(t *testing.T) {
	page := strings.Repeat("x", 1000)
	next := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(page)) })
	c := New(Limits{Entries: 100, Bytes: 10_000, PinnedEntries: 50, PinnedBytes: 3_500})
	h := c.Wrap(next, byPath)
	for i := range 10 {
		r := httptest.NewRequest(http.MethodGet, fmt.Sprintf("/pin%d", i), nil)
		h.ServeHTTP(httptest.NewRecorder(), r.WithContext(Pin(r.Context())))
		get(t, h, http.MethodGet, fmt.Sprintf("/p%d", i))
	}
	if len(c.pinned) != 3 || c.pinnedBytes > 3_500 {
		t.Errorf("%d pinned pages, %d bytes; want 3 within 3500", len(c.pinned), c.pinnedBytes)
	}
	if _, b := c.pages.Len(); int64(b)+c.pinnedBytes > 10_000 {
		t.Errorf("%d bytes in the LRU and %d pinned, over the budget of 10000", b, c.pinnedBytes)
	}
}
