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
			Default:  "/web/icons/icon-192.png",
			Large:    "/web/icons/icon-512.png",
			SVG:      "/web/icons/icon.svg",
			Maskable: "/web/icons/icon-maskable-512.png",
		},
		Styles:             []string{"/web/bilateral.css"},
		Scripts:            []string{"/web/theme.js"},
		CacheableResources: []string{app.DatasetPath, components.EChartsScript},
		RawHeaders: []string{
			// Start the dataset download beside the Wasm instead of after it.
			`<link rel="preload" href="` + app.DatasetPath + `" as="fetch" crossorigin="anonymous">`,
			// ECharts runs only once Go draws a chart (components/echarts_script.go);
			// fetched ahead at low priority, it is there when asked for.
			`<link rel="prefetch" href="` + components.EChartsScript + `" as="script">`,
		},
		Domain:    domain,
		Resources: embeddedResources{assets.Handler(assets.MustEmbedded())},
		Version:   version,
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
