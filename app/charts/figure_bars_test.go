package charts

import (
	"strings"
	"testing"
)

func TestFigureBarsInvestmentInLargestScale(t *testing.T) {
	d := dataset(t)
	ids := []string{"investment-ru-az-2023", "investment-az-ru-2023", "fdi-ru-az-2023"}
	c, err := FigureBars(d, "en", "fdi-ru-az-2023", ids...)
	if err != nil {
		t.Fatal(err)
	}
	checkCommon(t, c, "over $8.7 billion", "over $1 billion", "$295 million")

	if ax := c.Option.axis("xAxis"); ax["type"] != "value" || ax["name"] != "billion US dollars" {
		t.Errorf("value axis = %v, want billion US dollars", ax)
	}
	ax := c.Option.axis("yAxis")
	if ax["type"] != "category" {
		t.Errorf("category axis type = %v", ax["type"])
	}
	cats, _ := ax["data"].([]any)
	want := []float64{8.7, 1, 0.295}
	labels := []string{"over $8.7 billion", "over $1 billion", "$295 million"}
	for i, id := range ids {
		// A name with a comma comes broken into lines (label_room.go).
		if len(cats) <= i || strings.ReplaceAll(cats[i].(string), "\n", " ") != mustFigure(t, d, id).Label.In("en") {
			t.Errorf("category %d = %v, want the label of %s", i, cats, id)
		}
		it := c.Option.item(1, i)
		if v := num(it["value"]); !near(v, want[i]) {
			t.Errorf("%s = %v billion, want %v", id, v, want[i])
		}
		// An "over" value carries its label on its open, fading end.
		open := strings.HasPrefix(labels[i], "over")
		labelled := it
		if open {
			labelled = c.Option.item(2, i)
			if labelText(it) != "" {
				t.Errorf("%s: the value's own end is labelled %q, as if it were the value", id, labelText(it))
			}
		}
		if got := labelText(labelled); got != labels[i] {
			t.Errorf("%s label = %q, want %q", id, got, labels[i])
		}
		if ext := c.Option.item(2, i)["value"]; open != (ext != "-" && num(ext) > 0) {
			t.Errorf("%s: open end %v, want one: %v", id, ext, open)
		}
		if c.Table.Rows[i].Open != open {
			t.Errorf("%s: row open = %v", id, c.Table.Rows[i].Open)
		}
		if (style(it)["borderColor"] == Ink) != (id == "fdi-ru-az-2023") {
			t.Errorf("%s: wrong emphasis %v", id, style(it))
		}
	}
	if got := rowIDs(c.Table); !equal(got, ids) {
		t.Errorf("rows = %v", got)
	}
	if got := selectedRows(c.Table); !equal(got, []string{"fdi-ru-az-2023"}) {
		t.Errorf("selected = %v", got)
	}
	if got := c.Table.Rows[2].Cells[5].Text; got != "0.295" {
		t.Errorf("charted cell = %q, want 0.295 (billion)", got)
	}
}

func TestFigureBarsTreatiesAndDerived(t *testing.T) {
	d := dataset(t)
	c, err := FigureBars(d, "en", "", "treaties-total", "treaties-economic")
	if err != nil {
		t.Fatal(err)
	}
	checkCommon(t, c, "over 170", "about 50")
	if got := labelText(c.Option.item(2, 0)); got != "over 170" {
		t.Errorf("label = %q", got)
	}
	if len(selectedRows(c.Table)) != 0 {
		t.Error("rows selected with no selection")
	}

	c, err = FigureBars(d, "en", "", "companies-fully-russian", "companies-joint-ventures")
	if err != nil {
		t.Fatal(err)
	}
	checkCommon(t, c, "nearly 300", "over 1,100")
	if _, ok := style(c.Option.item(1, 1))["decal"]; !ok {
		t.Error("derived joint ventures bar not hatched")
	}
	if _, ok := style(c.Option.item(1, 0))["decal"]; ok {
		t.Error("stated bar hatched")
	}
	if !c.Table.Rows[1].Derived || c.Table.Rows[0].Derived {
		t.Error("derived flags wrong")
	}
}

func TestFigureBarsRefuses(t *testing.T) {
	d := dataset(t)
	_, err := FigureBars(d, "en", "", "trade-2023", "nope-1", "nope-2")
	errorNames(t, err, "nope-1", "nope-2")
	_, err = FigureBars(d, "en", "", "trade-2023", "oil-2019")
	errorNames(t, err, "oil-2019")
	// A rank is a position; a bar would make it an amount.
	_, err = FigureBars(d, "en", "", "partner-rank-russia", "tourists-rank-russia-2023")
	errorNames(t, err, "partner-rank-russia")
}
