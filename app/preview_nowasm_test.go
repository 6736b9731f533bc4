//go:build !wasm

package app

import (
	"testing"

	"bilateral/app/i18n"
	"bilateral/data"
)

// One state, one picture: what the picture does not show or the dataset
// lacks is dropped from its address.
func TestPreviewQueryIsCanonical(t *testing.T) {
	d, err := data.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	trade, _ := PreviewView("trade")
	timeline, _ := PreviewView("timeline")
	for _, c := range []struct {
		v          View
		query, out string
	}{
		{trade, "tab=table&fig=trade-2023&utm_source=x", "fig=trade-2023"},
		{trade, "fig=no-such-figure", ""},
		{trade, "fig=%3Cscript%3E", ""},
		{timeline, "cat=energy,nope&to=2010&from=2000&tab=table", "from=2000&to=2010&cat=energy"},
		{timeline, "event=nope", ""},
	} {
		if got := PreviewQuery(d, c.v, c.query); got != c.out {
			t.Errorf("%s?%s: %q, want %q", c.v.Name, c.query, got, c.out)
		}
	}
}

// A figure of another view (the overview's card) is drawn on its own
// view's chart, selected.
func TestPreviewOfAFigureFindsItsChart(t *testing.T) {
	d, err := data.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	overview, _ := PreviewView("overview")
	p := PreviewOf(d, overview, "fig=trade-2023", i18n.Lang)
	if p.Figure == nil || p.Chart == nil || !shows(*p.Chart, "trade-2023") {
		t.Fatalf("want the trade chart with trade-2023; got figure %v, chart %q", p.Figure, p.ChartTitle)
	}
	if s := p.Stated(i18n.Lang); s != "$4.358 billion · 2023" {
		t.Errorf("stated %q", s)
	}
}
