package components

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// EChartsScript is the ECharts build the charts draw with. The page does not
// load it: the server's drawings show every chart before any script runs, so
// on a phone its parse and first run (~0.2 s of main thread at Lighthouse's
// 4× CPU) would only block the reader. The Go program asks for it as it
// starts (RequestECharts, main_wasm.go), so its download and compile run
// beside Go's own start and first render instead of after them; the
// service worker precaches it at install and keeps it offline.
const EChartsScript = "/web/echarts.min.js"

// echartsRequested is set once the script element is in the page.
var echartsRequested bool

// RequestECharts adds the ECharts script to the page, once; a chart that
// finds no window.echarts asks for it too and waits for it as it would for a
// slow download.
func RequestECharts() {
	if echartsRequested {
		return
	}
	doc := goapp.Window().Get("document")
	if !doc.Truthy() {
		return
	}
	echartsRequested = true
	// What ctx.ResolveStaticResource gives, without a context: Go's start
	// has none yet.
	src := goapp.Getenv("GOAPP_STATIC_RESOURCES_URL") + strings.TrimPrefix(EChartsScript, "/web")
	if doc.Call("querySelector", `script[src="`+src+`"]`).Truthy() {
		return // go-app's start script added it (StartScripts, server/site/goapp.go)
	}
	s := doc.Call("createElement", "script")
	s.Set("src", src)
	doc.Get("head").Call("appendChild", s)
}
