package app

import (
	"net/url"
	"strings"
	"sync"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
	"bilateral/app/urlstate"
)

// Prefixed returns the address of a root-relative path ("/trade?fig=x",
// DatasetPath, "/") on the site as deployed: unchanged at the root of a
// host, "/bilateral/trade?fig=x" for a static export made with
// -prefix /bilateral (make static PREFIX=/bilateral).
//
// Use it in the browser for every link href, every ctx.Navigate and every
// fetch of our own files. On the server it returns path unchanged: go-app
// already passes every href and src of a prerendered page through the
// handler's resolver, which adds the prefix there (a second one would be
// wrong). Paths under /web/ are resolved by go-app on both sides and need
// no call, though one does no harm. Anything that is not root-relative
// (https://…, #main, "") is returned unchanged.
func Prefixed(path string) string {
	if goapp.IsServer || !strings.HasPrefix(path, "/") || strings.HasPrefix(path, "//") {
		return path
	}
	p := rootPrefix()
	if p == "" {
		return path
	}
	return p + path
}

var (
	prefixOnce sync.Once
	prefix     string
)

// rootPrefix is the path the site is served under, without a trailing
// slash: go-app's GOAPP_ROOT_PREFIX ("/" or "/bilateral/") given to the
// Wasm by app.js.
func rootPrefix() string {
	prefixOnce.Do(func() {
		prefix = strings.TrimRight(goapp.Getenv("GOAPP_ROOT_PREFIX"), "/")
	})
	return prefix
}

// Href is the address of a root-relative path in the page's language lang,
// on the site as deployed: "/trade?fig=x" in English, "/ru/trade?fig=x" in
// Russian (see Prefixed for the site's own prefix). Every in-app link and
// navigation goes through it, so a reader stays in the language they chose.
func Href(lang, path string) string { return Prefixed(urlstate.WithLang(urlLang(lang), path)) }

// urlLang is lang as a URL writes it: nothing for the default language.
func urlLang(lang string) string {
	if lang == i18n.Default {
		return ""
	}
	return lang
}

// routePath is a page URL's path as the routes see it, without the site's
// prefix (go-app strips it the same way before routing, engine.go).
func routePath(path string) string {
	if p := rootPrefix(); !goapp.IsServer && p != "" {
		if rest, ok := strings.CutPrefix(path, p); ok && (rest == "" || rest[0] == '/') {
			return "/" + strings.TrimPrefix(rest, "/")
		}
	}
	return path
}

// langOf is the language a path asks for, and the view's path without it:
// "/ru/trade" → ("ru", "/trade"); an unprefixed path is in i18n.Default. A
// language the interface does not have is returned as it is, for the caller
// to refuse (the routes give it the not-found page).
func langOf(path string) (lang, rest string) {
	lang, rest = urlstate.SplitLang(routePath(path))
	if lang == "" {
		lang = i18n.Default
	}
	return lang, rest
}

// setDocumentHead makes the head of the page in the browser say what the
// server's page for its address says (Head; server/site/languages.go), as
// the program changes the page in place: <html lang>, so a view reached by
// in-app navigation is read aloud and hyphenated in its language; the
// canonical link and og:url, which Chrome on Android shares, and the
// alternates and og:locale, which had named the first page loaded after a
// change of language or view. href is the page's canonical link,
// root-relative ("" for a page without one: the not-found page, an
// embed). It links the language's manifest as well (server/site/pwa.go):
// the app installs from the manifest the page links, and starts in its
// language, so a reader who switched language would otherwise install the
// first page's.
func setDocumentHead(lang, href string) {
	if goapp.IsServer {
		return
	}
	doc := goapp.Window().Get("document")
	doc.Get("documentElement").Set("lang", lang)
	link := doc.Call("querySelector", `link[rel="manifest"]`)
	if mhref := Href(lang, ManifestPath); link.Truthy() && link.Call("getAttribute", "href").String() != mhref {
		link.Call("setAttribute", "href", mhref)
	}
	origin := headOrigin(doc)
	h, ok := HeadOf(href, Offered())
	canonical := doc.Call("querySelector", `link[rel="canonical"]`)
	abs := origin + Prefixed(h.Href)
	if href != "" && ok && canonical.Truthy() && canonical.Call("getAttribute", "href").String() == abs {
		// The head already describes this page, all of it written from
		// the same Head: the served page at the program's first render,
		// or a render that left the address as it was. Its tags are not
		// taken out and made again at every start.
		return
	}
	old := doc.Call("querySelectorAll", `link[rel="alternate"][hreflang], meta[property="og:locale"], meta[property="og:locale:alternate"]`)
	for i := range old.Length() {
		old.Index(i).Call("remove")
	}
	if href == "" || !ok {
		if canonical.Truthy() {
			canonical.Call("remove") // the server's page has none
		}
		return
	}
	head := doc.Get("head")
	add := func(tag string, attrs ...string) goapp.Value {
		el := doc.Call("createElement", tag)
		for i := 0; i+1 < len(attrs); i += 2 {
			el.Call("setAttribute", attrs[i], attrs[i+1])
		}
		head.Call("appendChild", el)
		return el
	}
	if !canonical.Truthy() {
		canonical = add("link", "rel", "canonical")
	}
	canonical.Call("setAttribute", "href", abs)
	if og := doc.Call("querySelector", `meta[property="og:url"]`); og.Truthy() {
		og.Call("setAttribute", "content", abs)
	} else {
		add("meta", "property", "og:url", "content", abs)
	}
	for _, a := range h.Alternates {
		add("link", "rel", "alternate", "hreflang", a.Lang, "href", origin+Prefixed(a.Href))
	}
	add("meta", "property", "og:locale", "content", h.Locale)
	for _, l := range h.LocaleAlternates {
		add("meta", "property", "og:locale:alternate", "content", l)
	}
}

// headOrigin is the origin the served page wrote its own addresses with:
// "https://DOMAIN" with -domain, the request's origin where -allowed-hosts
// lists it, "" where the server wrote them root-relative
// (server/site/pages.go, pageBase). The program knows none of these, so it
// reads it off the page's canonical link, or off og:url on a page without
// one.
func headOrigin(doc goapp.Value) string {
	for _, q := range [][2]string{{`link[rel="canonical"]`, "href"}, {`meta[property="og:url"]`, "content"}} {
		el := doc.Call("querySelector", q[0])
		if !el.Truthy() {
			continue
		}
		if u, err := url.Parse(el.Call("getAttribute", q[1]).String()); err == nil && u.Host != "" {
			return u.Scheme + "://" + u.Host
		}
		return ""
	}
	return ""
}

// ManifestPath is the web manifest's path in the default language, under
// each other language's prefix in that one: go-app's, which the server
// serves in every language (server/site/pwa.go) and pages link.
const ManifestPath = "/manifest.webmanifest"
