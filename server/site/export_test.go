//go:build !wasm

package site

// What the external tests (package site_test) reach inside the package.
var (
	ChartWidths    = chartWidths
	RouteDataFiles = routeDataFiles
	GoAppHandler   = newHandler
	SetupPWA       = setupPWA
	PageHandler    = pageHandler
	RenderSlots    = renderSlots
	Sitemap        = sitemap
)
