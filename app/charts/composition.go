package charts

import (
	"fmt"
	"math"
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
	if ax := o.axis("xAxis"); ax != nil {
		// The ticks ECharts would pick for the stack, fixed so localTicks
		// can write them in lang.
		sum, least := 0.0, math.Inf(1)
		for _, p := range parts {
			v, _, _ := p.In(scale)
			sum += v
			least = math.Min(least, sum)
		}
		ax["min"] = 0
		ax["max"], ax["interval"] = autoTicks(least, sum, 0, 5)
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
	o.narrowPartLabels(parts, total, scale)
	o.markTotal(len(parts)-1, total, scale, lang, selected == total.ID)
	o.localTicks(lang)

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
	o["grid"] = labelledGrid(16, 32, 100, 40)
	o.narrowComposition(title, subtitle, names)
	if ax := o.axis("yAxis"); ax != nil {
		ax["axisLabel"] = map[string]any{"show": false} // the title names the bar
		ax["axisTick"] = map[string]any{"show": false}
	}
}

// The narrow composition's layout, in px: the title's lines break within
// narrowTitleWidth (a 300 px chart's, less its margins).
const (
	narrowTitleWidth  = 280
	titleLineHeight   = 18
	subtitleHeight    = 20
	legendItemHeight  = 22
	totalChipRoom     = 28
	narrowLegendAfter = 6
)

// narrowComposition lays the composition out for a phone: the title broken
// into lines we count, the legend listing the parts one under the other
// below it (a pager would sit on its items, a wrapped row on the value
// axis' name), and the plot under the legend, with room for the total's
// chip above the bar.
func (o Option) narrowComposition(title, subtitle string, names []any) {
	wrapped := wrapAt(title, narrowTitleWidth, 14)
	text := escapeTemplate(wrapped)
	height := (strings.Count(wrapped, "\n") + 1) * titleLineHeight
	if subtitle != "" {
		sub := strings.Split(wrapAt(subtitle, narrowTitleWidth, 12), "\n")
		for _, l := range sub {
			text += "\n{sub|" + escapeTemplate(l) + "}"
		}
		height += len(sub) * subtitleHeight
	}
	legendTop := height + narrowLegendAfter
	o.narrow(Option{
		"title": map[string]any{"text": text, "textStyle": map[string]any{"lineHeight": titleLineHeight}},
		// A legend of another type is a new legend to ECharts: the whole of it.
		"legend": map[string]any{"show": true, "type": "plain", "orient": "vertical", "top": legendTop, "left": "center", "data": names},
		"grid":   map[string]any{"top": legendTop + len(names)*legendItemHeight + totalChipRoom},
	})
}

// narrowPlotWidth is the plot's width in the narrowest chart a page holds
// (a 320 px phone's: 300 px, less the grid's sides).
const narrowPlotWidth = 250

// narrowPartLabels moves above the bar, on a phone, the label of each
// segment too short to hold it, where it would be cut at both ends; it
// takes the theme's text colour there. ECharts replaces a series' data
// in a media query whole, so the moved items are copied whole.
func (o Option) narrowPartLabels(parts []*data.Figure, total *data.Figure, scale string) {
	axisMax, _ := niceTop([][]barItem{{{fig: total}}}, scale, nil)
	series := make([]any, len(parts))
	moved := false
	for i, p := range parts {
		series[i] = map[string]any{}
		obj := o.item(i, 0)
		if obj == nil {
			continue
		}
		label, _ := obj["label"].(map[string]any)
		text, _ := label["formatter"].(string)
		if v, _, _ := p.In(scale); v/axisMax*narrowPlotWidth >= textWidth(text, wideLabelFont)+8 {
			continue // it fits in its segment
		}
		above := map[string]any{"position": "top"}
		for _, k := range []string{"show", "formatter", "fontWeight"} {
			if x, ok := label[k]; ok {
				above[k] = x
			}
		}
		item := map[string]any{}
		for k, x := range obj {
			item[k] = x
		}
		item["label"] = above
		series[i] = map[string]any{"data": []any{item}}
		moved = true
	}
	if moved {
		o.narrow(Option{"series": series})
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
