//go:build wasm

package components

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// fromServer holds the SVGs of each chart the server drew into the page,
// by chart id, taken before go-app's first render replaces the page's body
// (package initialisation runs before main starts go-app). A chart takes
// its drawings once: a chart mounted later (another view, a changed state)
// is drawn by ECharts alone.
var fromServer = func() map[string][]string {
	out := map[string][]string{}
	doc := goapp.Window().Get("document")
	if !doc.Truthy() {
		return out
	}
	list := doc.Call("querySelectorAll", `.chart[data-drawn="server"]`)
	for i := 0; i < list.Length(); i++ {
		el := list.Index(i)
		id := el.Get("dataset").Get("chart").String()
		kids := el.Get("children")
		for j := 0; j < kids.Length(); j++ {
			if k := kids.Index(j); k.Get("tagName").String() == "svg" {
				out[id] = append(out[id], k.Get("outerHTML").String())
			}
		}
	}
	return out
}()

// drawings in the browser are the server's, taken once and never changed:
// echarts.init detaches them from the page, so go-app must never have to
// replace or remove them (it would fail on a node no longer in the page).
// Until ECharts draws they show the server's state of the chart.
func (c *Chart) drawings() []string {
	if !c.looked {
		c.looked = true
		c.svgs = fromServer[c.ID]
		delete(fromServer, c.ID)
	}
	return c.svgs
}
