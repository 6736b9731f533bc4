package charts

import (
	"fmt"
	"strings"

	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"

	"bilateral/app/format"
	"bilateral/app/i18n"
	"bilateral/data"
)

// Composition draws the parts that make up a total as one horizontal bar of
// stacked segments, with the total as the source states it in the title and
// as a marked line, so a reader sees whether the parts fill it. Parts are
// drawn in the total's scale; a derived part is hatched. When any part is
// hedged or derived, the title says the split is approximate.
func Composition(d *data.Dataset, lang, selected, totalID string, partIDs ...string) (Chart, error) {
	total, parts, approx, err := compositionFigures(d, totalID, partIDs)
	if err != nil {
		return Chart{}, err
	}
	scale := total.Scale
	unitName := format.UnitName(total.Unit, scale, lang)
	title := total.Label.In(lang) + ": " + format.Figure(*total, lang)

	b := base{
		Tooltip: itemTooltip(),
		XAxis:   []opts.XAxis{{Type: "value", Name: unitName, NameLocation: "middle", NameGap: 26}},
		YAxis:   []opts.YAxis{{Type: "category", Data: []string{total.Label.In(lang)}}},
	}
	for _, p := range parts {
		v, _, _ := p.In(scale)
		b.Series = append(b.Series, series{
			Name: p.Label.In(lang), Type: types.ChartBar, Stack: "parts",
			Data: []opts.BarData{{Value: round(v)}},
		})
	}
	o, err := b.option()
	if err != nil {
		return Chart{}, err
	}

	rows := []Row{figureRow(d, total, lang, scale, "")}
	rows[0].Open = barItem{fig: total}.openEnded()
	said := make([]string, len(parts))
	names := make([]any, len(parts))
	for i, p := range parts {
		it := barItem{category: p.Label.In(lang), fig: p}
		row := figureRow(d, p, lang, scale, "")
		row.Open = it.openEnded()
		rows = append(rows, row)
		said[i] = it.describe(lang)
		names[i] = p.Label.In(lang)
		o.stylePart(i, it, lang, p.ID == selected)
	}

	desc := title + ". " + strings.Join(said, "; ") + "."
	subtitle := ""
	if approx {
		subtitle = i18n.T(lang, "chart.split.approx")
		desc += " " + subtitle + "."
	}
	o.frame(desc)
	o.compositionFrame(title, subtitle, names)
	o.markTotal(len(parts)-1, total, scale, lang, selected == total.ID)

	t := Table{Head: figureHead(lang, total.Unit, scale), Rows: rows}
	t.markSelected(selected)
	return Chart{Option: o, Table: t, Description: desc, Height: 240}, nil
}

// compositionFigures looks up the total and its parts and refuses what
// cannot be stacked honestly; approx says whether any part is hedged or
// derived.
func compositionFigures(d *data.Dataset, totalID string, partIDs []string) (total *data.Figure, parts []*data.Figure, approx bool, err error) {
	if len(partIDs) == 0 {
		return nil, nil, false, fmt.Errorf("total %q: no parts to draw", totalID)
	}
	all, err := figuresOf(d, append([]string{totalID}, partIDs...))
	if err != nil {
		return nil, nil, false, err
	}
	total, parts = all[0], all[1:]
	if total.IsRange() {
		return nil, nil, false, fmt.Errorf("total %q is a range: there is no single length to split", total.ID)
	}
	for _, p := range parts {
		if p.Unit != total.Unit {
			return nil, nil, false, fmt.Errorf("part %q is in %s, the total %q in %s", p.ID, p.Unit, total.ID, total.Unit)
		}
		if p.IsRange() {
			return nil, nil, false, fmt.Errorf("part %q is a range: a range cannot be stacked without inventing where it ends", p.ID)
		}
		approx = approx || hedged(p) || p.Derived != nil
	}
	return total, parts, approx, nil
}

// stylePart colours part i's segment (hatched when derived, emphasised when
// selected) and writes its label inside it.
func (o Option) stylePart(i int, it barItem, lang string, selected bool) {
	color := colorAt(i)
	style := solidStyle(color)
	if it.fig.Derived != nil {
		style = derivedStyle(color)
	}
	fill, _ := style["color"].(string)
	if it.openEnded() && fill != "" {
		// An "over" value has no stated end: its segment fades out towards
		// where the number stops, as the bar charts draw it (a derived one
		// keeps its hatching); its label keeps "over".
		style["color"] = map[string]any{"type": "linear", "x": 0, "y": 0, "x2": 1, "y2": 0,
			"colorStops": []any{
				map[string]any{"offset": 0, "color": fill},
				map[string]any{"offset": 0.7, "color": fill},
				map[string]any{"offset": 1, "color": tint(fill, 0.3)},
			}}
	}
	label := map[string]any{
		"show": true, "position": "inside", "color": inkOn(fill),
		"formatter": escapeTemplate(barLabel(*it.fig, nil, false, lang)),
	}
	if it.openEnded() && fill != "" {
		// The label sits on its own box of the segment's solid colour: what
		// is behind it fades, and in the dark theme fades to a dark card.
		label["backgroundColor"] = fill
		label["padding"] = []any{1, 4}
		label["borderRadius"] = 3
	}
	if selected {
		style = emphasise(style)
		label["fontWeight"] = "bold"
	}
	s := o.series(i)
	s["barMaxWidth"] = 64
	s["itemStyle"] = map[string]any{"color": color}
	if obj := o.item(i, 0); obj != nil {
		obj["itemStyle"] = style
		obj["label"] = label
		obj["tooltip"] = tooltipOf(barTooltip(it, lang)...)
	}
}

// compositionFrame puts the total in the title, the parts in the legend, and
// leaves the bar unlabelled on its axis: the title names it.
func (o Option) compositionFrame(title, subtitle string, names []any) {
	o["title"] = map[string]any{
		"show": true, "left": "center", "top": 0,
		"text": escapeTemplate(title),
		// No colours: the theme gives the title text that reads on its page
		// (a subtext would take the theme's fainter grey, under AA).
		"textStyle": map[string]any{"fontSize": 14, "fontWeight": "bold",
			"rich": map[string]any{"sub": map[string]any{"fontSize": 12, "fontWeight": "normal", "lineHeight": 20}}},
	}
	if subtitle != "" {
		o["title"].(map[string]any)["text"] = escapeTemplate(title) + "\n{sub|" + escapeTemplate(subtitle) + "}"
	}
	o["legend"] = map[string]any{"show": true, "type": "scroll", "top": 48, "left": "center", "data": names}
	// On a phone the legend wraps onto lines rather than paging, whose
	// pager would sit on its items.
	o.narrow(Option{"legend": map[string]any{"type": "plain"}, "grid": map[string]any{"top": 130}})
	o["grid"] = labelledGrid(16, 32, 100, 40)
	if ax := o.axis("yAxis"); ax != nil {
		ax["axisLabel"] = map[string]any{"show": false} // the title names the bar
		ax["axisTick"] = map[string]any{"show": false}
	}
}

// markTotal draws the stated total as a line across the stacked bar, so
// parts that fall short of it or overrun it show as such.
func (o Option) markTotal(series int, total *data.Figure, scale, lang string, selected bool) {
	s := o.series(series)
	if s == nil {
		return
	}
	v, _, _ := total.In(scale)
	width := 2
	if selected {
		width = 4
	}
	text := i18n.T(lang, "chart.total") + ": " + format.Figure(*total, lang)
	s["markLine"] = map[string]any{
		"symbol":    []any{"none", "none"},
		"silent":    false,
		"lineStyle": map[string]any{"color": Rule, "type": "solid", "width": width},
		"label":     chip(map[string]any{"show": true, "position": "end", "formatter": escapeTemplate(text)}),
		"tooltip":   tooltipOf(total.Label.In(lang), format.Period(total.Period, lang)+": "+format.Figure(*total, lang)),
		"data":      []any{map[string]any{"xAxis": round(v)}},
	}
	if (barItem{fig: total}).openEnded() {
		// "Over" the total: the line is where the stated number stops, and
		// a band fading out past it says the true total runs on.
		s["markArea"] = map[string]any{
			"silent": true,
			"itemStyle": map[string]any{"color": map[string]any{"type": "linear", "x": 0, "y": 0, "x2": 1, "y2": 0,
				"colorStops": []any{
					map[string]any{"offset": 0, "color": tint(Rule, 0.45)},
					map[string]any{"offset": 1, "color": tint(Rule, 0)},
				}}},
			"data": []any{[]any{map[string]any{"xAxis": round(v)}, map[string]any{"xAxis": round(v * (1 + openShare))}}},
		}
	}
}
