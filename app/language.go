package app

import (
	"net/url"
	"slices"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/components"
	"bilateral/data"
)

// Offered are the languages the site offers: the interface's languages that
// the loaded dataset carries too (data.Dataset.Languages), so an English-only
// -data file gives an English-only site, without /ru/ and /az/. Before the
// dataset is in, every language of the interface.
func Offered() []string {
	d, _ := Dataset()
	return OfferedBy(d)
}

// OfferedBy are the languages a site of dataset d offers (see Offered), for
// the server's setup before it has loaded d for the views; nil d: all.
func OfferedBy(d *data.Dataset) []string {
	if d == nil {
		return i18n.Languages
	}
	var langs []string
	for _, l := range i18n.Languages {
		if slices.Contains(d.Languages(), l) {
			langs = append(langs, l)
		}
	}
	return langs
}

// languageSwitch links this view, in its full state, to itself in every
// language of the interface; the not-found page, to the same missing path in
// each language, where the reader finds the list of views in theirs.
func (p *page) languageSwitch() goapp.UI {
	links := p.inLanguages()
	if len(links) < 2 {
		return nil // a site in one language has nothing to switch
	}
	if p.lang == "" {
		// Before the page has entered it knows neither its language nor its
		// address: an empty switch holds the switch's place, so the page's
		// first render in the browser has the served page's elements, in
		// order, to take over (go-app patch 13); the render after entering
		// fills it in.
		return &components.LanguageSwitch{}
	}
	return &components.LanguageSwitch{Label: i18n.T(p.lang, "lang.label"), Current: p.lang, Links: links}
}

// inLanguages is this view in its full state in each language, in
// i18n.Languages' order.
func (p *page) inLanguages() []components.LanguageLink {
	langs := Offered()
	links := make([]components.LanguageLink, len(langs))
	here := askedPath(p.asked)
	if p.view.Path != "" {
		here = urlstate.URL(p.view.Path, p.state)
	}
	for i, lang := range langs {
		links[i] = components.LanguageLink{Lang: lang, Name: i18n.Name(lang),
			Href: Href(lang, here), Offer: i18n.T(lang, "lang.offer")}
	}
	return links
}

// askedPath is a path a reader asked for, as a link may carry it: escaped,
// so a backslash or a quote in it stays text, and never another origin's
// ("//host", which a browser would follow away from the site); the Overview
// when there is nothing safe to link.
func askedPath(path string) string {
	esc := (&url.URL{Path: path}).EscapedPath()
	if !strings.HasPrefix(esc, "/") || strings.HasPrefix(esc, "//") {
		return "/"
	}
	return esc
}

// Head is what a page's head says of its address and language: its
// canonical link and og:url, <html lang>, the hreflang alternates, og:locale
// and og:locale:alternate. The server writes it into each page it makes
// (server/site/languages.go) and the program into the page it changes to
// (setDocumentHead), from this one definition. The program had set only
// <html lang>: after a change of language the canonical link, og:url and
// alternates went on naming the first page loaded, and a share from Chrome
// on Android, which shares the canonical link, sent the reader's link to
// that page.
type Head struct {
	Lang             string      // <html lang>
	Href             string      // the canonical link, root-relative: "/ru/trade?fig=x"
	Alternates       []Alternate // <link rel="alternate" hreflang>
	Locale           string      // og:locale
	LocaleAlternates []string    // og:locale:alternate: the other languages offered
}

// HeadOf is the head of the page whose canonical link is href
// (root-relative, "/ru/trade?fig=x") on a site offering langs; ok is false
// for an address in no known language.
func HeadOf(href string, langs []string) (h Head, ok bool) {
	lang, alts, ok := Alternates(href, langs)
	if !ok {
		return Head{}, false
	}
	h = Head{Lang: lang, Href: href, Alternates: alts, Locale: i18n.Locale(lang)}
	for _, l := range langs {
		if l != lang {
			h.LocaleAlternates = append(h.LocaleAlternates, i18n.Locale(l))
		}
	}
	return h, true
}

// Alternate is a page in one language, for <link rel="alternate" hreflang>.
type Alternate struct {
	Lang string // "ru", or "x-default" for the page readers without a match get
	Href string // root-relative, with the page's whole state
}

// Alternates reads a page's language off its root-relative address (its
// canonical link, "/ru/trade?fig=x") and lists the same page, with the same
// state, in each of langs and as x-default (the default language's page).
// ok is false for an address in no known language.
func Alternates(href string, langs []string) (lang string, alts []Alternate, ok bool) {
	lang, rest := urlstate.SplitLang(href)
	if lang == "" {
		lang = i18n.Default
	}
	if !i18n.Known(lang) || (href != rest && lang == i18n.Default) {
		return "", nil, false
	}
	for _, l := range langs {
		if i18n.Known(l) {
			alts = append(alts, Alternate{Lang: l, Href: urlstate.WithLang(urlLang(l), rest)})
		}
	}
	alts = append(alts, Alternate{Lang: "x-default", Href: rest})
	return lang, alts, true
}
