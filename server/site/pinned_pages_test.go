//go:build !wasm

package site_test

import (
	"context"
	"html"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"testing"
	"time"

	"bilateral/app"
	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/internal/servertest"
	"bilateral/server/site"
)

// TestWarmPagesArePinned: a stranger sweeping more ordinary canonical pages
// than the page cache holds (here the same pages under other allowed hosts,
// each its own entry) does not push out the pages WarmPages made: with
// every render slot held, each is still answered from the cache. The rest
// of the cache is still an LRU: the sweep's first pages are gone, and so is
// a page a client asked for over HTTP exactly as WarmPages asks (same
// headers, from the loopback address): a client cannot pin.
func TestWarmPagesArePinned(t *testing.T) {
	servertest.Site(t)
	o := servertest.EmbeddedOptions()
	hosts := []string{"warm.example", "h1.example", "h2.example", "h3.example", "h4.example", "h5.example"}
	o.Hosts = hosts
	h := site.New(o) // its own page cache
	site.WarmPages(context.Background(), h, o, slog.New(slog.DiscardHandler))

	ask := func(ctx context.Context, host, path, enc string) *httptest.ResponseRecorder {
		r := httptest.NewRequest(http.MethodGet, path, nil).WithContext(ctx)
		r.Host = host
		r.Header.Set("Accept-Encoding", enc)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w
	}
	// What WarmPages made: every view's page in every language, and the
	// deep links the default language's pages link to.
	var pages, links []string
	for _, lang := range app.OfferedBy(o.Dataset) {
		for _, v := range app.Views {
			path := v.Path
			if lang != i18n.Default {
				path = urlstate.WithLang(lang, v.Path)
			}
			pages = append(pages, path)
			if lang != i18n.Default {
				continue
			}
			w := ask(context.Background(), hosts[0], path, "identity")
			for _, m := range hostHref.FindAllStringSubmatch(w.Body.String(), -1) {
				if link := html.UnescapeString(m[1]); !slices.Contains(links, link) {
					links = append(links, link)
				}
			}
		}
	}
	if len(links) == 0 {
		t.Fatal("no deep links found on the views' pages")
	}
	pages = append(pages, links...)
	t.Logf("WarmPages made %d pages", len(pages))

	// A client asking over HTTP exactly as WarmPages asks, for a page it
	// did not make.
	srv := httptest.NewServer(h)
	defer srv.Close()
	const stranger = "/ru/trade?fig=trade-2023"
	r, _ := http.NewRequest(http.MethodGet, srv.URL+stranger, nil)
	r.Host = hosts[0]
	r.Header.Set("Accept-Encoding", "br, gzip")
	r.Header.Set("Sec-Fetch-Dest", "empty")
	resp, err := http.DefaultTransport.RoundTrip(r)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("%s answered %d", stranger, resp.StatusCode)
	}

	// The sweep: more canonical pages than the cache's 256 entries.
	swept := 0
	for _, host := range hosts[1:] {
		for _, path := range pages {
			if w := ask(context.Background(), host, path, "gzip"); w.Code != http.StatusOK {
				t.Fatalf("%s %s answered %d", host, path, w.Code)
			}
			swept++
		}
	}
	if swept <= 256 {
		t.Fatalf("swept %d pages, not more than the cache holds", swept)
	}

	give := site.HoldRenderSlots()
	defer func() {
		for range site.RenderSlotCount {
			give()
		}
	}()
	fromCache := func(host, path, enc string) bool {
		ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
		defer cancel()
		w := ask(ctx, host, path, enc)
		return w.Code == http.StatusOK && w.Body.Len() > 0
	}
	for _, path := range pages {
		if !fromCache(hosts[0], path, "br, gzip") {
			t.Errorf("%s, made by WarmPages, is no longer answered from the cache after %d other pages", path, swept)
		}
	}
	if fromCache(hosts[1], pages[0], "gzip") {
		t.Errorf("%s %s, the sweep's first page, is still in the cache: the LRU did not evict", hosts[1], pages[0])
	}
	if fromCache(hosts[0], stranger, "br, gzip") {
		t.Errorf("%s, asked for by a client as WarmPages asks, was pinned", stranger)
	}
}

// hostHref is a link to a state of a view in a page made under an allowed
// host, whose links name it.
var hostHref = regexp.MustCompile(`<a [^>]*href="(?:http://warm\.example)?(/(?:[a-z]+)?\?[^"#]+)`)
