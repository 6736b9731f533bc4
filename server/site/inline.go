//go:build !wasm

package site

import (
	"bytes"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"

	"bilateral/web"
)

// Files of web/ each page carries in its <head> rather than links to: the
// stylesheets and the script that applies the reader's theme before the
// first paint. Linked, each was a request the first paint waited for; on
// Lighthouse's slow-4G phone about 300 ms each on the largest paint.
// Pages are made once per address and kept (server/pagecache), so the
// copies cost nothing to make; they add about 7 kB of brotli to a page.
var (
	inlineStyles = []string{"/web/bilateral.css", pwaStylesheet}
	inlineScript = "/web/theme.js"
)

// inlineHead is the <style> and <script> elements that carry them, in the
// order the stylesheets cascade. A file that could end its element early
// is refused: these are our own files, so that is a bug to fix there.
func inlineHead() ([]string, error) {
	var out []string
	for _, f := range append(append([]string(nil), inlineStyles...), inlineScript) {
		b, err := fs.ReadFile(web.FS(), strings.TrimPrefix(f, "/web/"))
		if err != nil {
			return nil, fmt.Errorf("inlining %s: %w", f, err)
		}
		tag := "style"
		if f == inlineScript {
			tag = "script"
		}
		el, ok := element(tag, b)
		if !ok {
			return nil, fmt.Errorf("inlining %s: it contains </%s", f, tag)
		}
		out = append(out, string(el))
	}
	return out, nil
}

// element is <tag>body</tag>; ok is false when body could end it early.
func element(tag string, body []byte) (el []byte, ok bool) {
	if bytes.Contains(bytes.ToLower(body), []byte("</"+tag)) {
		return nil, false
	}
	return append(append([]byte("<"+tag+">"), body...), "</"+tag+">"...), true
}

// goappStylesheetLink is a <link> element, attributes in any order (go-app
// writes them in map order).
var goappStylesheetLink = regexp.MustCompile(`<link(?: [a-z]+="[^"]*")+>`)

// inlineGoappCSS puts go-app's own stylesheet (its loader's, 1.5 kB) in the
// page where go-app links it, as inlineHead does ours: linked, it was the
// one request the first paint still waited for (on Lighthouse's slow-4G
// phone, a round trip before anything showed). The cascade's order is kept.
// go-app adds the link to every page itself (Handler.initLinks), so it is
// replaced in what go-app wrote.
func inlineGoappCSS(page, css []byte) []byte {
	style, ok := element("style", css)
	if len(css) == 0 || !ok {
		return page
	}
	return goappStylesheetLink.ReplaceAllFunc(page, func(link []byte) []byte {
		if !bytes.Contains(link, []byte(`rel="stylesheet"`)) || !bytes.Contains(link, []byte(`/app.css"`)) {
			return link
		}
		return style
	})
}

// goappStylesheet is what go-app answers for /app.css, or nil. It is asked
// once, when the page handler is made: go-app makes it at its start and it
// never changes.
func goappStylesheet(pages http.Handler) []byte {
	rec := httptest.NewRecorder()
	pages.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/app.css", nil))
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Encoding") != "" ||
		!strings.HasPrefix(rec.Header().Get("Content-Type"), "text/css") {
		return nil
	}
	return rec.Body.Bytes()
}

// mustInlineHead is inlineHead for the handler, which cannot go on without
// its stylesheets: they are part of the binary, so failing is a bug.
func mustInlineHead() []string {
	head, err := inlineHead()
	if err != nil {
		panic("bilateral: " + err.Error())
	}
	return head
}
