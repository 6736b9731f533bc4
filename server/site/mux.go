//go:build !wasm

package site

import (
	"net/http"
	"strings"

	"bilateral/app"
	"bilateral/components"
	"bilateral/data"
	"bilateral/server/assets"
	"bilateral/server/encoding"
	"bilateral/server/pagecache"
	"bilateral/server/security"
)

// New is the whole site: security headers on every answer, then the
// guard (methods, URL length, clean paths), the Host check (-allowed-hosts,
// server/security), then the assets and the dataset
// (precompressed, server/assets), then the health check and go-app's
// pages and scripts, compressed as they are made, answering 404 for pages
// that are not views.
func New(o Options) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Write([]byte("ok\n"))
	})
	pages := newHandler(o.Domain, o.Version)
	setupPWA(mux, pages, o)                                             // manifest, worker, offline cache (pwa.go)
	routeDataFiles(mux, o.Dataset)                                      // /data/*.csv and the dataset's schema (datafiles.go)
	routePreviews(mux, pages)                                           // /preview/…png link-preview pictures (previews.go)
	routeLoaderScripts(mux, pages, o.Dataset)                           // /ru/app.js, /az/app.js (loader.go)
	pageHandler := pageHandler(pages, o.Domain, o.Hosts, pages.Version) // pages.go
	mux.Handle("/", pageHandler)

	// Every inline script a view's page carries is allowed by its hash.
	// The probe renders the pages without chart drawings: drawings never
	// hold a script, and drawing every view's charts here made start-up
	// cost 5 s of CPU (the first request of each page draws them instead).
	probe := []string{"/no-such-page", app.EmbedPrefix + "trade"}
	for _, v := range app.Views {
		probe = append(probe, v.Path)
	}
	draw := components.ServerDrawings
	components.ServerDrawings = nil
	csp := security.ContentSecurityPolicy(security.InlineScriptHashes(pageHandler, probe))
	components.ServerDrawings = draw

	router := &assets.Router{
		Assets:  assets.MustEmbedded(),
		Dataset: assets.FromBytes(strings.TrimPrefix(app.DatasetPath, "/"), "application/json; charset=utf-8", o.Raw),
		Version: func() string { return pages.Version },
		Next:    writeTimeFromAnswer(pagedFromCache(encoding.Dynamic(mux), o)), // answer_deadline.go
	}
	router.Generated = crawlerFiles(o.Domain, o.Prefix, o.Dataset) // robots.txt, sitemap.xml (sitemap.go)
	return security.Headers(csp, app.EmbedPrefix, security.Guard(security.RequireAllowedHost(o.Hosts, router)))
}

// Options shape the site New builds, for the server (from its
// Config) and the static export alike.
type Options struct {
	Dataset *data.Dataset         // parsed and validated once, at start
	Raw     []byte                // the dataset's file, served as it is
	Domain  string                // -domain
	Hosts   security.AllowedHosts // -allowed-hosts
	Version string                // the build's version, or -version
	Prefix  string                // export: the URL path the site lives under ("" or "/bilateral")
	Export  bool                  // export: pages are files on a static host (see trailingSlashFix)
}

// pagedFromCache answers canonical pages from memory (server/pagecache),
// each made once per encoding and host base, in front of the compression so
// a hit costs no rendering, drawing, hashing or compressing; every other
// request passes through.
func pagedFromCache(next http.Handler, o Options) http.Handler {
	if o.Dataset == nil {
		return next
	}
	canon, err := pagecache.NewCanonical(o.Dataset)
	if err != nil {
		return next
	}
	// The pages WarmPages makes are pinned (pagecache.Pin): 60 today, 21
	// views' pages and 39 deep links, about 1.5 MB in Brotli (22-27 KB
	// each). The cap on them, half of the budget, leaves room for the
	// dataset to grow by as much again and keeps the other half for
	// everything else, whatever a bug pins.
	limits := pagecache.Limits{Entries: 256, Bytes: 8 << 20, PinnedEntries: 128, PinnedBytes: 4 << 20}
	return pagecache.New(limits).Wrap(next, func(r *http.Request) (string, bool) {
		page, ok := canon.Page(r.URL)
		enc, _ := encoding.ParseAccept(r.Header).Negotiate(encoding.Brotli, encoding.Gzip)
		return enc + " " + pageBase(r, o.Domain, o.Hosts) + " " + page, ok
	})
}
