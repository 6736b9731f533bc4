package charts

import "testing"

// TestTextOnMarksPassesAA checks text drawn inside marks (the composition's
// parts, stated and derived) reaches WCAG AA on the mark's own fill, which
// is the same in both themes.
func TestTextOnMarksPassesAA(t *testing.T) {
	for i := range Palette {
		c := colorAt(i)
		for _, fill := range []string{c, lighten(c, 0.6)} {
			if r := contrast(inkOn(fill), fill); r < 4.5 {
				t.Errorf("%s on %s: contrast %.2f, want 4.5", inkOn(fill), fill, r)
			}
		}
	}
	if got := lighten("#0072B2", 0.6); got != "#99c7e0" {
		t.Errorf("lighten = %s", got)
	}
}

// TestChartsSitOnTheirCard checks no chart paints a background of its own
// (ECharts' dark theme would paint one unlike the card) and none hard-codes
// a dark text colour that would vanish on the dark theme.
func TestChartsSitOnTheirCard(t *testing.T) {
	d := dataset(t)
	lanes, laneOf := byCategory(d)
	all := map[string]func() (Chart, error){
		"oil":        func() (Chart, error) { return Bars(d, "en", "", "oil-transit") },
		"trade":      func() (Chart, error) { return Bars(d, "en", "", "trade-annual", "trade-h1") },
		"investment": func() (Chart, error) { return FigureBars(d, "en", "", "investment-ru-az-2023", "fdi-ru-az-2023") },
		"composition": func() (Chart, error) {
			return Composition(d, "en", "", "companies-russian-capital", "companies-fully-russian", "companies-joint-ventures")
		},
		"timeline": func() (Chart, error) {
			return Timeline(d, "en", TimelineOptions{Events: d.Events, Lanes: lanes, LaneOf: laneOf})
		},
	}
	for name, build := range all {
		c, err := build()
		if err != nil {
			t.Fatal(err)
		}
		if c.Option["backgroundColor"] != "transparent" {
			t.Errorf("%s: background %v, want transparent", name, c.Option["backgroundColor"])
		}
		if ts, _ := c.Option["title"].(map[string]any); ts != nil {
			if st, _ := ts["textStyle"].(map[string]any); st["color"] != nil {
				t.Errorf("%s: title colour %v fixed for one theme", name, st["color"])
			}
		}
	}
}
