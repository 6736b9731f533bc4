package app

import (
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

// setDocumentLang says the page's language on <html lang> in the browser, as
// the server does in the prerendered page, so a view reached by in-app
// navigation is read aloud and hyphenated in its language too. It links
// that language's manifest as well (server/site/pwa.go): the app installs
// from the manifest the page links, and starts in its language, so a
// reader who switched language would otherwise install the first page's.
func setDocumentLang(lang string) {
	if goapp.IsServer {
		return
	}
	doc := goapp.Window().Get("document")
	doc.Get("documentElement").Set("lang", lang)
	link := doc.Call("querySelector", `link[rel="manifest"]`)
	if href := Href(lang, ManifestPath); link.Truthy() && link.Call("getAttribute", "href").String() != href {
		link.Call("setAttribute", "href", href)
	}
}

// ManifestPath is the web manifest's path in the default language, under
// each other language's prefix in that one: go-app's, which the server
// serves in every language (server/site/pwa.go) and pages link.
const ManifestPath = "/manifest.webmanifest"
