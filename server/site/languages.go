//go:build !wasm

package site

import (
	"bytes"
	"html"
	"regexp"
	"strings"

	"bilateral/app"
	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/data"
)

// htmlLang is go-app's <html lang>, one language for the whole handler
// (Handler.Lang); localize sets each page's own.
var htmlLang = regexp.MustCompile(`<html lang="[^"]*">`)

// localize makes a prerendered page say its language: <html lang>, a
// <link rel="alternate" hreflang> for the same page with its whole state in
// each language the site offers and as x-default, og:locale and
// og:locale:alternate. href is the page's canonical link as completed, or ""
// for a page without one (the not-found page); path is the request's, which
// says the language. The canonical link's start before path (the origin,
// and an export's -prefix) starts every alternate too, and its query (the
// state, normalized) ends each.
func localize(page []byte, href, path string) []byte {
	lang, _ := urlstate.SplitLang(path)
	if lang == "" || !i18n.Known(lang) {
		lang = i18n.Default
	}
	if lang != i18n.Default && !strings.HasPrefix(path, "/"+lang+"/") {
		path = "/" + lang + "/" // "/ru" is the Overview at "/ru/"
	}
	u, query, _ := strings.Cut(html.UnescapeString(href), "?")
	start, found := strings.CutSuffix(u, path)
	if !found && path != "/" { // go-app writes the Overview's "/ru/" as "/ru"
		start, found = strings.CutSuffix(u, strings.TrimSuffix(path, "/"))
	}
	if href == "" || !found {
		return loaderLabel(setLang(page, lang), lang)
	}
	if query != "" {
		query = "?" + query
	}
	h, ok := app.HeadOf(path+query, app.Offered())
	if !ok {
		return page
	}
	lang = h.Lang
	var head bytes.Buffer
	for _, a := range h.Alternates {
		head.WriteString(`<link rel="alternate" hreflang="` + a.Lang + `" href="` +
			html.EscapeString(start+a.Href) + `">`)
	}
	head.WriteString(`<meta property="og:locale" content="` + h.Locale + `">`)
	for _, l := range h.LocaleAlternates {
		head.WriteString(`<meta property="og:locale:alternate" content="` + l + `">`)
	}
	page = setLang(page, lang)
	if lang != i18n.Default { // the manifest in the page's language (pwa.go)
		page = bytes.Replace(page, []byte(app.ManifestPath+`"`), []byte("/"+lang+app.ManifestPath+`"`), 1)
	}
	page = loaderLabel(page, lang)
	if i := bytes.Index(page, []byte("</head>")); i >= 0 {
		page = append(page[:i:i], append(head.Bytes(), page[i:]...)...)
	}
	return page
}

func setLang(page []byte, lang string) []byte {
	loc := htmlLang.FindIndex(page)
	if loc == nil {
		return page
	}
	return append(page[:loc[0]:loc[0]], append([]byte(`<html lang="`+lang+`">`), page[loc[1]:]...)...)
}

// loaderLabel says go-app's "Loading Bilateral… 0%" (Handler.LoadingLabel,
// one for the handler) in the page's language, and has the page load the
// app.js that goes on counting in it (loader.go).
func loaderLabel(page []byte, lang string) []byte {
	if lang == i18n.Default {
		return page
	}
	page = withLoaderScript(page, lang)
	en := ">" + html.EscapeString(i18n.T(i18n.Default, "app.loading")) + " 0%<"
	return bytes.Replace(page, []byte(en), []byte(">"+html.EscapeString(i18n.T(lang, "app.loading"))+" 0%<"), 1)
}

// prefixedLanguages are the languages d offers other than the default:
// those whose addresses carry a prefix ("/ru/trade"), each with its own
// loader script (loader.go), manifest and worker prefix (pwa.go).
func prefixedLanguages(d *data.Dataset) []string {
	langs := []string{}
	for _, lang := range app.OfferedBy(d) {
		if lang != i18n.Default {
			langs = append(langs, lang)
		}
	}
	return langs
}
