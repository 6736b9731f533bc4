//go:build wasm

package components

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// fromServer holds, by chart id, the server's drawing of each chart at the
// width the page shows it (the stylesheet makes the chart one of the
// drawing widths: see Render), read before go-app's first render takes
// the page over (package initialisation runs before main starts go-app).
// Only that drawing is kept: the first render adopts its node (go-app
// patch 13) and removes the others, which are hidden, and ECharts soon
// replaces it at that same width. A chart whose width matches no drawing
// (a box narrower than the narrowest) keeps them all. A chart takes its
// drawing once: a chart mounted later (another view, a changed state) is
// drawn by ECharts alone.
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
		width := strconv.Itoa(el.Get("clientWidth").Int())
		shown := drawingsOf(el, func(svg goapp.Value) bool { return svg.Call("getAttribute", "data-w").String() == width })
		if len(shown) == 0 {
			shown = drawingsOf(el, func(goapp.Value) bool { return true })
		}
		out[id] = shown
	}
	return out
}()

// drawingsOf is the markup of the server's drawings in chart el that keep
// holds, after the chart's dark <style>: each one's markup is copied into
// Go only if it is kept.
func drawingsOf(el goapp.Value, keep func(svg goapp.Value) bool) []string {
	var style, out []string
	kids := el.Get("children")
	for j := 0; j < kids.Length(); j++ {
		k := kids.Index(j)
		switch k.Get("tagName").String() {
		case "svg":
			if keep(k) {
				out = append(out, k.Get("outerHTML").String())
			}
		case "STYLE":
			style = append(style, k.Get("outerHTML").String())
		}
	}
	if len(out) == 0 {
		return nil
	}
	return append(style, out...)
}

// drawings in the browser are the server's, taken once and never changed:
// draw detaches them from the page, so go-app must never have to
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
