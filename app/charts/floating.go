package charts

import (
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"

	"bilateral/app/format"
	"bilateral/app/i18n"
	"bilateral/data"
)

// barItem is one category of a bar chart of figures, already resolved.
type barItem struct {
	category string
	fig      *data.Figure // nil for a period the source does not report
	growth   *data.Figure // a stated growth rate that ends at this value
	note     string       // what the chart's point says about the figure
	color    string
}

// floatingBars draws figures as bars on a category axis, every one as an
// interval: an invisible base series holds the low end of a range, so a
// range floats from low to high instead of being reduced to a midpoint the
// source never stated. Stated values are solid, derived values hatched,
// gaps empty slots shaded and named. horizontal puts the categories on the
// y axis, where long figure labels fit.
func floatingBars(items []barItem, scale, axisName string, horizontal bool, selected, lang string) (Option, error) {
	cats, lows, vals := barData(items, scale)
	b := base{Tooltip: itemTooltip(), Series: []series{
		{Name: "base", Type: types.ChartBar, Stack: "v", Data: lows},
		{Name: "value", Type: types.ChartBar, Stack: "v", Data: vals},
	}}
	valueAxis := "yAxis"
	if horizontal {
		valueAxis = "xAxis"
		b.XAxis = []opts.XAxis{{Type: "value", Name: axisName, NameLocation: "end"}}
		b.YAxis = []opts.YAxis{{Type: "category", Data: cats}}
	} else {
		b.XAxis = []opts.XAxis{{Type: "category", Data: cats}}
		b.YAxis = []opts.YAxis{{Type: "value", Name: axisName, NameLocation: "end"}}
	}
	o, err := b.option()
	if err != nil {
		return nil, err
	}
	if ax := o.axis(valueAxis); ax != nil {
		// Headroom past the highest value, so the label above the tallest
		// bar (or the top of a range) never meets the axis name.
		ax["boundaryGap"] = []any{0, "12%"}
	}
	if s := o.series(0); s != nil {
		// The base only lifts a range off zero; it must not be seen or hovered.
		s["itemStyle"] = map[string]any{"color": "transparent"}
		s["silent"] = true
		s["tooltip"] = map[string]any{"show": false}
		s["emphasis"] = map[string]any{"disabled": true}
	}
	if s := o.series(1); s != nil {
		s["barMaxWidth"] = 56
		// On a narrow screen labels of neighbouring bars would overprint;
		// ECharts hides the ones that collide (the tooltip and table keep them).
		s["labelLayout"] = map[string]any{"hideOverlap": true}
		s["emphasis"] = map[string]any{"focus": "none"}
	}
	var gaps []int
	for i, it := range items {
		obj := o.item(1, i)
		switch {
		case obj == nil:
		case it.fig == nil:
			gaps = append(gaps, i)
		default:
			styleBar(obj, it, horizontal, selected != "" && it.fig.ID == selected, lang)
		}
	}
	if len(gaps) > 0 {
		o.markGaps(1, gaps, horizontal, i18n.T(lang, "fig.gap"))
	}
	return o, nil
}

// barData is the category names and the two stacked series: the invisible
// base (a range's low end, else nothing) and the visible value (a value, or
// a range's length). A gap is "-" in both, an empty slot.
func barData(items []barItem, scale string) (cats []string, lows, vals []opts.BarData) {
	cats = make([]string, len(items))
	lows = make([]opts.BarData, len(items))
	vals = make([]opts.BarData, len(items))
	for i, it := range items {
		cats[i] = it.category
		lows[i] = opts.BarData{Value: "-"}
		vals[i] = opts.BarData{Value: "-"}
		if it.fig == nil {
			continue
		}
		v, low, high := it.fig.In(scale)
		if it.fig.Value != nil {
			vals[i].Value = round(v)
		} else {
			lows[i].Value = round(low)
			vals[i].Value = round(high - low)
		}
	}
	return cats, lows, vals
}

// styleBar styles one reported bar (obj, its data item): solid when stated,
// hatched when derived, a range drawn as one; labelled with the figure as
// hedged; emphasised when selected; and carrying the figure's id for clicks.
func styleBar(obj map[string]any, it barItem, horizontal, selected bool, lang string) {
	f := it.fig
	style := solidStyle(it.color)
	switch {
	case f.Derived != nil:
		style = derivedStyle(it.color)
	case f.Value == nil:
		style = rangeStyle(it.color)
	}
	label := map[string]any{
		"show":       true,
		"position":   "top",
		"formatter":  escapeTemplate(barLabel(*f, it.growth, lang)),
		"lineHeight": 16,
	}
	if horizontal {
		label["position"] = "right"
	}
	if selected {
		style = emphasise(style)
		label["fontWeight"] = "bold"
	}
	obj["itemStyle"] = style
	obj["label"] = label
	obj[RefKey] = f.ID
	obj["tooltip"] = tooltipOf(barTooltip(it, lang)...)
}

// barLabel is what stands by a bar: the figure as the source hedges it and
// the growth it grew by. A derived bar says so by its hatching, its tooltip,
// its table row and the chart's footnote, which keeps labels short enough to
// fit narrow screens.
func barLabel(f data.Figure, growth *data.Figure, lang string) string {
	label := format.Figure(f, lang)
	if growth != nil {
		label += "\n" + growthText(*growth, lang)
	}
	return label
}

// growthText writes a stated growth rate as a change ("+17.5%"), keeping
// its hedge.
func growthText(g data.Figure, lang string) string {
	sign := "+"
	if g.Value != nil && *g.Value < 0 {
		sign = ""
	}
	return format.Hedged(g.Qualifier, sign+format.Amount(g, lang), lang)
}

// describe is how one bar reads aloud and in the chart's description.
func (it barItem) describe(lang string) string {
	if it.fig == nil {
		return it.category + ": " + i18n.T(lang, "fig.gap")
	}
	s := it.category + ": " + format.Figure(*it.fig, lang)
	if it.growth != nil {
		s += " (" + growthText(*it.growth, lang) + ")"
	}
	if it.fig.Derived != nil {
		s += ", " + i18n.T(lang, "fig.derived")
	}
	return s
}

func barTooltip(it barItem, lang string) []string {
	f := it.fig
	lines := []string{f.Label.In(lang), format.Period(f.Period, lang) + ": " + format.Figure(*f, lang)}
	if it.growth != nil {
		lines = append(lines, growthText(*it.growth, lang))
	}
	if f.Derived != nil {
		lines = append(lines, i18n.T(lang, "fig.derived.title"))
	}
	return append(lines, it.note)
}

// markGaps shades the categories the source does not report and names them,
// so a missing period reads as missing, not as zero. Categories are given by
// index, which stays right even if two categories share a label.
func (o Option) markGaps(series int, categories []int, horizontal bool, label string) {
	s := o.series(series)
	if s == nil {
		return
	}
	axis := "xAxis"
	if horizontal {
		axis = "yAxis"
	}
	var areas []any
	for _, c := range categories {
		areas = append(areas, []any{map[string]any{axis: c}, map[string]any{axis: c}})
	}
	s["markArea"] = map[string]any{
		"silent":    true,
		"itemStyle": map[string]any{"color": "rgba(120,120,120,0.14)"},
		"label":     map[string]any{"show": true, "position": "inside", "formatter": escapeTemplate(label), "color": "#6b6b6b", "fontWeight": "bold"},
		"data":      areas,
	}
}
