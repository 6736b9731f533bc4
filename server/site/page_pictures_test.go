//go:build !wasm

package site_test

import (
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"bilateral/app"
	"bilateral/internal/servertest"
)

var (
	svgImgRE   = regexp.MustCompile(`<img\b[^>]*\bsrc="[^"]*\.svg"`)
	iconLinkRE = regexp.MustCompile(`<link\b[^>]*\brel="icon"[^>]*>`)
	svgIconRE  = regexp.MustCompile(`<link\b[^>]*\brel="icon"[^>]*\bhref="[^"]*\.svg"|<link\b[^>]*\bhref="[^"]*\.svg"[^>]*\brel="icon"`)
)

// A served page asks for no SVG file as a picture: Chromium makes each an
// SVG document of its own on the page's main thread (the header's mark in
// an <img>, the page's icon), long tasks of a phone's first seconds. The
// charts are drawn into the page and the gear is inline, so neither counts.
func TestPageAsksForNoSVGPicture(t *testing.T) {
	h := servertest.Site(t)
	for _, v := range app.Views {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, v.Path, nil))
		if w.Code != http.StatusOK {
			t.Fatalf("GET %s: %d", v.Path, w.Code)
		}
		body := w.Body.String()
		if m := svgImgRE.FindString(body); m != "" {
			t.Errorf("%s shows an SVG file in an <img>: %s", v.Path, m)
		}
		if m := svgIconRE.FindString(body); m != "" {
			t.Errorf("%s links an SVG file as its icon: %s", v.Path, m)
		}
		// One icon, ours, typed: go-app writes no icon link of its own
		// (go-app patch 12), so the browser has no second one to choose.
		if links := iconLinkRE.FindAllString(body, -1); len(links) != 1 || !strings.Contains(links[0], `type="image/png"`) {
			t.Errorf("%s links its icon as %q, want one PNG link", v.Path, links)
		}
	}
}
