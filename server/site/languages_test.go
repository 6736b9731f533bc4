//go:build !wasm

package site_test

import (
	"encoding/json"
	"html"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"bilateral/app/urlstate"
	"bilateral/internal/servertest"
)

// TestLanguagePages: each language's page says its language and names the
// same page, with its whole state, in every language and as x-default; each
// alternate is a page (200); an unknown language prefix is 404.
func TestLanguagePages(t *testing.T) {
	h := servertest.Site(t)
	const state = "/trade?tab=table&fig=trade-2023" // as the canonical link orders it
	for _, c := range []struct{ path, lang, locale string }{
		{state, "en", "en_GB"}, {"/ru" + state, "ru", "ru_RU"}, {"/az" + state, "az", "az_AZ"},
	} {
		page := servertest.Body(t, h, c.path)
		if !strings.Contains(page, `<html lang="`+c.lang+`">`) {
			t.Errorf("%s: no <html lang=%q>", c.path, c.lang)
		}
		if !strings.Contains(page, `<meta property="og:locale" content="`+c.locale+`">`) {
			t.Errorf("%s: no og:locale %s", c.path, c.locale)
		}
		want := map[string]string{"en": state, "ru": "/ru" + state, "az": "/az" + state, "x-default": state}
		for hreflang, href := range want {
			tag := `<link rel="alternate" hreflang="` + hreflang + `" href="` + strings.ReplaceAll(href, "&", "&amp;") + `">`
			if !strings.Contains(page, tag) {
				t.Errorf("%s: missing %s", c.path, tag)
			}
			if rec := servertest.Record(h, httptest.NewRequest(http.MethodGet, href, nil)); rec.Code != http.StatusOK {
				t.Errorf("%s: alternate %s answers %d", c.path, href, rec.Code)
			}
		}
		if c.lang != "en" && strings.Contains(page, "Loading Bilateral") {
			t.Errorf("%s: the loader's label is English", c.path)
		}
		if strings.Contains(page, `\u00a0`) {
			t.Errorf("%s: a no-break space written as the text \\u00a0", c.path)
		}
	}
	for _, path := range []string{"/ru", "/az/"} {
		page := servertest.Body(t, h, path)
		lang := strings.Trim(path, "/")
		if !strings.Contains(page, `<html lang="`+lang+`">`) || !strings.Contains(page, `hreflang="x-default" href="/"`) {
			t.Errorf("%s: the Overview in %s lacks its language or alternates", path, lang)
		}
	}
	for _, path := range []string{"/fr/trade", "/en/trade", "/ru/nope"} {
		if rec := servertest.Record(h, httptest.NewRequest(http.MethodGet, path, nil)); rec.Code != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", path, rec.Code)
		}
	}
	rec := servertest.Record(h, httptest.NewRequest(http.MethodGet, "/ru/nope", nil))
	if !strings.Contains(rec.Body.String(), `<html lang="ru">`) {
		t.Error("the Russian not-found page does not say lang=ru")
	}
}

// TestLanguagePreviews: a Russian page's link preview is the Russian
// picture, described in Russian; an unoffered language's picture is 404.
func TestLanguagePreviews(t *testing.T) {
	h := servertest.Site(t)
	page := servertest.Body(t, h, "/ru/trade?fig=trade-2023")
	m := regexp.MustCompile(`<meta property="og:image" content="([^"]*)">`).FindStringSubmatch(page)
	if m == nil || !strings.Contains(m[1], "/trade.ru.png?") {
		t.Fatalf("og:image of the Russian page: %v", m)
	}
	if !strings.Contains(page, "4,358 млрд долларов") {
		t.Error("the Russian page's preview text lacks the Russian figure")
	}
	rec := servertest.Record(h, httptest.NewRequest(http.MethodGet, html.UnescapeString(m[1]), nil))
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "image/png" {
		t.Errorf("GET %s: %d %s", m[1], rec.Code, rec.Header().Get("Content-Type"))
	}
	for _, bad := range []string{"/preview/dev/trade.fr.png", "/preview/dev/trade.en.png"} {
		if rec := servertest.Record(h, httptest.NewRequest(http.MethodGet, bad, nil)); rec.Code != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", bad, rec.Code)
		}
	}
}

// TestLanguageManifests: a Russian page links the Russian manifest, which
// starts the installed app and its shortcuts in Russian.
func TestLanguageManifests(t *testing.T) {
	h := servertest.Site(t)
	page := servertest.Body(t, h, "/ru/trade")
	if !strings.Contains(page, `"/ru/manifest.webmanifest"`) || strings.Contains(page, `"/manifest.webmanifest"`) {
		t.Error("the Russian page does not link the Russian manifest alone")
	}
	var m struct {
		Name, Description, Lang string
		StartURL                string `json:"start_url"`
		Shortcuts               []struct{ Name, URL string }
	}
	if err := json.Unmarshal([]byte(servertest.Body(t, h, "/ru/manifest.webmanifest")), &m); err != nil {
		t.Fatal(err)
	}
	if m.Lang != "ru" || m.StartURL != "/ru/" || !strings.Contains(m.Description, "России") || len(m.Shortcuts) == 0 {
		t.Errorf("Russian manifest: %+v", m)
	}
	for _, s := range m.Shortcuts {
		if !strings.HasPrefix(s.URL, "/ru/") {
			t.Errorf("shortcut %q opens %s, not a Russian page", s.Name, s.URL)
		}
	}
	if rec := servertest.Record(h, httptest.NewRequest(http.MethodGet, "/fr/manifest.webmanifest", nil)); rec.Code == http.StatusOK &&
		strings.Contains(rec.Header().Get("Content-Type"), "json") {
		t.Error("a manifest for a language the site does not offer")
	}
}

// TestLoaderSaysItsLanguage: while the Wasm downloads, go-app's loader
// counts in the page's language: a Russian page starts its label in Russian
// and loads /ru/app.js, whose label is Russian; English pages keep go-app's
// own /app.js.
func TestLoaderSaysItsLanguage(t *testing.T) {
	h := servertest.Site(t)
	for _, c := range []struct{ lang, page, script, label string }{
		{"en", "/trade", "/app.js", "Loading Bilateral… {progress}%"},
		{"ru", "/ru/trade", "/ru/app.js", "Загрузка Bilateral… {progress}%"},
		{"az", "/az/", "/az/app.js", "Bilateral yüklənir… {progress}%"},
	} {
		page := servertest.Body(t, h, c.page)
		if !strings.Contains(page, `src="`+c.script+`"`) {
			t.Errorf("%s: does not load %s", c.page, c.script)
		}
		if first := strings.ReplaceAll(c.label, "{progress}", "0"); !strings.Contains(page, ">"+first+"<") {
			t.Errorf("%s: the loader does not start with %q", c.page, first)
		}
		rec := servertest.Record(h, httptest.NewRequest(http.MethodGet, c.script, nil))
		if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/javascript") {
			t.Fatalf("%s: %d %s", c.script, rec.Code, rec.Header().Get("Content-Type"))
		}
		if js := rec.Body.String(); !strings.Contains(js, `const goappLoadingLabel = "`+c.label+`"`) {
			t.Errorf("%s: the label is not %q", c.script, c.label)
		}
	}
}

// TestCanonicalIsItsOwnAlternate: every page's canonical link, og:url and
// the hreflang alternate of its own language name one address. go-app took
// the trailing slash off the Russian and Azerbaijani Overviews' canonical
// link ("/ru"), while their alternates, the language switch and a static
// host name them "/ru/": a crawler reads such a pair as two pages.
func TestCanonicalIsItsOwnAlternate(t *testing.T) {
	for _, domain := range []string{"", "example.org"} {
		h := siteWith(t, domain)
		for _, path := range []string{"/", "/ru", "/ru/", "/az/", "/ru/trade", "/az/timeline?cat=energy"} {
			page := servertest.Body(t, h, path)
			canon, _ := pageAttr(page, "link", "rel", "canonical", "href")
			og, _ := pageAttr(page, "meta", "property", "og:url", "content")
			lang := "en"
			if l, _ := urlstate.SplitLang(path); l != "" {
				lang = l
			}
			alt := regexp.MustCompile(`<link rel="alternate" hreflang="` + lang + `" href="([^"]*)">`).FindStringSubmatch(page)
			if canon == "" || alt == nil || canon != alt[1] || og != canon {
				t.Errorf("-domain %q, %s: canonical %q, og:url %q, its hreflang=%s alternate %v: want one address", domain, path, canon, og, lang, alt)
			}
		}
	}
}
