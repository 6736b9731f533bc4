package components

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// EChartsScript is the ECharts build the charts draw with. The page does not
// load it: the server's drawings show every chart before any script runs, so
// on a phone its parse and first run (~0.2 s of main thread at Lighthouse's
// 4× CPU) would only block the reader. The first chart the Go program draws
// asks for it (requestECharts), once Go has started; the service worker
// precaches it at install and keeps it offline.
const EChartsScript = "/web/echarts.min.js"

// echartsRequested is set once the script element is in the page.
var echartsRequested bool

// requestECharts adds the ECharts script to the page, once; a chart then
// waits for window.echarts as it would for a slow download.
func requestECharts(ctx goapp.Context) {
	if echartsRequested {
		return
	}
	doc := goapp.Window().Get("document")
	if !doc.Truthy() {
		return
	}
	echartsRequested = true
	s := doc.Call("createElement", "script")
	s.Set("src", ctx.ResolveStaticResource(EChartsScript))
	doc.Get("head").Call("appendChild", s)
}
