//go:build wasm

package app

import (
	"bilateral/app/charts"
	"bilateral/data"
)

// chartLinks is the server's (chart_links_nowasm.go): the browser keeps the
// server's drawing, links and all, until ECharts draws, and ECharts' click
// selects through the page (page.OnMount).
func (p *page) chartLinks(*data.Dataset, charts.Table) map[string]string { return nil }
