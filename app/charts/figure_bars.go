package charts

import (
	"fmt"
	"strings"

	"bilateral/app/format"
	"bilateral/data"
)

// FigureBars draws figures of one unit side by side, one horizontal bar per
// figure on a category axis of their labels (long labels fit better down the
// side than under the bars). They are shown in the largest scale among them
// (295 million next to 8.7 billion becomes 0.295 billion), while each label
// keeps the figure as the source states and hedges it.
//
// Ranks are refused: a rank is a position, and a bar would turn it into an
// amount the source never gave.
func FigureBars(d *data.Dataset, lang, selected string, figureIDs ...string) (Chart, error) {
	if len(figureIDs) == 0 {
		return Chart{}, fmt.Errorf("no figures to draw")
	}
	figs, err := figuresOf(d, figureIDs)
	if err != nil {
		return Chart{}, err
	}
	unit := figs[0].Unit
	for _, f := range figs[1:] {
		if f.Unit != unit {
			return Chart{}, fmt.Errorf("figure %q is in %s, not %s like %q: bars must share a unit", f.ID, f.Unit, unit, figs[0].ID)
		}
	}
	if unit == "rank" {
		return Chart{}, fmt.Errorf("figures %s are ranks: a rank is a position, not an amount to draw as a bar", strings.Join(figureIDs, ", "))
	}
	scale := largestScale(figs)

	items := make([]barItem, len(figs))
	rows := make([]Row, len(figs))
	said := make([]string, len(figs))
	for i, f := range figs {
		items[i] = barItem{category: f.Label.In(lang), fig: f, color: Primary}
		rows[i] = figureRow(d, f, lang, scale, "")
		rows[i].Open = items[i].openEnded()
		said[i] = items[i].describe(lang) + " (" + format.Period(f.Period, lang) + ")"
	}
	axisName := format.UnitName(unit, scale, lang)
	o, err := floatingBars(items, scale, axisName, true, selected, lang)
	if err != nil {
		return Chart{}, err
	}
	desc := axisName + ": " + strings.Join(said, "; ") + "."
	o.frame(desc)
	// The labels are whole sentences; break them rather than let them run
	// off the left edge, and keep room on the right for the value labels.
	o["grid"] = labelledGrid(8, 120, 32, 40)
	if ax := o.axis("yAxis"); ax != nil {
		ax["inverse"] = true // first figure on top, as listed
		ax["axisLabel"] = map[string]any{"width": 200, "overflow": "break", "interval": 0, "lineHeight": 15}
		ax["axisTick"] = map[string]any{"show": false}
	}
	if ax := o.axis("xAxis"); ax != nil {
		ax["nameLocation"] = "middle"
		ax["nameGap"] = 28
	}
	// On a phone the labels take a narrower column and the value axis
	// fewer ticks, so the bars keep most of the width.
	narrowY := map[string]any{"axisLabel": map[string]any{"width": 104, "fontSize": 11, "lineHeight": 13}}
	if names := o.wrapCategories("yAxis", 200, 12, 104, 11); names != nil {
		narrowY["data"] = names
	}
	o.narrow(Option{
		"grid":  map[string]any{"left": 4, "right": 96},
		"yAxis": []any{narrowY},
		"series": []any{map[string]any{}, map[string]any{"label": map[string]any{"width": 88, "overflow": "break", "fontSize": 11}},
			map[string]any{"label": map[string]any{"width": 88, "overflow": "break", "fontSize": 11}}},
	})
	o.localTicks(lang)
	t := Table{Head: figureHead(lang, unit, scale), Rows: rows}
	t.markSelected(selected)
	return Chart{Option: o, Table: t, Description: desc}, nil
}

// figuresOf resolves figure ids, naming every unknown one at once.
func figuresOf(d *data.Dataset, ids []string) ([]*data.Figure, error) {
	figs := make([]*data.Figure, 0, len(ids))
	var unknown []string
	for _, id := range ids {
		f, ok := d.Figure(id)
		if !ok {
			unknown = append(unknown, fmt.Sprintf("%q", id))
			continue
		}
		figs = append(figs, f)
	}
	if len(unknown) > 0 {
		return nil, fmt.Errorf("unknown figure %s", strings.Join(unknown, ", "))
	}
	return figs, nil
}

// largestScale is the scale of the largest multiplier among the figures, so
// the axis reads "billion" rather than "thousand million".
func largestScale(figs []*data.Figure) string {
	best := ""
	for _, f := range figs {
		if data.Scales[f.Scale] > data.Scales[best] {
			best = f.Scale
		}
	}
	return best
}

// axis returns the first axis of the kind ("xAxis", "yAxis") as a map:
// base writes axes as lists (a map is accepted too).
func (o Option) axis(kind string) map[string]any {
	switch a := o[kind].(type) {
	case []any:
		if len(a) > 0 {
			m, _ := a[0].(map[string]any)
			return m
		}
	case map[string]any:
		return a
	}
	return nil
}
