//go:build !wasm

package app

import (
	"strings"
	"testing"

	"bilateral/app/charts"
	"bilateral/data"
)

// The figure a reader selected is named under its chart with its value,
// hedge and section; nothing is shown without a selection, nor for an
// event (the Timeline shows those).
func TestSelectedFigureUnderItsChart(t *testing.T) {
	d, err := data.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "ru", "az"} {
		c, err := charts.Bars(d, lang, "trade-2023", "trade-annual", "trade-h1")
		if err != nil {
			t.Fatal(err)
		}
		got := render(selectedFigure(d, c.Table, lang))
		f, _ := d.Figure("trade-2023")
		sec, _ := d.Section(f.Section)
		for _, want := range []string{`data-selected="trade-2023"`, f.Label.In(lang), sec.Title.In(lang), "<dt>", "<dd>"} {
			if !strings.Contains(got, want) {
				t.Errorf("%s: the selected figure's details lack %q:\n%s", lang, want, got)
			}
		}
		none, _ := charts.Bars(d, lang, "", "trade-annual", "trade-h1")
		if got := render(selectedFigure(d, none.Table, lang)); got != "" {
			t.Errorf("%s: details with nothing selected: %s", lang, got)
		}
	}
	table := charts.Table{Head: []string{"Event", "Date"}, Rows: []charts.Row{{ID: d.Events[0].ID, Cells: []charts.Cell{{Text: "e"}, {Text: "d"}}, Selected: true}}}
	if got := render(selectedFigure(d, table, "en")); got != "" {
		t.Errorf("details for a selected event: %s", got)
	}
}
