//go:build !wasm

package app

import (
	"bilateral/app/charts"
	"bilateral/data"
)

// chartLinks maps each figure or event a chart shows to the address of this
// view's state with it selected, the state a click on its bar navigates to
// (selectionHref). The server links the bars of its drawing there, so a tap
// before the Wasm runs loads that state's page. An embed has no view of its
// own to navigate in: none.
func (p *page) chartLinks(d *data.Dataset, t charts.Table) map[string]string {
	if p.view.Path == "" || p.state == nil {
		return nil
	}
	links := map[string]string{}
	for _, r := range t.Rows {
		if href := p.selectionHref(d, r.ID); href != "" {
			links[r.ID] = href
		}
	}
	return links
}
