//go:build !wasm

package preview

import (
	"image/color"
	"strconv"
	"strings"

	"bilateral/app/charts"
)

// plot is a chart reduced to what the picture draws, read from the very
// ECharts option and table the page shows: bars with their labels and
// styles, or marks on a timeline. Anything else (the network) has no plot.
type plot struct {
	bars       []bar
	horizontal bool
	axis       string // the value axis's name: the unit

	lanes    []string
	min, max float64 // the time axis, epoch ms
	marks    []mark
}

// bar is one category of a bar chart.
type bar struct {
	category  string
	low, high float64
	label     string // as the chart labels it: the figure as stated
	gap       bool   // the source reports nothing for this period
	fill      color.RGBA
	border    color.RGBA
	dashed    bool // derived
	selected  bool
}

// mark is one event on a timeline: a dot, or a period from start to end.
type mark struct {
	lane       int
	start, end float64
	period     bool
	color      color.RGBA
	selected   bool
}

// plotOf reads c's option. The option is JSON data (maps, slices, float64),
// so every read is checked and an unexpected shape gives no plot rather
// than a wrong one.
func plotOf(c *charts.Chart) *plot {
	if c == nil {
		return nil
	}
	o := c.Option
	list, _ := o["series"].([]any)
	if len(list) == 0 {
		return nil
	}
	first, _ := list[0].(map[string]any)
	switch {
	case axisType(o, "xAxis") == "time":
		return timelinePlot(c, list)
	case first["type"] == "bar" && first["name"] == "base" && len(list) >= 2:
		return floatingPlot(c, list)
	case first["type"] == "bar":
		return stackPlot(c, list)
	}
	return nil
}

func axis(o charts.Option, kind string) map[string]any { return axisAt(o, kind, 0) }

// axisAt is axis k of the kind: a chart of panels has one a panel.
func axisAt(o charts.Option, kind string, k int) map[string]any {
	switch a := o[kind].(type) {
	case []any:
		if k < len(a) {
			m, _ := a[k].(map[string]any)
			return m
		}
	case map[string]any:
		if k == 0 {
			return a
		}
	}
	return nil
}

func axisType(o charts.Option, kind string) string {
	t, _ := axis(o, kind)["type"].(string)
	return t
}

func strs(v any) []string {
	list, _ := v.([]any)
	out := make([]string, 0, len(list))
	for _, x := range list {
		s, _ := x.(string)
		out = append(out, s)
	}
	return out
}

func items(series any) []map[string]any {
	s, _ := series.(map[string]any)
	list, _ := s["data"].([]any)
	out := make([]map[string]any, len(list))
	for i, x := range list {
		out[i], _ = x.(map[string]any)
	}
	return out
}

// num reads a data value: a number, or "-" (no value) as false.
func num(v any) (float64, bool) {
	f, ok := v.(float64)
	return f, ok
}

func str(m map[string]any, keys ...string) string {
	for i, k := range keys {
		if i == len(keys)-1 {
			s, _ := m[k].(string)
			return s
		}
		m, _ = m[k].(map[string]any)
	}
	return ""
}

// floatingPlot reads the floating bars of charts.Bars and FigureBars: an
// invisible base series lifts each value series' bar to its low end, and
// an "over" value's label stands on its open end (a third series). Bars
// of several panels (a base, value and open series each, on axes of their
// own) are read panel after panel.
func floatingPlot(c *charts.Chart, list []any) *plot {
	o := c.Option
	p := &plot{horizontal: axisType(o, "yAxis") == "category"}
	catKind, valueKind := "xAxis", "yAxis"
	if p.horizontal {
		catKind, valueKind = valueKind, catKind
	}
	p.axis, _ = axis(o, valueKind)["name"].(string)
	per := 2
	if len(list) >= 3 {
		if s, _ := list[2].(map[string]any); s["name"] == "open" {
			per = 3
		}
	}
	for k := 0; per*k+1 < len(list); k++ {
		base, vals := items(list[per*k]), items(list[per*k+1])
		var opens []map[string]any
		if per == 3 {
			opens = items(list[per*k+2])
		}
		for i, name := range strs(axisAt(o, catKind, k)["data"]) {
			b := bar{category: name}
			if i >= len(vals) || vals[i] == nil {
				continue
			}
			v, ok := num(vals[i]["value"])
			if !ok {
				b.gap = true
				p.bars = append(p.bars, b)
				continue
			}
			if i < len(base) && base[i] != nil {
				b.low, _ = num(base[i]["value"])
			}
			b.high = b.low + v
			b.label = str(vals[i], "label", "formatter")
			if i < len(opens) && opens[i] != nil {
				if l := str(opens[i], "label", "formatter"); l != "" {
					b.label = l
				}
			}
			styled(&b, vals[i])
			p.bars = append(p.bars, b)
		}
	}
	return p
}

// stackPlot reads charts.Composition: one series a part, each one bar.
func stackPlot(c *charts.Chart, list []any) *plot {
	p := &plot{horizontal: true, axis: str(axis(c.Option, "xAxis"), "name")}
	for _, s := range list {
		m, _ := s.(map[string]any)
		it := items(s)
		if len(it) == 0 || it[0] == nil {
			continue
		}
		v, ok := num(it[0]["value"])
		if !ok {
			continue
		}
		b := bar{high: v, label: str(it[0], "label", "formatter")}
		b.category, _ = m["name"].(string)
		styled(&b, it[0])
		p.bars = append(p.bars, b)
	}
	return p
}

// styled copies an item's fill, border and dash, and whether it is the
// selected one (charts mark it with the ink border).
func styled(b *bar, item map[string]any) {
	st, _ := item["itemStyle"].(map[string]any)
	fill, _ := st["color"].(string)
	border, _ := st["borderColor"].(string)
	b.fill = parseColor(fill, parseColor(charts.Primary, color.RGBA{}))
	b.border = parseColor(border, b.fill)
	b.dashed = st["borderType"] == "dashed"
	b.selected = border == charts.Ink
}

// timelinePlot reads charts.Timeline: dots (scatter items [ms, lane]) and
// periods (two-point lines).
func timelinePlot(c *charts.Chart, list []any) *plot {
	o := c.Option
	x := axis(o, "xAxis")
	p := &plot{lanes: strs(axis(o, "yAxis")["data"])}
	p.min, _ = num(x["min"])
	p.max, _ = num(x["max"])
	for _, s := range list {
		m, _ := s.(map[string]any)
		seriesColor := parseColor(str(m, "itemStyle", "color"), parseColor(charts.Primary, color.RGBA{}))
		its := items(s)
		at := func(it map[string]any) (float64, int, bool) {
			v, _ := it["value"].([]any)
			if len(v) != 2 {
				return 0, 0, false
			}
			ms, ok1 := num(v[0])
			lane, ok2 := num(v[1])
			return ms, int(lane), ok1 && ok2
		}
		switch m["type"] {
		case "scatter":
			for _, it := range its {
				ms, lane, ok := at(it)
				if ok {
					p.marks = append(p.marks, mark{lane: lane, start: ms, end: ms, color: seriesColor,
						selected: str(it, "itemStyle", "borderColor") == charts.Ink})
				}
			}
		case "line":
			if len(its) == 2 {
				a, lane, ok1 := at(its[0])
				b, _, ok2 := at(its[1])
				if ok1 && ok2 {
					p.marks = append(p.marks, mark{lane: lane, start: a, end: b, period: true, color: seriesColor,
						selected: str(its[0], "itemStyle", "borderColor") == charts.Ink})
				}
			}
		}
	}
	if p.max <= p.min {
		for i, mk := range p.marks {
			if i == 0 || mk.start < p.min {
				p.min = mk.start
			}
			if i == 0 || mk.end > p.max {
				p.max = mk.end
			}
		}
		p.max++
	}
	return p
}

// parseColor reads "#rrggbb" and "rgba(r,g,b,a)" as the charts write them,
// an rgba as its colour over the picture's background.
func parseColor(s string, fallback color.RGBA) color.RGBA {
	s = strings.TrimSpace(s)
	if len(s) == 7 && s[0] == '#' {
		if n, err := strconv.ParseUint(s[1:], 16, 32); err == nil {
			return color.RGBA{uint8(n >> 16), uint8(n >> 8), uint8(n), 0xff}
		}
	}
	if inner, ok := strings.CutPrefix(s, "rgba("); ok {
		parts := strings.Split(strings.TrimSuffix(inner, ")"), ",")
		if len(parts) == 4 {
			var v [4]float64
			for i, p := range parts {
				f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
				if err != nil {
					return fallback
				}
				v[i] = f
			}
			mix := func(c float64, bg uint8) uint8 { return uint8(c*v[3] + float64(bg)*(1-v[3]) + 0.5) }
			return color.RGBA{mix(v[0], background.R), mix(v[1], background.G), mix(v[2], background.B), 0xff}
		}
	}
	return fallback
}
