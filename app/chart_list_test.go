//go:build !wasm

package app

import (
	"encoding/json"
	"testing"

	"bilateral/data"
)

func TestAllChartsBuildsEveryRegisteredChart(t *testing.T) {
	d, err := data.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	list, err := AllCharts(d, "en")
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != len(chartSpecs) {
		t.Fatalf("%d charts built, %d registered", len(list), len(chartSpecs))
	}
	for i, c := range list {
		if _, ok := chartSpecs[c.ID]; !ok {
			t.Errorf("%s is not a registered chart", c.ID)
		}
		if i > 0 && list[i-1].ID >= c.ID {
			t.Errorf("not in id order: %s before %s", list[i-1].ID, c.ID)
		}
		var o map[string]any
		if err := json.Unmarshal([]byte(c.Option), &o); err != nil || o["series"] == nil {
			t.Errorf("%s: option is not an ECharts option with series: %v", c.ID, err)
		}
		if c.View != chartSpecs[c.ID].view || c.Title == "" {
			t.Errorf("%s: view %q, title %q", c.ID, c.View, c.Title)
		}
	}
}
