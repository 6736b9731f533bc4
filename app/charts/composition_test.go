package charts

import (
	"html"
	"strings"
	"testing"

	"bilateral/app/i18n"
	"bilateral/data"
)

func TestCompositionCompanies(t *testing.T) {
	d := dataset(t)
	c, err := Composition(d, "en", "companies-joint-ventures", "companies-russian-capital", "companies-fully-russian", "companies-joint-ventures")
	if err != nil {
		t.Fatal(err)
	}
	checkCommon(t, c, "over 1,400", "nearly 300", "over 1,100", "derived", "approximate")

	title, _ := c.Option["title"].(map[string]any)
	if text, _ := title["text"].(string); !strings.Contains(text, "over 1,400") {
		t.Errorf("title %q lacks the hedged total", text)
	}
	if sub, _ := title["text"].(string); !strings.Contains(sub, "{sub|") || !strings.Contains(sub, "approximate") {
		t.Errorf("subtitle %q does not call the split approximate", sub)
	}
	if title["top"] == nil {
		t.Error("title position not explicit")
	}
	for i, want := range []float64{300, 1100} {
		s := c.Option.series(i)
		if s["stack"] != "parts" || s["type"] != "bar" {
			t.Errorf("series %d not a stacked bar: %v", i, s)
		}
		if v := num(c.Option.item(i, 0)["value"]); !near(v, want) {
			t.Errorf("part %d = %v, want %v", i, v, want)
		}
	}
	if _, ok := style(c.Option.item(1, 0))["decal"]; !ok {
		t.Error("derived part not hatched")
	}
	if _, ok := style(c.Option.item(0, 0))["decal"]; ok {
		t.Error("stated part hatched")
	}
	if style(c.Option.item(1, 0))["borderColor"] != Ink || style(c.Option.item(0, 0))["borderColor"] == Ink {
		t.Error("selection emphasis on the wrong part")
	}
	ml, _ := c.Option.series(1)["markLine"].(map[string]any)
	lines, _ := ml["data"].([]any)
	if len(lines) != 1 || num(lines[0].(map[string]any)["xAxis"]) != 1400 {
		t.Errorf("total line = %v, want at 1400", ml["data"])
	}
	if l, _ := ml["label"].(map[string]any); !strings.Contains(l["formatter"].(string), "over 1,400") {
		t.Errorf("total line label = %v", l)
	}
	want := []string{"companies-russian-capital", "companies-fully-russian", "companies-joint-ventures"}
	if got := rowIDs(c.Table); !equal(got, want) {
		t.Errorf("rows = %v", got)
	}
	for _, r := range c.Table.Rows {
		if r.Derived != (r.ID == "companies-joint-ventures") || r.Selected != (r.ID == "companies-joint-ventures") {
			t.Errorf("row %s: derived=%v selected=%v", r.ID, r.Derived, r.Selected)
		}
	}
}

func TestCompositionExactPartsNotApproximate(t *testing.T) {
	v := func(x float64) *float64 { return &x }
	d := &data.Dataset{
		Source: data.Source{Sections: []data.Section{{ID: "s", Title: data.Text{"en": "Section"}}}},
		Figures: []data.Figure{
			{ID: "t", Label: data.Text{"en": "Total"}, Value: v(1), Unit: "usd", Scale: "billion", Period: "2023", Qualifier: "exact", Section: "s"},
			{ID: "a", Label: data.Text{"en": "A"}, Value: v(400), Unit: "usd", Scale: "million", Period: "2023", Qualifier: "exact", Section: "s"},
			{ID: "b", Label: data.Text{"en": "B"}, Value: v(600), Unit: "usd", Scale: "million", Period: "2023", Qualifier: "exact", Section: "s"},
		},
	}
	c, err := Composition(d, "en", "", "t", "a", "b")
	if err != nil {
		t.Fatal(err)
	}
	checkCommon(t, c, "$1 billion", "$400 million", "$600 million")
	if sub, _ := c.Option["title"].(map[string]any)["text"].(string); strings.Contains(sub, "approximate") {
		t.Errorf("exact parts called approximate: %q", sub)
	}
	// Parts are drawn in the total's scale.
	if v := num(c.Option.item(0, 0)["value"]); !near(v, 0.4) {
		t.Errorf("part a = %v billion, want 0.4", v)
	}
}

func TestCompositionErrors(t *testing.T) {
	d := dataset(t)
	_, err := Composition(d, "en", "", "companies-russian-capital", "companies-fully-russian", "nope")
	errorNames(t, err, "nope")
	_, err = Composition(d, "en", "", "nope-total", "companies-fully-russian")
	errorNames(t, err, "nope-total")
	_, err = Composition(d, "en", "", "companies-russian-capital", "trade-2023")
	errorNames(t, err, "trade-2023")
	_, err = Composition(d, "en", "", "oil-2019", "oil-2018-agreed")
	errorNames(t, err, "oil-2018-agreed")
}

// An "over" figure is drawn with an open end, as the bar charts draw one:
// the "over" part's segment fades out, the "over" total's line has a band
// fading out past it, labels keep "over", and the rows say so for the
// footnote; the "nearly" part is drawn solid.
func TestCompositionOverIsOpenEnded(t *testing.T) {
	d := dataset(t)
	c, err := Composition(d, "en", "", "companies-russian-capital", "companies-fully-russian", "companies-joint-ventures")
	if err != nil {
		t.Fatal(err)
	}
	fades := func(item map[string]any) bool {
		g, ok := style(item)["color"].(map[string]any)
		return ok && g["type"] == "linear"
	}
	if fades(c.Option.item(0, 0)) {
		t.Error("the “nearly 300” part fades: it is not open-ended")
	}
	if !fades(c.Option.item(1, 0)) {
		t.Error("the “over 1,100” part is drawn with a closed end")
	}
	if _, ok := style(c.Option.item(1, 0))["decal"]; !ok {
		t.Error("the derived open-ended part lost its hatching")
	}
	if l := labelText(c.Option.item(1, 0)); !strings.Contains(l, "over 1,100") {
		t.Errorf("open part label = %q, want it to keep “over”", l)
	}
	ma, _ := c.Option.series(1)["markArea"].(map[string]any)
	spans, _ := ma["data"].([]any)
	if len(spans) != 1 {
		t.Fatalf("total's open end = %v, want one band", ma)
	}
	span := spans[0].([]any)
	if from, to := num(span[0].(map[string]any)["xAxis"]), num(span[1].(map[string]any)["xAxis"]); from != 1400 || to <= 1400 {
		t.Errorf("total's band runs %v–%v, want from 1400 onwards", from, to)
	}
	open := map[string]bool{}
	for _, r := range c.Table.Rows {
		open[r.ID] = r.Open
	}
	if !open["companies-russian-capital"] || !open["companies-joint-ventures"] || open["companies-fully-russian"] {
		t.Errorf("open rows = %v, want the two “over” figures", open)
	}
}

// The article gives no joint-venture number: the "over 1,100" is ours,
// inferred from "over 1,400" and "nearly 300". Its open end must not be
// explained as the article's "over", in the tooltip or the table, in any
// language; a stated "over" still is.
func TestDerivedOpenEndIsOurInference(t *testing.T) {
	d := dataset(t)
	for _, lang := range []string{"en", "ru", "az"} {
		c, err := Composition(d, lang, "", "companies-russian-capital", "companies-fully-russian", "companies-joint-ventures")
		if err != nil {
			t.Fatal(err)
		}
		tip := tooltipText(c.Option.item(1, 0))
		if strings.Contains(tip, html.EscapeString(i18n.T(lang, "fig.open.title"))) {
			t.Errorf("%s: derived open end says the article says “over”: %q", lang, tip)
		}
		if !strings.Contains(tip, html.EscapeString(i18n.T(lang, "fig.open.derived.title"))) {
			t.Errorf("%s: derived open end does not say the “over” is ours: %q", lang, tip)
		}
		for _, r := range c.Table.Rows {
			hedge := r.Cells[3].Text
			inferred := strings.Contains(hedge, strings.TrimPrefix(i18n.T(lang, "chart.hedge.inferred"), "%s"))
			if r.ID == "companies-joint-ventures" && !inferred {
				t.Errorf("%s: joint ventures' hedge cell %q does not say it is our inference", lang, hedge)
			}
			if r.ID == "companies-russian-capital" && inferred {
				t.Errorf("%s: stated “over 1,400” called our inference: %q", lang, hedge)
			}
		}
		fb, err := FigureBars(d, lang, "", "investment-ru-az-2023")
		if err != nil {
			t.Fatal(err)
		}
		if tip := tooltipText(fb.Option.item(1, 0)); !strings.Contains(tip, html.EscapeString(i18n.T(lang, "fig.open.title"))) {
			t.Errorf("%s: stated “over” bar lost the article's “over”: %q", lang, tip)
		}
	}
}
