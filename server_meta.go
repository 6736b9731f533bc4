//go:build !wasm

package main

import (
	"bytes"
	"html"
	"net/http"
	"regexp"
	"strconv"
)

// go-app writes absolute social URLs as "https://" + Handler.Domain + path,
// which without -domain gives "https:///trade", and it puts only the path in
// og:url. pageMeta completes both on the prerendered page: the origin from
// the request when no domain is configured, and og:url = the canonical link,
// which carries the view's state, so a shared deep link unfurls as itself.
type pageMeta struct {
	http.ResponseWriter
	origin  string
	version string // the site's, for the preview picture's address
	buf     bytes.Buffer
	status  int
	html    bool
}

var (
	emptyHost = []byte("https:///")
	// go-app writes attributes in map order, so match them in either order.
	canonical = regexp.MustCompile(`<link (?:rel="canonical" href="([^"]*)"|href="([^"]*)" rel="canonical")>`)
	ogURL     = regexp.MustCompile(`<meta (?:property="og:url" content="[^"]*"|content="[^"]*" property="og:url")>`)
)

func requestOrigin(r *http.Request) string {
	scheme := "http://"
	if r.TLS != nil {
		scheme = "https://"
	}
	// Go accepts only host characters in Host, but the origin is written
	// into HTML attributes: escape it anyway.
	return html.EscapeString(scheme + r.Host + "/")
}

func (w *pageMeta) WriteHeader(code int) {
	if w.status != 0 {
		return
	}
	w.status = code
	w.html = bytes.HasPrefix([]byte(w.Header().Get("Content-Type")), []byte("text/html"))
	if !w.html {
		w.ResponseWriter.WriteHeader(code)
	}
}

func (w *pageMeta) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.WriteHeader(http.StatusOK)
	}
	if !w.html {
		return w.ResponseWriter.Write(b)
	}
	return w.buf.Write(b)
}

// finish writes a buffered page with its URLs completed.
func (w *pageMeta) finish() {
	if !w.html {
		return
	}
	page := bytes.ReplaceAll(w.buf.Bytes(), emptyHost, []byte(w.origin))
	if m := canonical.FindSubmatch(page); m != nil {
		href := string(m[1]) + string(m[2])
		page = ogURL.ReplaceAllLiteral(page, []byte(`<meta property="og:url" content="`+href+`">`))
	}
	page = previewMeta(page, w.version) // og:image:* (server_preview.go)
	if w.Header().Get("Content-Type") == "text/html" {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(page)))
	w.ResponseWriter.WriteHeader(w.status)
	w.ResponseWriter.Write(page)
}
