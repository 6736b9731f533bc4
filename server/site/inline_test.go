//go:build !wasm

package site_test

import (
	"crypto/sha256"
	"encoding/base64"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"bilateral/app"
	"bilateral/internal/servertest"
	"bilateral/web"
)

// TestStylesAndThemeInPage: a page carries web/'s stylesheets, go-app's,
// and the theme script in its <head> instead of linking them (nothing the first paint
// waits for on the network), and the CSP allows that script by its hash.
func TestStylesAndThemeInPage(t *testing.T) {
	h := servertest.Site(t)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/trade", nil))
	page := w.Body.String()
	head, _, _ := strings.Cut(page, "</head>")
	// go-app's own stylesheet too, where go-app linked it.
	css := httptest.NewRecorder()
	h.ServeHTTP(css, httptest.NewRequest(http.MethodGet, "/app.css", nil))
	if css.Code != http.StatusOK || css.Body.Len() == 0 {
		t.Fatalf("/app.css: %d, %d bytes", css.Code, css.Body.Len())
	}
	if !strings.Contains(head, "<style>"+css.Body.String()+"</style>") {
		t.Errorf("the page's <head> does not carry go-app's /app.css")
	}
	if strings.Contains(page, `rel="stylesheet"`) {
		t.Errorf("the page still links a stylesheet, which the first paint waits for")
	}
	for _, f := range []string{"bilateral.css", "pwa.css", "theme.js"} {
		b, err := fs.ReadFile(web.FS(), f)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(head, string(b)) {
			t.Errorf("the page's <head> does not carry web/%s", f)
		}
		if strings.Contains(page, `"/web/`+f+`"`) {
			t.Errorf("the page still links /web/%s", f)
		}
		if f == "theme.js" {
			sum := sha256.Sum256(b)
			if hash := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"; !strings.Contains(w.Header().Get("Content-Security-Policy"), hash) {
				t.Errorf("the CSP does not allow the inline theme script (%s): %s", hash, w.Header().Get("Content-Security-Policy"))
			}
		}
	}
}

// TestRenderWaitsForMain: every view's page, the not-found page and an
// embed hold their first render until <main id="main"> is parsed, and
// have that element; without it the browser would wait for the whole
// parse.
func TestRenderWaitsForMain(t *testing.T) {
	h := servertest.Site(t)
	paths := []string{"/no-such-page", "/embed/trade", "/ru/trade", "/trade?fig=trade-2023"}
	for _, v := range app.Views {
		paths = append(paths, v.Path)
	}
	for _, p := range paths {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, p, nil))
		head, body, _ := strings.Cut(w.Body.String(), "</head>")
		if !strings.Contains(head, `<link rel="expect" href="#main" blocking="render">`) {
			t.Errorf("%s: the <head> does not hold the render until #main is parsed", p)
		}
		if !regexp.MustCompile(`<main[^>]* id="main"`).MatchString(body) {
			t.Errorf("%s: no <main id=\"main\">: the render would wait for the whole page", p)
		}
	}
}
