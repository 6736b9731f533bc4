//go:build !wasm

package site_test

import (
	"bytes"
	"html"
	"image/png"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"bilateral/app"
	"bilateral/internal/servertest"
)

// metaContent is the content of the <meta> whose property or name is key.
func metaContent(page, key string) (string, bool) {
	re := regexp.MustCompile(`<meta (?:(?:property|name)="` + regexp.QuoteMeta(key) + `" content="([^"]*)"|content="([^"]*)" (?:property|name)="` + regexp.QuoteMeta(key) + `")>`)
	m := re.FindStringSubmatch(page)
	if m == nil {
		return "", false
	}
	return html.UnescapeString(m[1] + m[2]), true
}

// Every view and deep link names its own picture, absolute (on -domain: a
// page never names the request's Host), with its size, type and alt text,
// as a large card; the picture it names is served.
func TestPagesNameTheirPreviewPicture(t *testing.T) {
	h := siteWith(t, "example.com")
	links := []string{"/trade?fig=trade-2023", "/energy?event=gas-imports-2000-2006", "/timeline?from=2000&to=2010"}
	for _, v := range app.Views {
		links = append(links, v.Path)
	}
	seen := map[string]string{}
	for _, link := range links {
		rec := servertest.Record(h, httptest.NewRequest(http.MethodGet, "http://example.com"+link, nil))
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: status %d", link, rec.Code)
		}
		page := rec.Body.String()
		img, _ := metaContent(page, "og:image")
		if !strings.HasPrefix(img, "https://example.com/preview/") {
			t.Errorf("%s: og:image %q, want an absolute /preview/ address", link, img)
			continue
		}
		for key, want := range map[string]string{
			"og:image:width": "1200", "og:image:height": "630", "og:image:type": "image/png",
			"twitter:card": "summary_large_image", "twitter:image": img,
		} {
			if got, _ := metaContent(page, key); got != want {
				t.Errorf("%s: %s = %q, want %q", link, key, got, want)
			}
		}
		if alt, _ := metaContent(page, "og:image:alt"); !strings.Contains(alt, "Caliber.az") || len(alt) < 40 {
			t.Errorf("%s: og:image:alt %q should say what the picture shows and its source", link, alt)
		}
		if other, dup := seen[img]; dup {
			t.Errorf("%s and %s name the same picture %s", link, other, img)
		}
		seen[img] = link

		pic := servertest.Record(h, httptest.NewRequest(http.MethodGet, img, nil))
		if pic.Code != http.StatusOK || pic.Header().Get("Content-Type") != "image/png" {
			t.Errorf("%s: its picture answers %d %s", link, pic.Code, pic.Header().Get("Content-Type"))
			continue
		}
		if cfg, err := png.DecodeConfig(bytes.NewReader(pic.Body.Bytes())); err != nil || cfg.Width != 1200 || cfg.Height != 630 {
			t.Errorf("%s: picture %dx%d, %v", link, cfg.Width, cfg.Height, err)
		}
		if cc := pic.Header().Get("Cache-Control"); !strings.Contains(cc, "immutable") {
			t.Errorf("%s: the page's own picture address is not cached for good: %q", link, cc)
		}
	}
	if fig, _ := metaContent(servertest.Record(h, httptest.NewRequest(http.MethodGet, "http://example.com/trade?fig=trade-2023", nil)).Body.String(), "og:image:alt"); !strings.Contains(fig, "$4.358 billion · 2023") {
		t.Errorf("the figure link's alt text %q does not say the figure", fig)
	}
}

// A chart's embed code names the site's public address when the server
// knows it (-domain), and otherwise the mark the page's script replaces
// with the address the reader reached it by (web/theme.js): never a
// root-relative frame, never an empty origin for the listener.
func TestEmbedCodeNamesTheSite(t *testing.T) {
	for _, tc := range []struct{ domain, want string }{
		{"example.com", "https://example.com"},
		{"", app.EmbedOriginMark},
	} {
		rec := servertest.Record(siteWith(t, tc.domain), httptest.NewRequest(http.MethodGet, "http://example.com/trade", nil))
		page := rec.Body.String()
		if !strings.Contains(page, "src=&#34;"+tc.want+"/embed/trade?chart=") {
			t.Errorf("-domain %q: no frame snippet for %s", tc.domain, tc.want)
		}
		if !strings.Contains(page, "e.origin !== &#34;"+tc.want+"&#34;") {
			t.Errorf("-domain %q: the listener does not check for %s", tc.domain, tc.want)
		}
		if tc.domain != "" && strings.Contains(page, app.EmbedOriginMark) {
			t.Errorf("-domain %q: the mark is left in the page", tc.domain)
		}
	}
}
