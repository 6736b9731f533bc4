//go:build !wasm

package main

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strconv"
	"strings"

	"bilateral/app"
)

// newMux routes the dataset and the health check ourselves and everything
// else to go-app, answering 404 for pages that are not views.
func newMux(dataset []byte, domain string) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET "+app.DatasetPath, datasetHandler(dataset))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("ok\n"))
	})
	// Browsers ask for /favicon.ico whatever the page links; answer with ours.
	mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFileFS(w, r, webFS, "web/icons/favicon-32.png")
	})
	pages := newHandler(domain)
	mux.Handle("/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		meta := &pageMeta{ResponseWriter: w, origin: requestOrigin(r)}
		pages.ServeHTTP(&notFoundStatus{ResponseWriter: meta, path: r.URL.Path}, r)
		meta.finish()
	}))
	return mux
}

// datasetHandler serves the dataset with a content ETag, so a client
// revalidates cheaply and sees a new dataset as soon as it changes.
func datasetHandler(b []byte) http.Handler {
	sum := sha256.Sum256(b)
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Type", "application/json; charset=utf-8")
		h.Set("ETag", etag)
		h.Set("Cache-Control", "no-cache")
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		h.Set("Content-Length", strconv.Itoa(len(b)))
		if r.Method == http.MethodHead {
			return
		}
		w.Write(b)
	})
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
