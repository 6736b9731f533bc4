package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/charts"
	"bilateral/app/i18n"
	"bilateral/data"
)

// selectedFigure shows the figure a reader selected (a click on its bar or a
// fig= link) right under the chart it is drawn in, every column of its table
// row named: the card holding the same figure may be a screen further down,
// and the chart stays where it was clicked (selection.go). Events have their
// own details on the Timeline, so only figures are shown here.
func selectedFigure(d *data.Dataset, t charts.Table, lang string) goapp.UI {
	for _, r := range t.Rows {
		if !r.Selected {
			continue
		}
		if _, ok := d.Figure(r.ID); !ok || len(r.Cells) == 0 {
			return nil
		}
		no := i18n.T(lang, "no")
		var items []goapp.UI
		for i, c := range r.Cells[1:] {
			// An empty column, or the derived column of a reported figure,
			// says nothing about this one.
			if c.Text == "" || c.Text == no || i+1 >= len(t.Head) {
				continue
			}
			items = append(items, goapp.Dt().Text(t.Head[i+1]), goapp.Dd().Text(c.Text))
		}
		return goapp.Div().Class("chart-selected").DataSet("selected", r.ID).Body(
			goapp.P().Body(goapp.Strong().Text(i18n.T(lang, "chart.selected")+": "), goapp.Text(r.Cells[0].Text)),
			goapp.Dl().Body(items...),
		)
	}
	return nil
}
