//go:build wasm

package components

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// servedDrawn holds the ids of the charts the page came with drawn by the
// server, read before go-app's first render takes the page over (package
// initialisation runs before main starts go-app). Their drawings stay as
// the server sent them (go-app patch 22, KeepServedChildren) until ECharts
// replaces them at the width the page shows: the program never reads them.
// Reading each one's markup into Go, for go-app to match against the page,
// was about an eighth of a warm /trade's time from Go's start to ready
// (25 of ~190 ms). A chart claims its id once: a chart mounted later
// (another view, a changed state) is drawn by ECharts alone.
var servedDrawn = func() map[string]bool {
	out := map[string]bool{}
	doc := goapp.Window().Get("document")
	if !doc.Truthy() {
		return out
	}
	list := doc.Call("querySelectorAll", `.chart[data-drawn="server"]`)
	for i := 0; i < list.Length(); i++ {
		out[list.Index(i).Get("dataset").Get("chart").String()] = true
	}
	return out
}()

// served says whether the page came with this chart drawn; the browser
// renders no drawing of its own.
func (c *Chart) served() (bool, []string) {
	if !c.looked {
		c.looked = true
		c.fromServer = servedDrawn[c.ID]
		delete(servedDrawn, c.ID)
	}
	return c.fromServer, nil
}
