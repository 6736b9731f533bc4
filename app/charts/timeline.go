package charts

import (
	"fmt"
	"sort"
	"strconv"
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

// approx reports whether the article dates the event (or a period's start
// or end) only by year or month. Such an event is a diamond in the middle
// of its year or month, never a dot on its first day, which would read as
// an exact date and put it before the dated days of the same year; such a
// period runs across the whole of its first and last year or month, and the
// chart's note says so.
func (p placed) approx() bool {
	if p.e.Undated {
		return false // placed by us, drawn hollow and dashed instead
	}
	return p.e.Precision != "day" || (p.period() && p.e.EndPrecision != "day")
}

// mid is the middle of a dated event's year or month, where its marker
// stands.
func (p placed) mid() time.Time { return p.start.Add(p.end.Sub(p.start) / 2) }

// TimelineOptions says what a timeline shows.
type TimelineOptions struct {
	Events []data.Event
	// Lanes are the rows, top to bottom; LaneOf puts each event in one. An
	// event whose lane is not among them is an error, so none is silently
	// dropped.
	Lanes  []Lane
	LaneOf func(data.Event) string
	// From and To are years (0 leaves that side open): the axis starts at the
	// start of From and ends at the end of To, and events wholly outside are
	// left out; a period crossing a bound is cut at it.
	From, To int
	Selected string // the id of the event drawn highlighted, if any
}

// Timeline draws events on a time axis, one row per lane. An event dated to
// the day is a dot on it; one the article dates only by year or month is a
// diamond in the middle of that year or month, as it gives no day
// and no order within it (the tooltip and table give the date at the
// precision the source does). A period is a thick segment from its start to
// the end of its last day, month or year (the chart's note says that a year
// or month is all the article gives for some). Colour
// is the event's category, stable across charts (the dataset's category
// order), with a legend of the categories shown. Unknown categories are an
// error, like unknown lanes.
func Timeline(d *data.Dataset, lang string, t TimelineOptions) (Chart, error) {
	pts, lo, hi, err := place(d, t)
	if err != nil {
		return Chart{}, err
	}
	o, err := timelineOption(d, lang, t.Selected, pts, t.Lanes, lo, hi)
	if err != nil {
		return Chart{}, err
	}
	// With no event and an open side there is nothing to bound that side by:
	// ECharts picks it.
	if ax := o.axis("xAxis"); ax != nil && len(pts) == 0 {
		if t.From <= 0 {
			delete(ax, "min")
		}
		if t.To <= 0 {
			delete(ax, "max")
		}
	}
	table, desc := timelineTable(d, lang, pts, t.Lanes)
	o.frame(desc)
	o.timelineFrame(d, lang, pts, t.Lanes)
	table.markSelected(t.Selected)
	return Chart{Option: o, Table: table, Description: desc, Height: 96 + 40*len(t.Lanes)}, nil
}

// place resolves the events onto the axis, in start order, and returns the
// axis bounds: the years asked for, or whole years around the events.
func place(d *data.Dataset, t TimelineOptions) (pts []placed, lo, hi time.Time, err error) {
	laneAt, err := laneIndex(t.Lanes)
	if err != nil {
		return nil, lo, hi, err
	}
	catAt := map[string]int{}
	for i, c := range d.Categories {
		catAt[c.ID] = i
	}
	if t.From > 0 && t.To > 0 && t.To < t.From {
		return nil, lo, hi, fmt.Errorf("timeline: to %d is before from %d", t.To, t.From)
	}
	lo, hi = yearStart(t.From), yearStart(t.To+1)

	var bad []string
	for _, e := range t.Events {
		span := e.Date
		if e.End != "" {
			span += "/" + e.End
		}
		start, end, err := data.ParsePeriod(span)
		if err != nil {
			bad = append(bad, fmt.Sprintf("event %q: %v", e.ID, err))
			continue
		}
		if (t.From > 0 && end.Before(lo)) || (t.To > 0 && !start.Before(hi)) {
			continue
		}
		lane, ok := laneAt[t.LaneOf(e)]
		if !ok {
			bad = append(bad, fmt.Sprintf("event %q: unknown lane %q", e.ID, t.LaneOf(e)))
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
		return nil, lo, hi, fmt.Errorf("timeline: %s", strings.Join(bad, "; "))
	}
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].start.Before(pts[j].start) })

	// Open bounds close on whole years around the events, so the first and
	// last symbols are not cut in half by the axis edge.
	if len(pts) > 0 {
		if t.From <= 0 {
			lo = yearStart(pts[0].start.Year())
		}
		if t.To <= 0 {
			last := pts[0].end
			for _, p := range pts {
				if p.end.After(last) {
					last = p.end
				}
			}
			hi = yearStart(last.Year() + 1)
		}
	}
	return pts, lo, hi, nil
}

// laneIndex is each lane's row, refusing no lanes and a lane given twice.
func laneIndex(lanes []Lane) (map[string]int, error) {
	if len(lanes) == 0 {
		return nil, fmt.Errorf("timeline: no lanes")
	}
	at := map[string]int{}
	for i, l := range lanes {
		if _, dup := at[l.ID]; dup {
			return nil, fmt.Errorf("timeline: lane %q given twice", l.ID)
		}
		at[l.ID] = i
	}
	return at, nil
}

// timelineTable is the chart's table twin and the sentence that describes it.
func timelineTable(d *data.Dataset, lang string, pts []placed, lanes []Lane) (Table, string) {
	rows := make([]Row, len(pts))
	said := make([]string, len(pts))
	for i, p := range pts {
		cat := d.Categories[p.cat].Label.In(lang)
		when := format.When(p.e, lang)
		rows[i] = Row{ID: p.e.ID, Cells: []Cell{
			{Text: strconv.Itoa(i + 1), Num: true},
			{Text: when},
			{Text: p.e.Title.In(lang)},
			{Text: cat},
			{Text: lanes[p.lane].Label},
			{Text: sectionTitle(d, p.e.Section, lang)},
		}, Undated: p.e.Undated, Approx: p.approx()}
		said[i] = strconv.Itoa(i+1) + ". " + when + ": " + p.e.Title.In(lang) + " (" + cat + "; " + lanes[p.lane].Label + ")"
	}
	t := Table{Head: []string{
		i18n.T(lang, "col.no"), i18n.T(lang, "col.date"), i18n.T(lang, "col.event"), i18n.T(lang, "col.category"),
		i18n.T(lang, "col.lane"), i18n.T(lang, "col.section"),
	}, Rows: rows}
	desc := strings.Join(said, "; ") + "."
	for _, r := range rows {
		if r.Approx {
			// The numbers follow the table; within a year or month the
			// article does not say which came first.
			desc += " " + i18n.T(lang, "chart.note.approx")
			break
		}
	}
	return t, desc
}

// timelineOption builds the series: one scatter per category for dated
// events, one two-point line per period (a line series is pure data, unlike
// a custom series, which needs a render function), then styles each.
func timelineOption(d *data.Dataset, lang, selected string, pts []placed, lanes []Lane, lo, hi time.Time) (Option, error) {
	laneNames := make([]string, len(lanes))
	for i, l := range lanes {
		laneNames[i] = escapeTemplate(l.Label)
	}
	b := base{
		Tooltip: itemTooltip(),
		XAxis: []opts.XAxis{{
			Type: "time", Min: lo.UnixMilli() - axisPad(lo, hi), Max: hi.UnixMilli() + axisPad(lo, hi),
			SplitLine: &opts.SplitLine{Show: opts.Bool(true)},
		}},
		YAxis: []opts.YAxis{{
			Type: "category", Data: laneNames, Inverse: opts.Bool(true),
			SplitLine: &opts.SplitLine{Show: opts.Bool(true)},
		}},
	}
	if lang != "en" {
		// ECharts names months in English ("Apr") on a time axis whose ticks
		// fall within a year; ticks at whole years only write numbers.
		b.XAxis[0].MinInterval = 365 * 24 * time.Hour.Seconds() * 1000
	}
	dots := timelineDots(pts, lo, hi)
	for _, cat := range dots.cats {
		b.Series = append(b.Series, series{Name: d.Categories[cat].Label.In(lang), Type: types.ChartScatter, Data: dots.data[cat]})
	}
	// Then the periods, each a two-point line series, in the order of pts.
	// (For a week an event dated by year or month had a pale band of its
	// own, and a period's first or last year or month a pale stretch: a
	// series each made the server's drawing of the timelines up to twice as
	// slow and its memory peak pass its budget, 72.2 MB. The diamond in the
	// middle of the year or month, and the chart's note, say it instead.)
	var periods []int // indexes into pts, one series each
	for i, p := range pts {
		if !p.period() {
			continue
		}
		periods = append(periods, i)
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

	first := len(dots.cats) // the periods' series follow the dots'
	numbers := markNumbers(pts, lo, hi)
	tips := make([]map[string]any, len(pts))
	for i, p := range pts {
		tips[i] = tooltipOf(p.e.Title.In(lang), format.When(p.e, lang),
			d.Categories[p.cat].Label.In(lang)+" · "+lanes[p.lane].Label)
		sel := selected != "" && p.e.ID == selected
		if !p.period() {
			o.styleDot(dots.series[p.cat], dots.item[i], p, tips[i], sel)
			o.numberMark(dots.series[p.cat], dots.item[i], numbers[i], sel)
		}
	}
	for k, i := range periods {
		p := pts[i]
		sel := selected != "" && p.e.ID == selected
		o.stylePeriod(first+k, p, tips[i], sel)
		o.markCut(first+k, p, lo, hi)
		o.numberMark(first+k, 0, numbers[i], sel)
	}
	return o, nil
}

// dotSeries groups the dated (not period) events into one scatter series per
// category, in category order.
type dotSeries struct {
	cats   []int                      // the categories with dots, in order
	data   map[int][]opts.ScatterData // by category
	series map[int]int                // each category's series index
	item   []int                      // each point's index within its series
}

func timelineDots(pts []placed, lo, hi time.Time) dotSeries {
	s := dotSeries{data: map[int][]opts.ScatterData{}, series: map[int]int{}, item: make([]int, len(pts))}
	for i, p := range pts {
		if p.period() {
			continue
		}
		if _, seen := s.data[p.cat]; !seen {
			s.cats = append(s.cats, p.cat)
		}
		s.item[i] = len(s.data[p.cat])
		at := p.start
		if p.approx() {
			at = p.mid() // not on the year's or month's first day
		}
		s.data[p.cat] = append(s.data[p.cat], opts.ScatterData{Value: []any{clampMs(at, lo, hi), p.lane}})
	}
	sort.Ints(s.cats)
	for n, cat := range s.cats {
		s.series[cat] = n
	}
	return s
}

// styleDot styles a dated event's symbol, larger and outlined when selected.
func (o Option) styleDot(series, item int, p placed, tip map[string]any, sel bool) {
	color := colorAt(p.cat)
	s := o.series(series)
	s["symbol"] = "circle"
	s["symbolSize"] = 12
	s["itemStyle"] = map[string]any{"color": color, "borderColor": "rgba(0,0,0,0.5)", "borderWidth": 1}
	s["z"] = 3
	obj := o.item(series, item)
	obj["tooltip"] = tip
	obj[RefKey] = p.e.ID
	if p.e.Undated {
		// Hollow and dashed: placed by us, not dated by the source.
		obj["symbol"] = "emptyCircle"
		obj["itemStyle"] = map[string]any{"color": color, "borderColor": color, "borderWidth": 2, "borderType": "dashed"}
	}
	if p.approx() {
		// A diamond, not a dot: dated only by year or month.
		obj["symbol"] = "diamond"
		obj["symbolSize"] = 14
	}
	if sel {
		obj["symbolSize"] = 20
		obj["itemStyle"] = map[string]any{"color": color, "borderColor": Ink, "borderWidth": 3}
	}
}

// numberMark labels a mark with its number, the number of its row in the
// table and the list beside the chart, so every dot can be told and found
// without hovering.
func (o Option) numberMark(series, item int, n markNumber, sel bool) {
	obj := o.item(series, item)
	if obj == nil || n.text == "" {
		return
	}
	pos := "top"
	if n.below {
		pos = "bottom"
	}
	label := map[string]any{"show": true, "formatter": n.text, "position": pos, "distance": 3, "fontSize": 11}
	if sel {
		label["fontWeight"] = "bold"
	}
	obj["label"] = label
	if s := o.series(series); s != nil {
		s["labelLayout"] = map[string]any{"moveOverlap": "shiftX", "hideOverlap": false}
	}
}

// crowdShare is how near, as a share of the axis, two marks of a row are
// before their numbers would touch.
const crowdShare = 0.05

// markNumber is what a mark's label says and where: its own number, the
// numbers of a crowded run it stands for ("15–17, 19"), or nothing when
// another mark of its run carries them.
type markNumber struct {
	text  string
	below bool
}

// markNumbers labels the marks: alone, a mark carries its number above it;
// two crowded neighbours put theirs above and below; a longer crowded run
// carries all its numbers once, below its middle mark, so no number is
// drawn over another and none is left out.
func markNumbers(pts []placed, lo, hi time.Time) []markNumber {
	out := make([]markNumber, len(pts))
	span := float64(hi.UnixMilli() - lo.UnixMilli())
	// Runs of crowded marks, row by row, in time order.
	var runs [][]int
	open := map[int]int{} // each row's current run
	for i, p := range pts {
		r, ok := open[p.lane]
		if ok {
			last := runs[r][len(runs[r])-1]
			if span > 0 && float64(p.start.UnixMilli()-pts[last].start.UnixMilli())/span < crowdShare {
				runs[r] = append(runs[r], i)
				continue
			}
		}
		open[p.lane] = len(runs)
		runs = append(runs, []int{i})
	}
	for _, run := range runs {
		switch len(run) {
		case 1:
			out[run[0]] = markNumber{text: strconv.Itoa(run[0] + 1)}
		case 2:
			out[run[0]] = markNumber{text: strconv.Itoa(run[0] + 1)}
			out[run[1]] = markNumber{text: strconv.Itoa(run[1] + 1), below: true}
		default:
			// Below, where only the second of a pair would meet it.
			out[run[len(run)/2]] = markNumber{text: numberList(run), below: true}
		}
	}
	return out
}

// numberList writes the (0-based) marks of a run as their numbers, with
// consecutive numbers joined into a span: "15–17, 19, 22".
func numberList(run []int) string {
	var parts []string
	for i := 0; i < len(run); {
		j := i
		for j+1 < len(run) && run[j+1] == run[j]+1 {
			j++
		}
		switch {
		case j == i:
			parts = append(parts, strconv.Itoa(run[i]+1))
		case j == i+1:
			parts = append(parts, strconv.Itoa(run[i]+1), strconv.Itoa(run[j]+1))
		default:
			parts = append(parts, strconv.Itoa(run[i]+1)+"–"+strconv.Itoa(run[j]+1))
		}
		i = j + 1
	}
	return strings.Join(parts, ", ")
}

// stylePeriod styles a period's segment. Round end symbols the width of the
// line make it a bar with round ends, hoverable for its tooltip, and keep a
// period of a day or two visible on an axis of decades.
func (o Option) stylePeriod(series int, p placed, tip map[string]any, sel bool) {
	color := colorAt(p.cat)
	width := 10
	if sel {
		width = 16
	}
	opacity := 0.9
	s := o.series(series)
	s["symbol"] = "circle"
	s["showSymbol"] = true
	s["symbolSize"] = width
	s["lineStyle"] = map[string]any{"width": width, "color": color, "opacity": opacity, "cap": "butt"}
	s["itemStyle"] = map[string]any{"color": color, "opacity": opacity}
	s["z"] = 2
	s["emphasis"] = map[string]any{"focus": "none", "lineStyle": map[string]any{"width": width}}
	for j := 0; j < 2; j++ {
		if obj := o.item(series, j); obj != nil {
			obj["tooltip"] = tip
			obj[RefKey] = p.e.ID
			if sel {
				obj["itemStyle"] = map[string]any{"color": color, "borderColor": Ink, "borderWidth": 3}
			}
		}
	}
}

// timePad is the share of the years shown that the time axis runs on
// past them at each end, so a mark at the first or last day (its dot, its
// number) stands clear of the axis line instead of being struck through
// by it: 4% is about 11 px on a phone's plot.
const timePad = 0.04

// axisPad is timePad of lo–hi, in milliseconds.
func axisPad(lo, hi time.Time) int64 {
	return int64(float64(hi.UnixMilli()-lo.UnixMilli()) * timePad)
}

// cutSymbolSize is the size of the chevron that ends a period cut by the
// years shown.
const cutSymbolSize = 14

// markCut ends a period's segment that a bound of the years shown cuts with a
// chevron pointing past it, in the padding beyond the bound, so a period
// running on before or after the years shown does not read as ending there.
func (o Option) markCut(series int, p placed, lo, hi time.Time) {
	ends := []struct {
		cut                bool
		item, rotate, side int
	}{
		{p.start.Before(lo), 0, 90, -1}, // the arrow turned to point left
		{p.end.After(hi), 1, -90, 1},    // and right
	}
	for _, e := range ends {
		obj := o.item(series, e.item)
		if !e.cut || obj == nil {
			continue
		}
		obj["symbol"] = "arrow"
		obj["symbolSize"] = []any{cutSymbolSize, cutSymbolSize}
		obj["symbolRotate"] = e.rotate
		obj["symbolOffset"] = []any{e.side * cutSymbolSize / 2, 0} // its base on the bound, its point past it
		obj["itemStyle"] = map[string]any{"color": colorAt(p.cat), "opacity": 1}
	}
}

// timelineFrame adds what frame cannot know: UTC dates (the dataset's dates
// are calendar dates, not instants in the reader's zone) and a legend of the
// categories shown, at the top.
func (o Option) timelineFrame(d *data.Dataset, lang string, pts []placed, lanes []Lane) {
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
	// When every row holds one category, the row names already say what
	// the colours do: a legend would say it a second time.
	legend := len(cats) > 0 && !oneCategoryPerLane(pts)
	top := 20
	if legend {
		top = 44
	}
	o["legend"] = map[string]any{"show": legend, "type": "scroll", "top": 0, "left": "center", "data": names}
	o["grid"] = labelledGrid(16, 32, top, 32)
	if len(lanes) == 1 {
		// One row needs no name: the chart's title says what it holds.
		if ax := o.axis("yAxis"); ax != nil {
			ax["axisLabel"] = map[string]any{"show": false}
		}
	}
	// On a phone the row names break into a narrow column, leaving the time
	// axis most of the width, and the axis gets fewer ticks.
	// The column is as wide as the longest word of a row's name, which
	// ECharts would otherwise split ("неприсоединен|ия").
	column := 76.0
	for _, l := range lanes {
		for _, w := range strings.Fields(l.Label) {
			column = max(column, textWidth(w, 10))
		}
	}
	narrowY := map[string]any{"axisLabel": map[string]any{
		"width": column, "overflow": "break", "fontSize": 10, "lineHeight": 12,
	}}
	if names := o.wrapCategories("yAxis", 160, 12, column, 10); names != nil {
		narrowY["data"] = names
	}
	o.narrow(Option{
		"grid":  map[string]any{"left": 8, "right": 16},
		"xAxis": []any{map[string]any{"splitNumber": 4, "axisLabel": map[string]any{"hideOverlap": false, "fontSize": 11}}},
		"yAxis": []any{narrowY},
	})
}

// oneCategoryPerLane reports whether no row mixes categories.
func oneCategoryPerLane(pts []placed) bool {
	catOf := map[int]int{}
	for _, p := range pts {
		if c, ok := catOf[p.lane]; ok && c != p.cat {
			return false
		}
		catOf[p.lane] = p.cat
	}
	return true
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
