//go:build !wasm

package site

import (
	"context"
	"log/slog"
	"net/http"
	"slices"
	"time"

	"bilateral/app"
)

// WarmPages asks site, once, for every view's page in every language
// (viewPages), as a browser asks for it, so the page cache holds them and
// the drawings cache their charts before a reader comes. A page the server
// has not made costs its first reader the drawing of its charts before the
// first byte (on this project's 2-core machine 0.3–1.1 s when it is quiet,
// 1.5–2.7 s when busy), paid after every start and so after every deploy,
// by the reader of a shared link: the path this dashboard is built for.
// Made here, the same reader's page comes from memory, and a deep link's
// page draws only the chart its state changes.
//
// The pages are asked for one at a time, as background fetches
// (renderSlots): a reader's page takes a free render slot before the next
// of them, and background fetches never hold every slot. WarmPages
// returns when all are made or ctx ends, and logs what it made and in how
// long; the server runs it beside serving.
func WarmPages(ctx context.Context, site http.Handler, o Options, log *slog.Logger) {
	start := time.Now()
	made := 0
	pages := viewPages(o.Dataset)
	// The default language's last: its drawings are then the ones the
	// drawings cache (a language's views at most) still holds for the deep
	// links most readers share.
	n := len(app.Views)
	pages = slices.Concat(pages[n:], pages[:n])
	host := warmHost(o)
	for _, path := range pages {
		if ctx.Err() != nil {
			return
		}
		status, err := warmPage(ctx, site, host, path)
		switch {
		case err != nil:
			log.Warn("a page was not made at start", "path", path, "err", err)
		case status != http.StatusOK:
			log.Warn("a page was not made at start", "path", path, "status", status)
		default:
			made++
		}
	}
	log.Info("pages made at start", "pages", made, "took", time.Since(start).Round(time.Millisecond))
}

// warmPage asks site for path as a service worker's precache would (in the
// background, Brotli accepted: what browsers ask for, so what the page
// cache is asked for most) and reports the answer's status.
func warmPage(ctx context.Context, site http.Handler, host, path string) (int, error) {
	r, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+host+path, nil)
	if err != nil {
		return 0, err
	}
	r.RequestURI = path
	r.RemoteAddr = "127.0.0.1:0"
	r.Header.Set("Accept-Encoding", "br, gzip")
	r.Header.Set("Sec-Fetch-Dest", "empty")
	w := &discardAnswer{header: http.Header{}}
	site.ServeHTTP(w, r)
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.status, nil
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
