//go:build !wasm

package site_test

import (
	"encoding/xml"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"bilateral/app"
	"bilateral/internal/servertest"
	"bilateral/server/site"
)

type sitemapURLs struct {
	URLs []struct {
		Loc   string `xml:"loc"`
		Links []struct {
			Rel      string `xml:"rel,attr"`
			Hreflang string `xml:"hreflang,attr"`
			Href     string `xml:"href,attr"`
		} `xml:"http://www.w3.org/1999/xhtml link"`
	} `xml:"url"`
}

// TestSitemapOnDomain: with -domain the site answers /sitemap.xml with
// every view in every language, each address absolute on that domain, a
// page the site serves, and with exactly the alternates that page links;
// /robots.txt points at it.
func TestSitemapOnDomain(t *testing.T) {
	h := siteWith(t, "example.org")
	rec := servertest.Record(h, httptest.NewRequest(http.MethodGet, "/sitemap.xml", nil))
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/xml") {
		t.Fatalf("/sitemap.xml: %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	var sm sitemapURLs
	if err := xml.Unmarshal(rec.Body.Bytes(), &sm); err != nil {
		t.Fatalf("/sitemap.xml is not XML: %v", err)
	}
	langs := app.OfferedBy(nil) // the embedded dataset offers every language
	if want := len(app.Views) * len(langs); len(sm.URLs) != want {
		t.Errorf("%d addresses, want %d (every view in every language)", len(sm.URLs), want)
	}
	const base = "https://example.org"
	for _, u := range sm.URLs {
		path, ok := strings.CutPrefix(u.Loc, base+"/")
		if !ok {
			t.Errorf("%s: not absolute on the domain", u.Loc)
			continue
		}
		page := servertest.Record(h, httptest.NewRequest(http.MethodGet, "/"+path, nil))
		if page.Code != http.StatusOK {
			t.Errorf("%s: the site answers %d", u.Loc, page.Code)
			continue
		}
		if got, _ := pageAttr(page.Body.String(), "link", "rel", "canonical", "href"); got != u.Loc {
			t.Errorf("%s: the page's canonical address is %q", u.Loc, got)
		}
		if len(u.Links) != len(langs)+1 {
			t.Errorf("%s: %d alternates, want %d", u.Loc, len(u.Links), len(langs)+1)
		}
		for _, l := range u.Links {
			want := `<link rel="alternate" hreflang="` + l.Hreflang + `" href="` + l.Href + `">`
			if l.Rel != "alternate" || !strings.Contains(page.Body.String(), want) {
				t.Errorf("%s: alternate %s %s is not one the page links (%s)", u.Loc, l.Hreflang, l.Href, want)
			}
		}
	}
	robots := servertest.Record(h, httptest.NewRequest(http.MethodGet, "/robots.txt", nil))
	if robots.Code != http.StatusOK || !strings.Contains(robots.Body.String(), "\nSitemap: "+base+"/sitemap.xml\n") {
		t.Errorf("/robots.txt: %d %q, want it to point at the sitemap", robots.Code, robots.Body.String())
	}
}

// TestNoSitemapWithoutDomain: without -domain the server knows no address
// of its own to write, so neither file exists, whatever the Host says.
func TestNoSitemapWithoutDomain(t *testing.T) {
	for _, h := range []http.Handler{siteWith(t, ""), siteWith(t, "", "dashboard.example.org")} {
		for _, p := range []string{"/sitemap.xml", "/robots.txt"} {
			r := httptest.NewRequest(http.MethodGet, p, nil)
			r.Host = "dashboard.example.org"
			if rec := servertest.Record(h, r); rec.Code != http.StatusNotFound {
				t.Errorf("%s: %d, want 404", p, rec.Code)
			}
		}
	}
}

// TestSitemapOfferedLanguagesOnly: a site that offers English alone (an
// English-only -data file) lists no Russian or Azerbaijani page.
func TestSitemapOfferedLanguagesOnly(t *testing.T) {
	var sm sitemapURLs
	if err := xml.Unmarshal(site.Sitemap("https://example.org", []string{"en"}), &sm); err != nil {
		t.Fatal(err)
	}
	if len(sm.URLs) != len(app.Views) {
		t.Errorf("%d addresses, want %d (every view, in English)", len(sm.URLs), len(app.Views))
	}
	for _, u := range sm.URLs {
		for _, l := range u.Links {
			if l.Hreflang != "en" && l.Hreflang != "x-default" {
				t.Errorf("%s: alternate in %s, which the site does not offer", u.Loc, l.Hreflang)
			}
		}
	}
}
