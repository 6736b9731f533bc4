package charts

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"

	"bilateral/app/format"
	"bilateral/app/i18n"
	"bilateral/data"
)

// Lane is one row of a timeline: a direction of supply, a kind of meeting.
type Lane struct{ ID, Label string }

// placed is an event resolved onto the timeline.
type placed struct {
	e          data.Event
	start, end time.Time // the first and last instant the event's dates cover
	lane, cat  int
}

func (p placed) period() bool { return p.e.End != "" }

// Timeline draws events on a time axis, one row per lane. A dated event is
// a symbol at the start of its day, month or year (the tooltip and table
// give the date at the precision the source does); a period is a thick
// segment from its start to the end of its last day, month or year. Colour
// is the event's category, stable across charts (the dataset's category
// order), with a legend of the categories shown.
//
// from and to are years (0 leaves that side open): the axis starts at the
// start of from and ends at the end of to, and events wholly outside are
// left out; a period crossing a bound is cut at it. laneOf puts each event
// in a lane; an event whose lane is not among lanes is an error, as are
// unknown categories, so no event is silently dropped.
func Timeline(d *data.Dataset, lang, selected string, events []data.Event, lanes []Lane, laneOf func(data.Event) string, from, to int) (Chart, error) {
	if len(lanes) == 0 {
		return Chart{}, fmt.Errorf("timeline: no lanes")
	}
	laneAt := map[string]int{}
	for i, l := range lanes {
		if _, dup := laneAt[l.ID]; dup {
			return Chart{}, fmt.Errorf("timeline: lane %q given twice", l.ID)
		}
		laneAt[l.ID] = i
	}
	catAt := map[string]int{}
	for i, c := range d.Categories {
		catAt[c.ID] = i
	}
	if from > 0 && to > 0 && to < from {
		return Chart{}, fmt.Errorf("timeline: to %d is before from %d", to, from)
	}
	lo, hi := yearStart(from), yearStart(to+1)

	var pts []placed
	var bad []string
	for _, e := range events {
		span := e.Date
		if e.End != "" {
			span += "/" + e.End
		}
		start, end, err := data.ParsePeriod(span)
		if err != nil {
			bad = append(bad, fmt.Sprintf("event %q: %v", e.ID, err))
			continue
		}
		if (from > 0 && end.Before(lo)) || (to > 0 && !start.Before(hi)) {
			continue
		}
		lane, ok := laneAt[laneOf(e)]
		if !ok {
			bad = append(bad, fmt.Sprintf("event %q: unknown lane %q", e.ID, laneOf(e)))
		}
		cat, ok2 := catAt[e.Category]
		if !ok2 {
			bad = append(bad, fmt.Sprintf("event %q: unknown category %q", e.ID, e.Category))
		}
		if ok && ok2 {
			pts = append(pts, placed{e: e, start: start, end: end, lane: lane, cat: cat})
		}
	}
	if len(bad) > 0 {
		return Chart{}, fmt.Errorf("timeline: %s", strings.Join(bad, "; "))
	}
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].start.Before(pts[j].start) })

	// Open bounds close on whole years around the events, so the first and
	// last symbols are not cut in half by the axis edge.
	if len(pts) > 0 {
		if from <= 0 {
			lo = yearStart(pts[0].start.Year())
		}
		if to <= 0 {
			last := pts[0].end
			for _, p := range pts {
				if p.end.After(last) {
					last = p.end
				}
			}
			hi = yearStart(last.Year() + 1)
		}
	}

	o, err := timelineOption(d, lang, selected, pts, lanes, lo, hi)
	if err != nil {
		return Chart{}, err
	}
	// With no event and an open side there is nothing to bound that side by:
	// ECharts picks it.
	if ax := o.axis("xAxis"); ax != nil && len(pts) == 0 {
		if from <= 0 {
			delete(ax, "min")
		}
		if to <= 0 {
			delete(ax, "max")
		}
	}
	rows := make([]Row, len(pts))
	said := make([]string, len(pts))
	for i, p := range pts {
		cat := d.Categories[p.cat].Label.In(lang)
		when := format.When(p.e, lang)
		rows[i] = Row{ID: p.e.ID, Cells: []Cell{
			{Text: when},
			{Text: p.e.Title.In(lang)},
			{Text: cat},
			{Text: lanes[p.lane].Label},
			{Text: sectionTitle(d, p.e.Section, lang)},
		}, Undated: p.e.Undated}
		said[i] = when + ": " + p.e.Title.In(lang) + " (" + cat + "; " + lanes[p.lane].Label + ")"
	}
	desc := strings.Join(said, "; ") + "."
	o.frame(desc)
	o.timelineFrame(d, lang, pts)
	t := Table{Head: []string{
		i18n.T(lang, "col.date"), i18n.T(lang, "col.event"), i18n.T(lang, "col.category"),
		i18n.T(lang, "col.lane"), i18n.T(lang, "col.section"),
	}, Rows: rows}
	t.markSelected(selected)
	return Chart{Option: o, Table: t, Description: desc, Height: 96 + 40*len(lanes)}, nil
}

// timelineOption builds the series: one scatter per category for dated
// events, one two-point line per period (a line series is pure data, unlike
// a custom series, which needs a render function).
func timelineOption(d *data.Dataset, lang, selected string, pts []placed, lanes []Lane, lo, hi time.Time) (Option, error) {
	laneNames := make([]string, len(lanes))
	for i, l := range lanes {
		laneNames[i] = escapeTemplate(l.Label)
	}
	b := base{
		Tooltip: itemTooltip(),
		XAxis: []opts.XAxis{{
			Type: "time", Min: lo.UnixMilli(), Max: hi.UnixMilli(),
			SplitLine: &opts.SplitLine{Show: opts.Bool(true)},
		}},
		YAxis: []opts.YAxis{{
			Type: "category", Data: laneNames, Inverse: opts.Bool(true),
			SplitLine: &opts.SplitLine{Show: opts.Bool(true)},
		}},
	}
	type scatterIdx struct{ series, item int }
	dots := map[int][]opts.ScatterData{} // by category
	at := make([]scatterIdx, len(pts))
	var catOrder []int
	for i, p := range pts {
		if p.period() {
			continue
		}
		if _, seen := dots[p.cat]; !seen {
			catOrder = append(catOrder, p.cat)
		}
		at[i].item = len(dots[p.cat])
		dots[p.cat] = append(dots[p.cat], opts.ScatterData{Value: []any{clampMs(p.start, lo, hi), p.lane}})
	}
	sort.Ints(catOrder)
	seriesOfCat := map[int]int{}
	for n, cat := range catOrder {
		seriesOfCat[cat] = n
		b.Series = append(b.Series, series{Name: d.Categories[cat].Label.In(lang), Type: types.ChartScatter, Data: dots[cat]})
	}
	for _, p := range pts {
		if !p.period() {
			continue
		}
		b.Series = append(b.Series, series{Name: d.Categories[p.cat].Label.In(lang), Type: types.ChartLine, Data: []opts.LineData{
			{Value: []any{clampMs(p.start, lo, hi), p.lane}},
			{Value: []any{clampMs(p.end, lo, hi), p.lane}},
		}})
	}
	o, err := b.option()
	if err != nil {
		return nil, err
	}
	if ax := o.axis("yAxis"); ax != nil {
		ax["axisTick"] = map[string]any{"show": false}
		ax["axisLabel"] = map[string]any{"width": 160, "overflow": "break", "interval": 0}
	}

	n := len(catOrder)
	for i, p := range pts {
		color := colorAt(p.cat)
		tip := tooltipOf(p.e.Title.In(lang), format.When(p.e, lang),
			d.Categories[p.cat].Label.In(lang)+" · "+lanes[p.lane].Label)
		sel := selected != "" && p.e.ID == selected
		if !p.period() {
			s := o.series(seriesOfCat[p.cat])
			s["symbol"] = "circle"
			s["symbolSize"] = 12
			s["itemStyle"] = map[string]any{"color": color, "borderColor": "rgba(0,0,0,0.5)", "borderWidth": 1}
			s["z"] = 3
			obj := o.item(seriesOfCat[p.cat], at[i].item)
			obj["tooltip"] = tip
			obj[RefKey] = p.e.ID
			if p.e.Undated {
				// Hollow and dashed: placed by us, not dated by the source.
				obj["symbol"] = "emptyCircle"
				obj["itemStyle"] = map[string]any{"color": color, "borderColor": color, "borderWidth": 2, "borderType": "dashed"}
			}
			if sel {
				obj["symbolSize"] = 20
				obj["itemStyle"] = map[string]any{"color": color, "borderColor": Ink, "borderWidth": 3}
			}
			continue
		}
		s := o.series(n)
		n++
		// Round end symbols the width of the line make the segment a bar with
		// round ends, hoverable for its tooltip, and keep a period of a day or
		// two visible on an axis of decades.
		width := 10
		if sel {
			width = 16
		}
		s["symbol"] = "circle"
		s["showSymbol"] = true
		s["symbolSize"] = width
		s["lineStyle"] = map[string]any{"width": width, "color": color, "opacity": 0.9}
		s["itemStyle"] = map[string]any{"color": color}
		s["z"] = 2
		s["emphasis"] = map[string]any{"focus": "none", "lineStyle": map[string]any{"width": width}}
		for j := 0; j < 2; j++ {
			if obj := o.item(n-1, j); obj != nil {
				obj["tooltip"] = tip
				obj[RefKey] = p.e.ID
				if sel {
					obj["itemStyle"] = map[string]any{"color": color, "borderColor": Ink, "borderWidth": 3}
				}
			}
		}
	}
	return o, nil
}

// timelineFrame adds what frame cannot know: UTC dates (the dataset's dates
// are calendar dates, not instants in the reader's zone) and a legend of the
// categories shown, at the top.
func (o Option) timelineFrame(d *data.Dataset, lang string, pts []placed) {
	o["useUTC"] = true
	seen := map[int]bool{}
	var cats []int
	for _, p := range pts {
		if !seen[p.cat] {
			seen[p.cat] = true
			cats = append(cats, p.cat)
		}
	}
	sort.Ints(cats)
	names := make([]any, len(cats))
	for i, c := range cats {
		names[i] = map[string]any{"name": d.Categories[c].Label.In(lang), "icon": "circle"}
	}
	o["legend"] = map[string]any{"show": len(cats) > 0, "type": "scroll", "top": 0, "left": "center", "data": names}
	o["grid"] = labelledGrid(16, 32, 44, 32)
}

func yearStart(y int) time.Time { return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC) }

// clampMs is t in epoch milliseconds, cut to the axis so a period crossing
// a bound is drawn up to it rather than off the chart.
func clampMs(t, lo, hi time.Time) int64 {
	ms := t.UnixMilli()
	if ms < lo.UnixMilli() {
		return lo.UnixMilli()
	}
	if ms > hi.UnixMilli() {
		return hi.UnixMilli()
	}
	return ms
}
