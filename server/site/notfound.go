//go:build !wasm

package site

import (
	"net/http"
	"strings"

	"bilateral/app"
)

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
