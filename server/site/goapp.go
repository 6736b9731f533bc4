//go:build !wasm

package site

import (
	"net/http"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app"
	"bilateral/app/i18n"
	"bilateral/components"
	"bilateral/server/assets"
)

// Colours of the page before its stylesheet loads, matching web/bilateral.css.
const (
	themeColor      = "#12355b"
	backgroundColor = "#f7f7f4"
)

// renderAfterMain holds the page's first render until <main> is parsed
// (rel=expect, blocking=render; a browser without it ignores the link).
// Rendered as the parser yielded, the page was laid out and painted in
// several passes, each a long task on a phone, and a pass over a part of
// the first screen could move it (a 0.026 shift of /energy's year
// fieldset in 2 of ~10 Lighthouse runs). Lighthouse mobile, three runs
// each, 4 Dec 2026: TBT / 313 -> 241 ms, /energy 355 -> 132 ms, /ru/trade
// 371 -> 167 ms; LCP 90-180 ms earlier. Every page has a <main id="main">
// (TestRenderWaitsForMain); without one, rendering waits for the parse.
const renderAfterMain = `<link rel="expect" href="#main" blocking="render">`

// newHandler is go-app's handler with Bilateral's name, colours, icons and
// assets, all from our own origin.
func newHandler(domain, version string) *goapp.Handler {
	lang := i18n.Lang
	return &goapp.Handler{
		Name:            i18n.T(lang, "app.name"),
		ShortName:       i18n.T(lang, "app.name"),
		Title:           i18n.T(lang, "app.name"),
		Description:     i18n.T(lang, "app.description"),
		Lang:            lang,
		BackgroundColor: backgroundColor,
		ThemeColor:      themeColor,
		LoadingLabel:    loadingLabel(lang), // other languages: loader.go
		Icon: goapp.Icon{
			Default: app.BrandIcon, // the loader's picture
			Large:   icon512,
			// No SVG: go-app would link it as the page's icon (patch 12 lets
			// it link none), and Chromium made an SVG page icon an SVG
			// document of its own on the main thread while the page loaded
			// (one or two long tasks at 4× CPU). setupPWA links the 32 px PNG;
			// the SVG stays in the manifest (manifest.go).
			Maskable: iconMaskable,
		},
		CacheableResources: []string{app.DatasetPath, components.EChartsScript},
		// The stylesheets and the theme script are in the page (inline.go).
		// Nothing else is asked for ahead: the dataset and ECharts are needed
		// only once the Go program starts, at the reader's first input it
		// answers (go-app patch 4), and the service worker, installed at the
		// first visit, holds both by then; a preload or prefetch would only
		// take a phone's bandwidth from the page's own first paint. Under
		// the load policy alone (the offline answer's, ?wasm=load) the
		// program starts at once and needs both first: go-app's start
		// script then preloads the dataset and adds ECharts once the page
		// is parsed (patch 14), while the Wasm compiles. Added by Go's
		// main instead, ECharts' evaluation held a warm /trade's start up
		// by 40-70 ms.
		StartFetches: []string{app.DatasetPath},
		StartScripts: []string{components.EChartsScript},
		RawHeaders:   append(mustInlineHead(), renderAfterMain),
		Domain:       domain,
		Resources:    embeddedResources{assets.Handler(assets.MustEmbedded())},
		Version:      version,
		// The Wasm arrives compressed; go-app's loader counts decoded bytes.
		WasmContentLengthHeader: assets.UncompressedLengthHeader,
	}
}

// embeddedResources serves go-app's /web/ resources from the binary itself,
// so bin/bilateral copied alone to another machine serves the whole app.
// (Router answers /web/ before go-app would; go-app only needs to know
// that its Resources serve, so it resolves its own paths locally.)
type embeddedResources struct {
	http.Handler
}

// Resolve keeps /web/ paths as they are: assets live on our own origin.
func (embeddedResources) Resolve(location string) string {
	if location == "" || location == "/" {
		return "/"
	}
	if strings.HasPrefix(location, "http://") || strings.HasPrefix(location, "https://") {
		return location
	}
	return "/" + strings.TrimPrefix(location, "/")
}
