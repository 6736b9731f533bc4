//go:build !wasm

package app

import (
	"sort"

	"bilateral/data"
)

// BuiltChart is one registered chart built in its view's default state:
// what drawing it outside a page (the server's SVG drawing, its tests and
// measurements) needs.
type BuiltChart struct {
	ID, View, Title string
	Option          string // the ECharts option JSON the client would draw
	Height          int    // CSS pixels
}

// AllCharts builds every registered chart of every view from d, in id order.
func AllCharts(d *data.Dataset, lang string) ([]BuiltChart, error) {
	ids := make([]string, 0, len(chartSpecs))
	for id := range chartSpecs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	out := make([]BuiltChart, 0, len(ids))
	for _, id := range ids {
		spec := chartSpecs[id]
		v, _ := ViewNamed(spec.view)
		c, err := spec.build(d, lang, v.NewState())
		if err != nil {
			return nil, err
		}
		out = append(out, BuiltChart{ID: id, View: spec.view, Title: spec.title(d, lang), Option: c.Option.JSON(), Height: c.Height})
	}
	return out, nil
}
