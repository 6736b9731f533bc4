//go:build !wasm

package app

import (
	"bilateral/app/charts"
	"bilateral/app/urlstate"
	"bilateral/data"
)

// chartLinks maps each figure or event a chart shows to the address of this
// view's state with it selected, the state a click on its bar navigates to
// (page.OnMount). The server links the bars of its drawing there, so a tap
// before the Wasm runs loads that state's page. The address is relative, a
// query alone: the selection stays on this view's path, and a relative link
// needs no -prefix, which go-app adds to the page's own hrefs but not to a
// drawing's. An embed has no view of its own to navigate in: none.
func (p *page) chartLinks(d *data.Dataset, t charts.Table) map[string]string {
	if p.view.Path == "" || p.state == nil {
		return nil
	}
	links := map[string]string{}
	for _, r := range t.Rows {
		if next := withSelection(p.state, d, r.ID); next != nil {
			links[r.ID] = "?" + urlstate.Format(next)
		}
	}
	return links
}
