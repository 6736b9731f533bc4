//go:build !wasm

package main

import (
	"net/http"
	"strings"

	"bilateral/app"
	"bilateral/components"
	"bilateral/data"
	"bilateral/server/pagecache"
)

// newMux is the whole site: security headers on every answer, then the
// guard (methods, URL length, clean paths), the Host check (-allowed-hosts,
// server_meta.go), then the assets and the dataset
// (precompressed, see server_assets.go), then the health check and go-app's
// pages and scripts, compressed as they are made, answering 404 for pages
// that are not views.
func newMux(o siteOptions) http.Handler {
	assets := mustAssets()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Write([]byte("ok\n"))
	})
	pages := newHandler(o.domain, o.version)
	setupPWA(mux, pages, o)                                             // manifest, worker, offline cache (server_pwa.go)
	routeDataFiles(mux, o.dataset)                                      // /data/*.csv and the dataset's schema (server_data.go)
	routePreviews(mux, pages)                                           // /preview/…png link-preview pictures (server_preview.go)
	pageHandler := pageHandler(pages, o.domain, o.hosts, pages.Version) // server_meta.go
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
	csp := contentSecurityPolicy(inlineScriptHashes(pageHandler, probe))
	components.ServerDrawings = draw

	router := &assetRouter{
		assets:  assets,
		dataset: bytesAsset(strings.TrimPrefix(app.DatasetPath, "/"), "application/json; charset=utf-8", o.raw),
		version: func() string { return pages.Version },
		next:    pagedFromCache(compressDynamic(mux), o),
	}
	return secureHeaders(csp, guard(requireAllowedHost(o.hosts, router)))
}

// pagedFromCache answers canonical pages from memory (server/pagecache):
// each made once per encoding and host base; every other request passes.
func pagedFromCache(next http.Handler, o siteOptions) http.Handler {
	if o.dataset == nil {
		return next
	}
	canon, err := pagecache.NewCanonical(o.dataset)
	if err != nil {
		return next
	}
	return pagecache.New(pagecache.Limits{Entries: 256, Bytes: 8 << 20}).Wrap(next, func(r *http.Request) (string, bool) {
		page, ok := canon.Page(r.URL)
		enc, _ := parseAcceptEncoding(r.Header).negotiate(encBrotli, encGzip)
		return enc + " " + pageBase(r, o.domain, o.hosts) + " " + page, ok
	})
}

// siteOptions shape the site newMux builds, for the server (from its
// Config) and the static export alike.
type siteOptions struct {
	dataset *data.Dataset // parsed and validated once, at start
	raw     []byte        // the dataset's file, served as it is
	domain  string        // -domain
	hosts   allowedHosts  // -allowed-hosts
	version string        // the build's version, or -version
	prefix  string        // export: the URL path the site lives under ("" or "/bilateral")
	export  bool          // export: pages are files on a static host (see trailingSlashFix)
}

// notFoundStatus lets go-app prerender its page as usual, but turns the
// status of an HTML page for an unknown path into 404: readers still get the
// in-app not-found view, and crawlers and link checkers get the truth.
type notFoundStatus struct {
	http.ResponseWriter
	path        string
	wroteHeader bool
}

func (w *notFoundStatus) WriteHeader(code int) {
	if !w.wroteHeader {
		w.wroteHeader = true
		if code == http.StatusOK && !app.Known(w.path) &&
			strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") {
			code = http.StatusNotFound
		}
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *notFoundStatus) Write(b []byte) (int, error) {
	if !w.wroteHeader {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(b)
}
