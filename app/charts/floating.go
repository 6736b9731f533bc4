package charts

import (
	"math"

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
	target   bool // an agreed or planned amount, not an outcome
}

// openEnded reports whether the source gives only a floor ("over 170"),
// which the bar must not present as its end.
func (it barItem) openEnded() bool {
	return it.fig != nil && it.fig.Value != nil && (it.fig.Qualifier == "over")
}

// openShare is how far past an open-ended value its fading end runs, as a
// share of the chart's largest value: enough to see, too short to be read
// as an amount.
const openShare = 0.08

// floatingBars draws figures as bars on a category axis, every one as an
// interval: an invisible base series holds the low end of a range, so a
// range floats from low to high instead of being reduced to a midpoint the
// source never stated. Stated values are solid, derived values hatched,
// gaps empty slots shaded and named. horizontal puts the categories on the
// y axis, where long figure labels fit.
func floatingBars(items []barItem, scale, axisName string, horizontal bool, selected, lang string) (Option, error) {
	cats, lows, vals, opens := barData(items, scale)
	b := base{Tooltip: itemTooltip(), Series: []series{
		{Name: "base", Type: types.ChartBar, Stack: "v", Data: lows},
		{Name: "value", Type: types.ChartBar, Stack: "v", Data: vals},
		{Name: "open", Type: types.ChartBar, Stack: "v", Data: opens},
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
	var narrowAxis []any
	if ax := o.axis(valueAxis); ax != nil {
		if horizontal {
			// Headroom past the highest value (12% of the data's span), so
			// the label beside the longest bar never meets the axis name;
			// fixed here, as ECharts would pick them, so localTicks can
			// write them. A phone's axis gets fewer ticks.
			lo, hi := stackExtent(lows, vals, opens)
			ax["min"] = 0
			ax["max"], ax["interval"] = autoTicks(lo, hi, 0.12, 5)
			top, step := autoTicks(lo, hi, 0.12, 2)
			narrowAxis = []any{map[string]any{"max": top, "interval": step}}
		} else {
			// Labels break into more lines on a phone, so its axis reaches higher.
			delete(ax, "boundaryGap")
			ax["min"] = 0
			ax["max"], ax["interval"] = niceTop([][]barItem{items}, scale, roomFor(lang, wideLabelWidth, wideLabelFont, singlePlotHeight))
			top, step := niceTop([][]barItem{items}, scale, roomFor(lang, narrowLabelWidth, narrowLabelFont, singlePlotHeight))
			narrowAxis = []any{map[string]any{"max": top, "interval": step}}
		}
	}
	if s := o.series(0); s != nil {
		// The base only lifts a range off zero; it must not be seen or hovered.
		s["itemStyle"] = map[string]any{"color": "transparent"}
		s["silent"] = true
		s["tooltip"] = map[string]any{"show": false}
		s["emphasis"] = map[string]any{"disabled": true}
	}
	// Labels are never hidden: on narrow screens they break into lines no
	// wider than a bar's slot instead of overprinting their neighbours.
	narrowSeries := []any{map[string]any{}}
	for i := 1; i <= 2; i++ {
		if s := o.series(i); s != nil {
			s["barMaxWidth"] = 56
			s["emphasis"] = map[string]any{"focus": "none"}
			if !horizontal {
				s["label"] = map[string]any{"width": wideLabelWidth, "overflow": "break"}
			}
		}
		narrowSeries = append(narrowSeries, map[string]any{"label": map[string]any{"width": narrowLabelWidth, "overflow": "break", "fontSize": narrowLabelFont}})
	}
	if !horizontal {
		// The gap's name turns upright to fit its slot.
		narrowSeries[1].(map[string]any)["markArea"] = map[string]any{"label": map[string]any{"rotate": 90, "fontSize": 10}}
		o.narrow(Option{"series": narrowSeries, "yAxis": narrowAxis})
	} else {
		o.narrow(Option{"xAxis": narrowAxis})
	}
	var gaps []int
	for i, it := range items {
		obj := o.item(1, i)
		switch {
		case obj == nil:
		case it.fig == nil:
			gaps = append(gaps, i)
		default:
			sel := selected != "" && it.fig.ID == selected
			styleBar(obj, it, horizontal, sel, lang)
			if it.openEnded() {
				styleOpenEnd(obj, o.item(2, i), it, horizontal, sel, lang)
			}
		}
	}
	if len(gaps) > 0 {
		o.markGaps(1, gaps, horizontal, i18n.T(lang, "fig.gap"))
	}
	return o, nil
}

// barData is the category names and the three stacked series: the invisible
// base (a range's low end, else nothing), the visible value (a value, or
// a range's length) and the fading open end of an "over" value. A gap is
// "-" in all, an empty slot.
func barData(items []barItem, scale string) (cats []string, lows, vals, opens []opts.BarData) {
	cats = make([]string, len(items))
	lows = make([]opts.BarData, len(items))
	vals = make([]opts.BarData, len(items))
	opens = make([]opts.BarData, len(items))
	top, _ := niceTop([][]barItem{items}, scale, nil)
	for i, it := range items {
		cats[i] = it.category
		lows[i] = opts.BarData{Value: "-"}
		vals[i] = opts.BarData{Value: "-"}
		opens[i] = opts.BarData{Value: "-"}
		if it.openEnded() {
			opens[i].Value = round(top * openShare)
		}
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
	return cats, lows, vals, opens
}

// stackExtent is the least and greatest value the three stacked series
// reach (ECharts' extent of a stacked axis: each item's running total).
func stackExtent(stacks ...[]opts.BarData) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for i := range stacks[0] {
		sum := 0.0
		for _, s := range stacks {
			if v, ok := s[i].Value.(float64); ok {
				sum += v
				lo, hi = math.Min(lo, sum), math.Max(hi, sum)
			}
		}
	}
	if math.IsInf(lo, 0) {
		return 0, 0
	}
	return lo, hi
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
		"formatter":  escapeTemplate(barLabel(*f, it.growth, it.target, lang)),
		"lineHeight": labelLineHeight,
	}
	if horizontal {
		label["position"] = "right"
	}
	if it.target {
		style = targetStyle(it.color)
	}
	if selected {
		style = emphasise(style)
		label["fontWeight"] = "bold"
	}
	if it.openEnded() {
		// The label stands past the fading end, where the bar stops being a
		// measurement.
		label = map[string]any{"show": false}
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
func barLabel(f data.Figure, growth *data.Figure, target bool, lang string) string {
	label := format.Shown(f, lang)
	if target {
		label += "\n" + i18n.T(lang, "fig.target")
	}
	if growth != nil {
		label += "\n" + growthText(*growth, lang)
	}
	return ownWordBreaks(label) // words ECharts would split start a line (label_room.go)
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
	s := it.category + ": " + format.Shown(*it.fig, lang)
	if it.growth != nil {
		s += " (" + growthText(*it.growth, lang) + ")"
	}
	if it.fig.Derived != nil {
		s += ", " + i18n.T(lang, "fig.derived")
	}
	if it.target {
		s += ", " + i18n.T(lang, "fig.target")
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
	if it.target {
		lines = append(lines, i18n.T(lang, "fig.target.title"))
	}
	if it.openEnded() {
		lines = append(lines, openTitle(*f, lang))
	}
	return append(lines, it.note)
}

// openTitle says why a bar fades out past its value: the article's "over",
// or, for a derived figure, our inference from its hedged inputs — the
// article gives no such number, so it cannot be said to say "over".
func openTitle(f data.Figure, lang string) string {
	if f.Derived != nil {
		return i18n.T(lang, "fig.open.derived.title")
	}
	return i18n.T(lang, "fig.open.title")
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
		"label":     chip(map[string]any{"show": true, "position": "inside", "formatter": escapeTemplate(label), "fontWeight": "bold"}),
		"data":      areas,
	}
}

// styleOpenEnd draws the open end of an "over" value (obj, its item in the
// open series): the bar's colour fading to nothing past the stated floor,
// carrying the bar's label, tooltip and id.
func styleOpenEnd(valueItem, obj map[string]any, it barItem, horizontal, selected bool, lang string) {
	if obj == nil {
		return
	}
	c := it.color
	grad := map[string]any{"type": "linear", "x": 0, "y": 1, "x2": 0, "y2": 0, "colorStops": []any{
		map[string]any{"offset": 0, "color": tint(c, 0.55)},
		map[string]any{"offset": 1, "color": tint(c, 0)},
	}}
	label := map[string]any{
		"show": true, "position": "top", "lineHeight": 16,
		"formatter": escapeTemplate(barLabel(*it.fig, it.growth, it.target, lang)),
	}
	if horizontal {
		grad["x"], grad["y"], grad["x2"], grad["y2"] = 0, 0, 1, 0
		label["position"] = "right"
	}
	if selected {
		label["fontWeight"] = "bold"
	}
	obj["itemStyle"] = map[string]any{"color": grad}
	obj["label"] = label
	obj[RefKey] = it.fig.ID
	obj["tooltip"] = valueItem["tooltip"]
}

// targetStyle draws an agreed or planned amount: outlined with dots and
// barely filled, unlike any outcome beside it.
func targetStyle(color string) map[string]any {
	return map[string]any{
		"color":       tint(color, 0.08),
		"borderColor": color,
		"borderWidth": 2,
		"borderType":  "dotted",
	}
}
