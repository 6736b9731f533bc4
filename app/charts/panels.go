package charts

import (
	"math"
	"strconv"
	"strings"
)

// panelTitleWidth is the width, in pixels, a panel's title breaks at on a
// narrow chart: a panel is half of a 375 px phone's chart (~150 px), less a
// gap so two centred titles never touch (Russian ones are the longest).
// Wider charts break titles at wideTitleWidth, so a desktop title (and the
// SVG downloaded from it) keeps its words on one line.
const (
	panelTitleWidth = 136
	wideTitleWidth  = 240
)

// panelTop leaves room above the plots for a two-line panel title and the
// value axis' name.
const panelTop = 84

// panelBars draws each group as its own vertical floating-bar panel, side
// by side, on one value scale, so bars of different panels compare by
// height while their periods are never mistaken for neighbours.
func panelBars(groups [][]barItem, scale, axisName, selected, lang string) (Option, error) {
	top, step := niceTop(groups, scale, roomFor(lang, wideLabelWidth, wideLabelFont, panelPlotHeight))
	narrowTop, narrowStep := niceTop(groups, scale, roomFor(lang, narrowPanelWidth, narrowLabelFont, panelPlotHeight))
	out := Option{}
	var xs, ys, ss, narrowSeries, narrowYs []any
	for k, g := range groups {
		o, err := floatingBars(g, scale, axisName, false, selected, lang)
		if err != nil {
			return nil, err
		}
		if out["tooltip"] == nil {
			out["tooltip"] = o["tooltip"]
		}
		x, y := o.axis("xAxis"), o.axis("yAxis")
		x["gridIndex"], y["gridIndex"] = k, k
		delete(y, "boundaryGap")
		y["min"], y["max"], y["interval"] = 0, top, step
		if k > 0 {
			// One scale, named once.
			delete(y, "name")
		} else {
			// Run the name rightwards from the axis, not off the left edge.
			y["nameTextStyle"] = map[string]any{"align": "left"}
		}
		xs, ys = append(xs, x), append(ys, y)
		narrowYs = append(narrowYs, map[string]any{"max": narrowTop, "interval": narrowStep})
		for _, v := range narrowPart(o, "series") {
			// A panel's two slots are wider than a five-category chart's.
			if s, _ := v.(map[string]any); s != nil {
				if l, _ := s["label"].(map[string]any); l != nil {
					l["width"] = narrowPanelWidth
				}
			}
			narrowSeries = append(narrowSeries, v)
		}
		list, _ := o["series"].([]any)
		for _, v := range list {
			s, _ := v.(map[string]any)
			s["xAxisIndex"], s["yAxisIndex"] = k, k
			s["stack"] = "v" + strconv.Itoa(k)
			ss = append(ss, s)
		}
	}
	out["xAxis"], out["yAxis"], out["series"] = xs, ys, ss
	out.narrow(Option{"series": narrowSeries, "xAxis": narrowCategories(xs), "yAxis": narrowYs})
	return out, nil
}

// narrowCategories is what the panels' category axes change on a phone:
// every name is shown (ECharts would rather drop names that do not fit on
// one line, leaving bars unnamed), broken between words into lines within
// its slot, and every axis gets as many lines as the most any name needs:
// each panel's plot ends above its own names, so names of fewer lines
// would set one panel's zero higher than the next's on the shared scale.
func narrowCategories(axes []any) []any {
	// A two-category panel's slot in a 300 px chart is about 68 px wide.
	const narrowSlotWidth = 66
	wrapped := make([][]any, len(axes))
	lines := 1
	for k, a := range axes {
		cats, _ := a.(map[string]any)["data"].([]any)
		for _, c := range cats {
			name, _ := c.(string)
			w := wrapAt(name, narrowSlotWidth, narrowLabelFont)
			lines = max(lines, strings.Count(w, "\n")+1)
			wrapped[k] = append(wrapped[k], w)
		}
	}
	out := make([]any, len(axes))
	for k, names := range wrapped {
		for i, n := range names {
			// ECharts drops empty last lines; a no-break space keeps them.
			names[i] = n.(string) + strings.Repeat("\n\u00a0", lines-1-strings.Count(n.(string), "\n"))
		}
		out[k] = map[string]any{"data": names, "axisLabel": map[string]any{
			"interval": 0, "fontSize": narrowLabelFont, "lineHeight": 12,
			// A little wider than the lines were broken at: ECharts breaks
			// only a line its own measure finds longer.
			"width": narrowSlotWidth + 12, "overflow": "break",
		}}
	}
	return out
}

// panelFrame lays the panels out in equal columns, each titled, after frame
// has set the single-chart grid.
func (o Option) panelFrame(titles []string) {
	n := len(titles)
	var grids, heads, narrowHeads []any
	for k, t := range titles {
		left, right := float64(k)*100/float64(n), float64(n-1-k)*100/float64(n)
		grids = append(grids, map[string]any{
			"left": pct(left + 1), "right": pct(right + 3), "top": panelTop, "bottom": 40,
			"outerBoundsMode": "same", "outerBoundsContain": "axisLabel",
			"outerBoundsClampWidth": 0, "outerBoundsClampHeight": 0,
		})
		heads = append(heads, map[string]any{
			"text": escapeTemplate(wrapWords(t, wideTitleWidth, 13)), "left": pct(left + 50/float64(n)), "textAlign": "center", "top": 4,
			"textStyle": map[string]any{"fontSize": 13, "fontWeight": 600, "width": wideTitleWidth, "overflow": "break", "lineHeight": 16},
		})
		narrowHead := map[string]any{"textStyle": map[string]any{"width": panelTitleWidth}}
		if w := wrapWords(t, panelTitleWidth, 13); w != t {
			narrowHead["text"] = escapeTemplate(w) // words ECharts would split (label_room.go)
		}
		narrowHeads = append(narrowHeads, narrowHead)
	}
	o["grid"], o["title"] = grids, heads
	o.narrow(Option{"title": narrowHeads})
}

func pct(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) + "%" }

// niceTop is a round top for a value axis, high enough that above every
// bar stays the share of the plot room gives it (its label's room, so the
// label ends under the axis name; nil for none), and the tick step that
// reaches it.
func niceTop(groups [][]barItem, scale string, room func(barItem) float64) (top, step float64) {
	want := 0.0
	for _, g := range groups {
		for _, it := range g {
			if it.fig == nil {
				continue
			}
			free := 0.0
			if room != nil {
				free = room(it)
			}
			v, _, h := it.fig.In(scale)
			for _, x := range []float64{v, h} {
				if !math.IsNaN(x) { // a range has no single value
					want = math.Max(want, x/(1-free))
				}
			}
		}
	}
	if want <= 0 {
		return 1, 0.2
	}
	raw := want / 5
	mag := math.Pow10(int(math.Floor(math.Log10(raw))))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if step = m * mag; step >= raw {
			break
		}
	}
	return round(math.Ceil(want/step) * step), round(step)
}

// narrowPart is the list a narrow media query sets for key of o ("series"),
// so panels can join their parts' lists in series order.
func narrowPart(o Option, key string) []any {
	list, _ := o["media"].([]any)
	if len(list) == 0 {
		return nil
	}
	entry, _ := list[0].(map[string]any)
	opt, _ := entry["option"].(map[string]any)
	part, _ := opt[key].([]any)
	return part
}
