package charts

import (
	"strings"
	"testing"

	"bilateral/app/format"
)

func TestBarsOilTransitGapAndRange(t *testing.T) {
	d := dataset(t)
	c, err := Bars(d, "en", "", "oil-transit")
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, id := range []string{"oil-2018-agreed", "oil-2019", "oil-2021", "oil-2022"} {
		texts = append(texts, format.Figure(*mustFigure(t, d, id), "en"))
	}
	checkCommon(t, c, append(texts, "about 900,000 t", "1.3–1.5 million t", "2020: Not reported")...)

	// 2020 is not reported: an empty slot, never a zero, shaded and named.
	if v := c.Option.item(1, 2)["value"]; v != "-" {
		t.Errorf("2020 value = %v, want \"-\"", v)
	}
	if v := c.Option.item(0, 2)["value"]; v != "-" {
		t.Errorf("2020 base = %v, want \"-\"", v)
	}
	ma, _ := c.Option.series(1)["markArea"].(map[string]any)
	if ma == nil {
		t.Fatal("no markArea for the gap")
	}
	if l, _ := ma["label"].(map[string]any); l["formatter"] != "Not reported" || l["show"] != true {
		t.Errorf("markArea label = %v, want shown \"Not reported\"", l)
	}
	areas, _ := ma["data"].([]any)
	if len(areas) != 1 {
		t.Fatalf("markArea has %d areas, want 1 (2020)", len(areas))
	}
	pair := areas[0].([]any)
	if pair[0].(map[string]any)["xAxis"] != 2 || pair[1].(map[string]any)["xAxis"] != 2 {
		t.Errorf("markArea covers %v, want category 2 (2020)", pair)
	}

	// 2018 is a range: a floating bar from 1.3 to 1.5 million t.
	base, top := num(c.Option.item(0, 0)["value"]), num(c.Option.item(1, 0)["value"])
	if !near(base, 1.3) || !near(base+top, 1.5) {
		t.Errorf("2018 bar floats from %v to %v, want 1.3 to 1.5", base, base+top)
	}
	if s := style(c.Option.item(1, 0)); s["borderColor"] == nil {
		t.Errorf("range bar has no outline: %v", s)
	}
	if got := labelText(c.Option.item(1, 0)); got != "1.3–1.5 million t" {
		t.Errorf("range label = %q", got)
	}
	// Stated single values start at zero: no base.
	if v := c.Option.item(0, 1)["value"]; v != "-" {
		t.Errorf("2019 base = %v, want \"-\"", v)
	}
	if v := num(c.Option.item(1, 1)["value"]); !near(v, 0.9) {
		t.Errorf("2019 = %v million t, want 0.9", v)
	}
	if got := labelText(c.Option.item(1, 1)); got != "about 900,000 t" {
		t.Errorf("2019 label = %q, want the source's hedged figure", got)
	}

	want := []string{"oil-2018-agreed", "oil-2019", "gap-oil-transit-2020", "oil-2021", "oil-2022"}
	if got := rowIDs(c.Table); !equal(got, want) {
		t.Errorf("rows = %v, want %v", got, want)
	}
	for i, r := range c.Table.Rows {
		if r.Gap != (i == 2) || r.Derived {
			t.Errorf("row %s: gap=%v derived=%v", r.ID, r.Gap, r.Derived)
		}
		if len(r.Cells) != len(c.Table.Head) {
			t.Errorf("row %s has %d cells for %d columns", r.ID, len(r.Cells), len(c.Table.Head))
		}
	}
	if got := c.Table.Rows[2].Cells[2].Text; got != "Not reported" {
		t.Errorf("gap row value = %q", got)
	}
	if got := c.Table.Rows[1].Cells[3].Text; got != "about" {
		t.Errorf("2019 hedge cell = %q", got)
	}
	if got := c.Table.Rows[0].Cells[5].Text; got != "1.3–1.5" {
		t.Errorf("2018 charted cell = %q", got)
	}
}

func TestBarsTradeDerivedGrowthSelected(t *testing.T) {
	d := dataset(t)
	c, err := Bars(d, "en", "trade-2023", "trade-annual", "trade-h1")
	if err != nil {
		t.Fatal(err)
	}
	// Derived values are shown as precisely as the stated values beside
	// them: "about $2.2 billion" next to $2.168 billion read as a fall.
	checkCommon(t, c, "about $3.709 billion", "$4.358 billion", "about $2.165 billion", "$2.168 billion", "+17.5%", "+0.15%", "derived")
	if desc := c.Description; strings.Contains(desc, "$2.2 ") || strings.Contains(desc, "$3.7 ") {
		t.Errorf("a derived value rounded coarser than its stated neighbour: %s", desc)
	}
	if got := c.Table.Rows[0].Cells[2].Text + " " + c.Table.Rows[2].Cells[2].Text; !strings.Contains(got, "3.709") || !strings.Contains(got, "2.165") {
		t.Errorf("table lost the exact derived values: %q", got)
	}

	// Full years and half-years stand in two titled panels on one scale,
	// never as four equal neighbours.
	titles, _ := c.Option["title"].([]any)
	grids, _ := c.Option["grid"].([]any)
	ys := valueAxes(c.Option["yAxis"])
	if len(titles) != 2 || len(grids) != 2 || len(ys) != 2 {
		t.Fatalf("want 2 panels: %d titles, %d grids, %d value axes", len(titles), len(grids), len(ys))
	}
	for k, want := range []string{"Trade turnover by year", "Trade turnover in the first half of the year"} {
		if got := titles[k].(map[string]any)["text"]; got != want {
			t.Errorf("panel %d title %q, want %q", k, got, want)
		}
	}
	y0, y1 := ys[0].(map[string]any), ys[1].(map[string]any)
	if y0["max"] == nil || y0["max"] != y1["max"] || num(y0["max"]) < 4.358 {
		t.Errorf("panels do not share a scale reaching 4.358: %v vs %v", y0["max"], y1["max"])
	}
	for k := 0; k < 6; k++ {
		s := c.Option.series(k)
		if want := float64(k / 3); num(s["xAxisIndex"]) != want || num(s["yAxisIndex"]) != want {
			t.Errorf("series %d on axes %v/%v, want panel %v", k, s["xAxisIndex"], s["yAxisIndex"], want)
		}
	}

	ids := []string{"trade-2022", "trade-2023", "trade-2023h1", "trade-2024h1"}
	if got := rowIDs(c.Table); !equal(got, ids) {
		t.Fatalf("rows = %v, want %v", got, ids)
	}
	derived := map[string]bool{"trade-2022": true, "trade-2023h1": true}
	growth := map[string]string{"trade-2023": "+17.5%", "trade-2024h1": "+0.15%"}
	for i, id := range ids {
		it := c.Option.item(1+3*(i/2), i%2) // each panel is a base, a value and an open-end series
		_, hatched := style(it)["decal"]
		if hatched != derived[id] {
			t.Errorf("%s: decal=%v, want %v", id, hatched, derived[id])
		}
		if c.Table.Rows[i].Derived != derived[id] {
			t.Errorf("%s: row derived=%v", id, c.Table.Rows[i].Derived)
		}
		deriveCell := c.Table.Rows[i].Cells[6].Text
		if derived[id] != strings.HasPrefix(deriveCell, "yes: Computed by us from") {
			t.Errorf("%s: derived cell %q", id, deriveCell)
		}
		if derived[id] && !strings.Contains(tooltipText(it), "Derived") {
			t.Errorf("%s: tooltip does not say derived: %q", id, tooltipText(it))
		}
		g := growth[id]
		if has := strings.Contains(labelText(it), "+"); has != (g != "") || (g != "" && !strings.Contains(labelText(it), g)) {
			t.Errorf("%s: label %q, want growth %q only on the later bar", id, labelText(it), g)
		}
		sel := id == "trade-2023"
		if (style(it)["borderColor"] == Ink) != sel {
			t.Errorf("%s: emphasised=%v, want %v", id, style(it)["borderColor"] == Ink, sel)
		}
	}
	if got := selectedRows(c.Table); !equal(got, []string{"trade-2023"}) {
		t.Errorf("selected rows = %v", got)
	}
	// The derivation names its inputs and formula.
	how := c.Table.Rows[0].Cells[6].Text
	for _, w := range []string{"$4.358 billion", "17.5%", "divided by (1 + growth)"} {
		if !strings.Contains(how, w) {
			t.Errorf("derivation %q lacks %q", how, w)
		}
	}
}

func TestBarsErrors(t *testing.T) {
	d := dataset(t)
	_, err := Bars(d, "en", "", "trade-annual", "no-such-series")
	errorNames(t, err, "no-such-series")
	_, err = Bars(d, "en", "", "trade-annual", "oil-transit")
	errorNames(t, err, "oil-transit")
	_, err = Bars(d, "en", "")
	if err == nil {
		t.Error("no series: no error")
	}
}

// TestBarsTargetSaysSo checks an agreed target is told apart from shipped
// volumes on the mark itself: its own outline, its label, its row flag.
func TestBarsTargetSaysSo(t *testing.T) {
	d := dataset(t)
	c, err := BarsOf(d, "en", BarSpec{Series: []string{"oil-transit"}, Targets: []string{"oil-2018-agreed"}})
	if err != nil {
		t.Fatal(err)
	}
	checkCommon(t, c, "1.3–1.5 million t, agreed target")
	target, shipped := c.Option.item(1, 0), c.Option.item(1, 1)
	if style(target)["borderType"] != "dotted" || style(shipped)["borderType"] == "dotted" {
		t.Errorf("target outline %v, shipped outline %v", style(target)["borderType"], style(shipped)["borderType"])
	}
	if !strings.Contains(labelText(target), "agreed target") || strings.Contains(labelText(shipped), "agreed") {
		t.Errorf("labels %q / %q", labelText(target), labelText(shipped))
	}
	if !c.Table.Rows[0].Target || c.Table.Rows[1].Target {
		t.Errorf("row target flags wrong")
	}
	if _, err := BarsOf(d, "en", BarSpec{Series: []string{"oil-transit"}, Targets: []string{"nope"}}); err == nil {
		t.Error("unknown target accepted")
	}
}

// TestBarsYears checks a view's year range acts on bars as on timelines:
// points outside are left out, gaps inside kept, and no year left is an
// empty chart, not an error.
func TestBarsYears(t *testing.T) {
	d := dataset(t)
	c, err := BarsOf(d, "en", BarSpec{Series: []string{"oil-transit"}, From: 2019, To: 2020})
	if err != nil {
		t.Fatal(err)
	}
	if got := rowIDs(c.Table); len(got) != 2 || got[0] != "oil-2019" || !c.Table.Rows[1].Gap {
		t.Errorf("rows for 2019–2020 = %v, want oil-2019 and the 2020 gap", got)
	}
	c, err = BarsOf(d, "en", BarSpec{Series: []string{"oil-transit"}, From: 2005, To: 2010})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Table.Rows) != 0 {
		t.Errorf("rows for 2005–2010 = %v, want none", rowIDs(c.Table))
	}
	c, err = BarsOf(d, "en", BarSpec{Series: []string{"trade-annual", "trade-h1"}, From: 2024})
	if err != nil {
		t.Fatal(err)
	}
	if got := rowIDs(c.Table); !equal(got, []string{"trade-2024h1"}) {
		t.Errorf("rows from 2024 = %v", got)
	}
	if _, many := c.Option["title"].([]any); many {
		t.Error("one series left, yet drawn as panels")
	}
}
