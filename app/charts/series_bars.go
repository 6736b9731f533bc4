package charts

import (
	"fmt"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"

	"bilateral/app/format"
	"bilateral/app/i18n"
	"bilateral/data"
)

// bar is one category of a SeriesBars chart, already resolved from the dataset.
type bar struct {
	category string
	fig      *data.Figure // nil for a gap
	growth   *data.Figure // the stated growth that led to this value, if any
	gapNote  string
}

// SeriesBars draws one or more dataset series as bars on one category axis:
// stated values solid, derived values hatched, ranges as floating bars and
// gaps as shaded, labelled empty slots — never zeros.
func SeriesBars(d *data.Dataset, lang string, seriesIDs ...string) (Option, error) {
	var bars []bar
	var unit, scale string
	for _, id := range seriesIDs {
		s, ok := d.SeriesByID(id)
		if !ok {
			return nil, fmt.Errorf("unknown series %q", id)
		}
		if unit == "" {
			unit, scale = s.Unit, s.Scale
		} else if s.Unit != unit || s.Scale != scale {
			return nil, fmt.Errorf("series %q is in %s %s, not %s %s", id, s.Scale, s.Unit, scale, unit)
		}
		for _, p := range s.Points {
			b := bar{category: format.Period(p.Period, lang), gapNote: p.Note.In(lang)}
			if !p.Gap {
				f, ok := d.Figure(p.Figure)
				if !ok {
					return nil, fmt.Errorf("series %q: unknown figure %q", id, p.Figure)
				}
				b.fig = f
				b.growth = growthOf(d, f.ID)
			}
			bars = append(bars, b)
		}
	}

	cats := make([]string, len(bars))
	base := make([]opts.BarData, len(bars))
	vals := make([]opts.BarData, len(bars))
	var desc []string
	var gaps []string
	for i, b := range bars {
		cats[i] = b.category
		base[i] = opts.BarData{Value: "-"}
		if b.fig == nil {
			vals[i] = opts.BarData{Value: "-"}
			gaps = append(gaps, b.category)
			desc = append(desc, b.category+": "+i18n.T(lang, "fig.gap"))
			continue
		}
		f := b.fig
		text := format.Figure(*f, lang)
		if b.growth != nil {
			text += " (+" + format.Amount(*b.growth, lang) + ")"
		}
		if f.Derived != nil {
			text += " · " + i18n.T(lang, "fig.derived")
		}
		tip := b.category + ": " + text
		_, low, high := f.In(scale)
		if f.Value != nil {
			v, _, _ := f.In(scale)
			vals[i] = opts.BarData{Value: round(v), Tooltip: &opts.Tooltip{Formatter: types.FuncStr(escapeTemplate(tip))}}
		} else {
			base[i] = opts.BarData{Value: round(low)}
			vals[i] = opts.BarData{Value: round(high - low), Tooltip: &opts.Tooltip{Formatter: types.FuncStr(escapeTemplate(tip))}}
		}
		vals[i].Label = &opts.Label{Show: opts.Bool(true), Position: "top", Formatter: escapeTemplate(shortLabel(*f, b.growth, lang))}
		desc = append(desc, tip)
	}

	c := charts.NewBar()
	c.SetGlobalOptions(
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item"}),
		charts.WithYAxisOpts(opts.YAxis{Name: format.UnitName(unit, scale, lang), NameLocation: "end"}),
	)
	c.SetXAxis(cats).
		AddSeries("base", base, charts.WithBarChartOpts(opts.BarChart{Stack: "v"})).
		AddSeries("value", vals, charts.WithBarChartOpts(opts.BarChart{Stack: "v"}))
	o, err := fromChart(c)
	if err != nil {
		return nil, err
	}
	o.frame(strings.Join(desc, "; ") + ".")
	if s := o.series(0); s != nil {
		s["itemStyle"] = map[string]any{"color": "transparent"}
		s["silent"] = true
		s["tooltip"] = map[string]any{"show": false}
	}
	if s := o.series(1); s != nil {
		s["barMaxWidth"] = 56
	}
	for i, b := range bars {
		if b.fig == nil {
			continue
		}
		if lbl, ok := o.item(1, i)["label"].(map[string]any); ok {
			lbl["lineHeight"] = 16
		}
		if it := o.item(1, i); it != nil && b.fig.Derived != nil {
			it["itemStyle"] = derivedStyle(Primary)
		}
		if it := o.item(1, i); it != nil && b.fig.Value == nil {
			it["itemStyle"] = rangeStyle(Primary)
		}
	}
	if len(gaps) > 0 {
		o.markGaps(1, gaps, i18n.T(lang, "fig.gap"))
	}
	return o, nil
}

// growthOf finds the stated growth rate that a derived base was computed
// from, when id is the later value of such a pair: the growth belongs on the
// later bar's label.
func growthOf(d *data.Dataset, id string) *data.Figure {
	for i := range d.Figures {
		f := &d.Figures[i]
		if f.Derived == nil || f.Derived.Formula != "base-from-growth" || len(f.Derived.Inputs) != 2 {
			continue
		}
		if f.Derived.Inputs[0] == id {
			g, _ := d.Figure(f.Derived.Inputs[1])
			return g
		}
	}
	return nil
}

// shortLabel is what stands on a bar: the hedged number without the unit
// (the axis names it), and the growth where the source gives one.
func shortLabel(f data.Figure, growth *data.Figure, lang string) string {
	var num string
	if f.Value != nil {
		num = format.Plain(*f.Value)
	} else {
		num = format.Plain(*f.Low) + "–" + format.Plain(*f.High)
	}
	label := strings.TrimSpace(i18n.T(lang, "q."+f.Qualifier) + " " + num)
	if growth != nil {
		label += "\n+" + format.Amount(*growth, lang)
	}
	return label
}

// markGaps shades the categories the source does not report and names them,
// so a missing year reads as missing, not as zero.
func (o Option) markGaps(series int, categories []string, label string) {
	s := o.series(series)
	if s == nil {
		return
	}
	var areas []any
	for _, c := range categories {
		areas = append(areas, []any{map[string]any{"xAxis": c}, map[string]any{"xAxis": c}})
	}
	s["markArea"] = map[string]any{
		"silent":    true,
		"itemStyle": map[string]any{"color": "rgba(120,120,120,0.14)"},
		"label":     map[string]any{"show": true, "position": "inside", "formatter": escapeTemplate(label), "color": "#555"},
		"data":      areas,
	}
}

// rangeStyle draws an agreed range as an outlined floating bar.
func rangeStyle(color string) map[string]any {
	return map[string]any{
		"color":       "rgba(0,114,178,0.18)",
		"borderColor": color,
		"borderWidth": 2,
	}
}

// escapeTemplate keeps ECharts from reading braces in our text as template
// placeholders ({a}, {b}, …).
func escapeTemplate(s string) string {
	return strings.NewReplacer("{", "(", "}", ")").Replace(s)
}

func round(v float64) float64 {
	const p = 1e6
	return float64(int64(v*p+0.5)) / p
}
