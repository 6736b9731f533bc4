//go:build !wasm

package site

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"time"

	"bilateral/app"
	"bilateral/server/encoding"
	"bilateral/server/pagecache"
)

// WarmPages asks site, once, for every view's page in every language
// (viewPages), as a browser asks for it, so the page cache holds them and
// the drawings cache their charts before a reader comes, pinned there
// (pagecache.Pin) so no number of other pages asked for pushes them out. A page the server
// has not made costs its first reader the drawing of its charts before the
// first byte (on this project's 2-core machine 0.3–1.1 s when it is quiet,
// 1.5–2.7 s when busy), paid after every start and so after every deploy,
// by the reader of a shared link: the path this dashboard is built for.
// Made here, the same reader's page comes from memory.
//
// Then it asks for every deep link the default language's view pages link
// to (stateLinks: a figure, an event, the tables): a deep link's page draws
// the chart its state changes, 0.3–0.6 s for a figure and 1.1–1.5 s for an
// event of the timeline on a quiet machine, and those states are the ones
// readers open from a page and share. Only the default language's: its 39
// deep links take 25–39 s of one core after each start, each further
// language as much again.
//
// The pages are asked for one at a time, as background fetches
// (renderSlots), each once no reader's page is being made: a reader's
// page is drawn beside at most the one page under way when it came.
// WarmPages returns when all are made or ctx ends, and logs what it made
// and in how long, the views' pages and the deep links apart; the server
// runs it beside serving.
func WarmPages(ctx context.Context, site http.Handler, o Options, log *slog.Logger) {
	start := time.Now()
	pages := viewPages(o.Dataset)
	// The default language's last: its drawings are then the ones the
	// drawings cache (a language's views at most) still holds for its
	// deep links, which draw only the chart their state changes.
	n := len(app.Views)
	views := pages[:n]
	pages = slices.Concat(pages[n:], views)
	host := warmHost(o)
	var links []string
	made := 0
	for _, path := range pages {
		if !readersServed(ctx) {
			return
		}
		status, page, err := warmPage(ctx, site, host, path, slices.Contains(views, path))
		if warmed(log, path, status, err) {
			made++
			for _, link := range stateLinks(page, views) {
				if !slices.Contains(links, link) {
					links = append(links, link)
				}
			}
		}
	}
	log.Info("pages made at start", "pages", made, "took", time.Since(start).Round(time.Millisecond))

	start = time.Now()
	made = 0
	for _, path := range links {
		if !readersServed(ctx) {
			return
		}
		status, _, err := warmPage(ctx, site, host, path, false)
		if warmed(log, path, status, err) {
			made++
		}
	}
	log.Info("deep links made at start", "links", made, "took", time.Since(start).Round(time.Millisecond))
}

// readersServed waits until no reader's page is being made or waits to be
// (renderQueue.whenNoReaders), and says whether ctx is still going.
func readersServed(ctx context.Context) bool {
	select {
	case <-renderSlots.whenNoReaders():
		return ctx.Err() == nil
	case <-ctx.Done():
		return false
	}
}

// warmed says whether path's page was made, and logs why not.
func warmed(log *slog.Logger, path string, status int, err error) bool {
	switch {
	case err != nil:
		log.Warn("a page was not made at start", "path", path, "err", err)
	case status != http.StatusOK:
		log.Warn("a page was not made at start", "path", path, "status", status)
	default:
		return true
	}
	return false
}

// warmPage asks site for path as a service worker's precache would (in the
// background, Brotli accepted: what browsers ask for, so what the page
// cache is asked for most) and reports the answer's status, and with keep
// the page it answered, decoded (nil if it cannot be).
func warmPage(ctx context.Context, site http.Handler, host, path string, keep bool) (status int, page []byte, err error) {
	// Pinned: a stranger asking for many other pages does not push these
	// out of the page cache.
	r, err := http.NewRequestWithContext(pagecache.Pin(ctx), http.MethodGet, "http://"+host+path, nil)
	if err != nil {
		return 0, nil, err
	}
	r.RequestURI = path
	r.RemoteAddr = "127.0.0.1:0"
	r.Header.Set("Accept-Encoding", "br, gzip")
	r.Header.Set("Sec-Fetch-Dest", "empty")
	if !keep {
		w := &discardAnswer{header: http.Header{}}
		site.ServeHTTP(w, r)
		return w.code(), nil, nil
	}
	w := httptest.NewRecorder()
	site.ServeHTTP(w, r)
	return w.Code, decoded(w.Header().Get("Content-Encoding"), w.Body), nil
}

// decoded is body as its Content-Encoding enc says, nil if it cannot be.
func decoded(enc string, body io.Reader) []byte {
	if enc != "" && enc != "identity" {
		r, err := encoding.NewReader(enc, body)
		if err != nil {
			return nil
		}
		body = r
	}
	page, err := io.ReadAll(body)
	if err != nil {
		return nil
	}
	return page
}

// warmHost is the Host the pages are asked for under: the first the site
// answers for (-allowed-hosts; without -domain a page's links, and so its
// cache entry, name the host it was asked for under), else any (the links
// then name -domain, or no host).
func warmHost(o Options) string {
	if len(o.Hosts) > 0 {
		return o.Hosts[0]
	}
	return "localhost"
}

// discardAnswer keeps an answer's status and drops its body: what the
// page cache keeps is all WarmPages is after.
type discardAnswer struct {
	header http.Header
	status int
}

func (w *discardAnswer) Header() http.Header { return w.header }

func (w *discardAnswer) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
}

func (w *discardAnswer) Write(b []byte) (int, error) {
	w.WriteHeader(http.StatusOK)
	return len(b), nil
}

// code is the answer's status, 200 when the handler set none.
func (w *discardAnswer) code() int {
	if w.status == 0 {
		return http.StatusOK
	}
	return w.status
}
