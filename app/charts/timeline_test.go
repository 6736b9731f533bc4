package charts

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"bilateral/app/format"
	"bilateral/app/i18n"
	"bilateral/data"
)

// byCategory lanes every event by its category, as the Timeline view does.
func byCategory(d *data.Dataset) ([]Lane, func(data.Event) string) {
	lanes := make([]Lane, len(d.Categories))
	for i, c := range d.Categories {
		lanes[i] = Lane{ID: c.ID, Label: c.Label.In("en")}
	}
	return lanes, func(e data.Event) string { return e.Category }
}

func ms(y int, m time.Month, day int) float64 {
	return float64(time.Date(y, m, day, 0, 0, 0, 0, time.UTC).UnixMilli())
}

// timelinePoints gathers, per event id (from the tooltip's title), the
// points the option places it at and whether it is drawn as a segment.
type drawn struct {
	xs      []float64
	segment bool
	series  map[string]any
	items   []map[string]any
}

func timelineDrawn(t *testing.T, d *data.Dataset, o Option) map[string]*drawn {
	t.Helper()
	byTitle := map[string]string{}
	for _, e := range d.Events {
		byTitle[e.Title.In("en")] = e.ID
	}
	out := map[string]*drawn{}
	list, _ := o["series"].([]any)
	for i := range list {
		s := o.series(i)
		items, _ := s["data"].([]any)
		for j := range items {
			it := o.item(i, j)
			title, _, _ := strings.Cut(tooltipText(it), "<br/>")
			id, ok := byTitle[strings.ReplaceAll(title, "&#39;", "'")]
			if !ok {
				t.Fatalf("series %d item %d: tooltip %q names no event", i, j, tooltipText(it))
			}
			dr := out[id]
			if dr == nil {
				dr = &drawn{series: s}
				out[id] = dr
			}
			v, _ := it["value"].([]any)
			dr.xs = append(dr.xs, num(v[0]))
			dr.items = append(dr.items, it)
			dr.segment = s["type"] == "line"
		}
	}
	return out
}

func TestTimelineAllEvents(t *testing.T) {
	d := dataset(t)
	lanes, laneOf := byCategory(d)
	c, err := Timeline(d, "en", TimelineOptions{Events: d.Events, Lanes: lanes, LaneOf: laneOf, Selected: "gerasimov-dunford-2017"})
	if err != nil {
		t.Fatal(err)
	}
	var mentions []string
	for _, e := range d.Events {
		mentions = append(mentions, e.Title.In("en"), format.Span(e.Date, e.End, "en"))
	}
	checkCommon(t, c, mentions...)

	if c.Option["useUTC"] != true {
		t.Error("dates would shift into the reader's zone: useUTC not set")
	}
	ax := c.Option.axis("xAxis")
	if ax["type"] != "time" {
		t.Errorf("x axis type = %v, want time", ax["type"])
	}
	if lo, hi := padded(1992, 2027); num(ax["min"]) != lo || num(ax["max"]) != hi {
		t.Errorf("open axis spans %v–%v, want whole years 1992–2026 and its padding", ax["min"], ax["max"])
	}
	if y := c.Option.axis("yAxis"); y["type"] != "category" || len(y["data"].([]any)) != len(lanes) {
		t.Errorf("y axis = %v, want one category per lane", y)
	}

	got := timelineDrawn(t, d, c.Option)
	if len(got) != len(d.Events) {
		t.Errorf("%d events drawn, want %d", len(got), len(d.Events))
	}
	for _, e := range d.Events {
		dr := got[e.ID]
		if dr == nil {
			continue
		}
		start, end, _ := data.ParsePeriod(e.Date + map[bool]string{true: "/" + e.End, false: ""}[e.End != ""])
		exact := e.Undated || e.Precision == "day" && (e.End == "" || e.EndPrecision == "day")
		if e.End == "" && exact {
			if dr.segment || len(dr.xs) != 1 || dr.xs[0] != float64(start.UnixMilli()) {
				t.Errorf("%s: drawn at %v (segment=%v), want one symbol at %v", e.ID, dr.xs, dr.segment, start)
			}
			continue
		}
		// A date of year or month precision: one diamond, in the middle of
		// its span (the marker's own test is below), never a segment.
		if e.End == "" {
			if dr.segment || len(dr.xs) != 1 || dr.xs[0] <= float64(start.UnixMilli()) || dr.xs[0] >= float64(end.UnixMilli()) {
				t.Errorf("%s: drawn at %v (segment=%v), want one symbol inside %v–%v", e.ID, dr.xs, dr.segment, start, end)
			}
			continue
		}
		// A period: it covers exactly its span, from its first instant to
		// its last.
		lo, hi := dr.xs[0], dr.xs[0]
		for _, x := range dr.xs {
			lo, hi = min(lo, x), max(hi, x)
		}
		if lo != float64(start.UnixMilli()) || hi != float64(end.UnixMilli()) {
			t.Errorf("%s: drawn across %v, want %v–%v", e.ID, dr.xs, start, end)
		}
		if !dr.segment {
			t.Errorf("%s: no segment drawn", e.ID)
		}
		if e.End != "" && exact {
			ls, _ := dr.series["lineStyle"].(map[string]any)
			if len(dr.xs) != 2 || num(ls["width"]) < 8 {
				t.Errorf("%s: want one thick two-point segment, got %v, width %v", e.ID, dr.xs, ls["width"])
			}
		}
	}
	// Precision: a month event is a diamond inside its month, never a dot
	// on its first day; its tooltip says the month.
	dunford := got["gerasimov-dunford-2017"]
	if dunford.items[0]["symbol"] != "diamond" || dunford.xs[0] <= ms(2017, 2, 1) || dunford.xs[0] >= ms(2017, 3, 1) ||
		!strings.Contains(tooltipText(dunford.items[0]), "February 2017") {
		t.Errorf("month event marker at %v (%v), tooltip %q", dunford.xs, dunford.items[0]["symbol"], tooltipText(dunford.items[0]))
	}
	if x := got["nam-member-2011"].xs[0]; x <= ms(2011, 1, 1) || x >= ms(2012, 1, 1) {
		t.Errorf("year event's marker at %v, want inside 2011, not on its first day", x)
	}
	// Selection.
	if num(dunford.items[0]["symbolSize"]) <= 12 || style(dunford.items[0])["borderColor"] != Ink {
		t.Errorf("selected event not emphasised: %v", dunford.items[0])
	}
	if got["gerasimov-pavel-2017"].items[0]["symbolSize"] != nil {
		t.Error("unselected event emphasised")
	}
	if sel := selectedRows(c.Table); !equal(sel, []string{"gerasimov-dunford-2017"}) {
		t.Errorf("selected rows = %v", sel)
	}
	// Table: every event once, in date order.
	if len(c.Table.Rows) != len(d.Events) {
		t.Errorf("table has %d rows, want %d", len(c.Table.Rows), len(d.Events))
	}
	if !sort.SliceIsSorted(c.Table.Rows, func(i, j int) bool {
		a, _ := d.Event(c.Table.Rows[i].ID)
		b, _ := d.Event(c.Table.Rows[j].ID)
		ta, _, _ := data.ParseDate(a.Date)
		tb, _, _ := data.ParseDate(b.Date)
		return ta.Before(tb)
	}) {
		t.Error("table not in date order")
	}
	// Legend at the top, one entry per category shown.
	shown := map[string]bool{}
	for _, e := range d.Events {
		shown[e.Category] = true
	}
	legend := c.Option["legend"].(map[string]any)
	if legend["top"] != 0 || len(legend["data"].([]any)) != len(shown) {
		t.Errorf("legend = %v", legend)
	}
}

func TestTimelineFromTo(t *testing.T) {
	d := dataset(t)
	lanes, laneOf := byCategory(d)
	c, err := Timeline(d, "en", TimelineOptions{Events: d.Events, Lanes: lanes, LaneOf: laneOf, From: 2017, To: 2019})
	if err != nil {
		t.Fatal(err)
	}
	checkCommon(t, c, "Gerasimov meets Dunford in Baku", "October 2019 – 2022")
	ax := c.Option.axis("xAxis")
	if lo, hi := padded(2017, 2020); num(ax["min"]) != lo || num(ax["max"]) != hi {
		t.Errorf("axis %v–%v, want start of 2017 to end of 2019 and its padding", ax["min"], ax["max"])
	}
	want := map[string]bool{
		"gerasimov-dunford-2017": true, "gerasimov-pavel-2017": true, "socar-transneft-2017": true,
		"gerasimov-scaparrotti-2018": true, "nam-chairmanship": true, "nam-baku-summit-2019": true,
	}
	ids := rowIDs(c.Table)
	if len(ids) != len(want) {
		t.Errorf("rows %v, want %v", ids, want)
	}
	for _, id := range ids {
		if !want[id] {
			t.Errorf("event %s outside 2017–2019 kept", id)
		}
	}
	// The chairmanship (October 2019 – 2022) crosses the bound: cut at it, dated in full.
	got := timelineDrawn(t, d, c.Option)
	nam := got["nam-chairmanship"]
	// Its start is a month: the segment runs from the start of October.
	if nam == nil || !nam.segment || nam.xs[0] != ms(2019, 10, 1) || nam.xs[len(nam.xs)-1] != ms(2020, 1, 1) {
		t.Fatalf("chairmanship segment = %+v, want from October 2019, cut at 2020", nam)
	}
	if !strings.Contains(tooltipText(nam.items[1]), "October 2019 – 2022") {
		t.Errorf("cut segment's tooltip %q lost the real span", tooltipText(nam.items[1]))
	}
}

func TestTimelineLanesAndColours(t *testing.T) {
	d := dataset(t)
	lanes := []Lane{{ID: "ru-az", Label: "Russia → Azerbaijan"}, {ID: "az-ru", Label: "Azerbaijan → Russia"}, {ID: "deal", Label: "Agreements"}}
	var gas []data.Event
	for _, id := range []string{"gas-imports-2000-2006", "gas-exports-to-russia", "gazprom-socar-contract-2009"} {
		e, _ := d.Event(id)
		gas = append(gas, *e)
	}
	laneOf := func(e data.Event) string {
		switch e.ID {
		case "gas-imports-2000-2006":
			return "ru-az"
		case "gas-exports-to-russia":
			return "az-ru"
		}
		return "deal"
	}
	c, err := Timeline(d, "en", TimelineOptions{Events: gas, Lanes: lanes, LaneOf: laneOf, Selected: "gas-exports-to-russia"})
	if err != nil {
		t.Fatal(err)
	}
	checkCommon(t, c, "Azerbaijan buys Russian gas", "Russia → Azerbaijan", "Agreements")
	got := timelineDrawn(t, d, c.Option)
	if v := got["gas-exports-to-russia"].items[0]["value"].([]any); num(v[1]) != 1 {
		t.Errorf("exports lane = %v, want 1 (Azerbaijan → Russia)", v[1])
	}
	exp := got["gas-exports-to-russia"]
	if ls := exp.series["lineStyle"].(map[string]any); num(ls["width"]) <= 10 {
		t.Errorf("selected period not thicker: %v", ls)
	}
	if style(exp.items[0])["borderColor"] != Ink {
		t.Error("selected period ends not outlined")
	}
	// A category keeps its colour whatever else the chart shows.
	all, _ := Timeline(d, "en", TimelineOptions{Events: d.Events, Lanes: []Lane{{ID: "x", Label: "All"}}, LaneOf: func(data.Event) string { return "x" }})
	want := got["gas-imports-2000-2006"].series["itemStyle"].(map[string]any)["color"]
	if c := timelineDrawn(t, d, all.Option)["gas-imports-2000-2006"].series["itemStyle"].(map[string]any)["color"]; c != want {
		t.Errorf("energy colour %v in one chart, %v in another", want, c)
	}
}

func TestTimelineErrors(t *testing.T) {
	d := dataset(t)
	lanes := []Lane{{ID: "a", Label: "A"}}
	_, err := Timeline(d, "en", TimelineOptions{Events: d.Events[:2], Lanes: lanes, LaneOf: func(e data.Event) string { return "zzz" }})
	errorNames(t, err, "zzz", d.Events[0].ID)
	bad := d.Events[0]
	bad.Category = "no-such-category"
	_, err = Timeline(d, "en", TimelineOptions{Events: []data.Event{bad}, Lanes: lanes, LaneOf: func(data.Event) string { return "a" }})
	errorNames(t, err, "no-such-category")
	_, err = Timeline(d, "en", TimelineOptions{Events: nil, Lanes: []Lane{{ID: "a"}, {ID: "a"}}, LaneOf: func(data.Event) string { return "a" }})
	errorNames(t, err, `"a"`)
	// No events in range is an empty chart, not an error.
	c, err := Timeline(d, "en", TimelineOptions{Events: d.Events, Lanes: lanes, LaneOf: func(data.Event) string { return "a" }, From: 1900, To: 1901})
	if err != nil || len(c.Table.Rows) != 0 {
		t.Errorf("empty range: err=%v rows=%d", err, len(c.Table.Rows))
	}
}

// An event the article does not date is drawn hollow and dashed, and its
// tooltip, table row and description say the date is not given.
func TestTimelineUndatedEvent(t *testing.T) {
	d := dataset(t)
	lanes, laneOf := byCategory(d)
	c, err := Timeline(d, "en", TimelineOptions{Events: d.Events, Lanes: lanes, LaneOf: laneOf})
	if err != nil {
		t.Fatal(err)
	}
	const marker = "No date given (placed at 2022)"
	got := timelineDrawn(t, d, c.Option)
	un, dated := got["nam-chairmanship-extension"], got["nam-member-2011"]
	if un == nil || dated == nil {
		t.Fatal("the NAM events are not drawn")
	}
	if it := un.items[0]; it["symbol"] != "emptyCircle" || style(it)["borderType"] != "dashed" || !strings.Contains(tooltipText(it), marker) {
		t.Errorf("the undated event is drawn as if dated: symbol %v, style %v, tooltip %q", it["symbol"], style(it), tooltipText(it))
	}
	if it := dated.items[0]; it["symbol"] == "emptyCircle" || strings.Contains(tooltipText(it), "No date given") {
		t.Errorf("a dated event is drawn as undated: %v", it)
	}
	for _, r := range c.Table.Rows {
		if r.ID == "nam-chairmanship-extension" && (!r.Undated || r.Cells[1].Text != marker) {
			t.Errorf("table row: undated=%v, date %q", r.Undated, r.Cells[1].Text)
		}
		if r.ID == "nam-member-2011" && r.Undated {
			t.Error("a dated event's row is marked undated")
		}
	}
	if !strings.Contains(c.Description, marker+": ") {
		t.Errorf("the description gives the undated event a bare date")
	}
}

// TestTimelineNumbersAndLegend checks every mark's table-row number is on
// the chart, and a legend appears only when colour says more than the rows.
func TestTimelineNumbersAndLegend(t *testing.T) {
	d := dataset(t)
	lanes, laneOf := byCategory(d)
	c, err := Timeline(d, "en", TimelineOptions{Events: d.Events, Lanes: lanes, LaneOf: laneOf})
	if err != nil {
		t.Fatal(err)
	}
	if c.Table.Head[0] != "No." {
		t.Errorf("table head %v lacks the number column", c.Table.Head)
	}
	got := timelineDrawn(t, d, c.Option)
	numbered := map[int]bool{}
	var labels []string
	for i, r := range c.Table.Rows {
		if r.Cells[0].Text != strconv.Itoa(i+1) {
			t.Errorf("row %d numbered %q", i, r.Cells[0].Text)
		}
		dr := got[r.ID]
		if dr == nil || len(dr.items) == 0 {
			t.Errorf("%s not drawn", r.ID)
			continue
		}
		numbered[i+1] = false
		for _, it := range dr.items {
			if l := labelText(it); l != "" {
				labels = append(labels, l)
			}
		}
	}
	// Every number is written once: on its own mark, or in the label of the
	// crowded run it belongs to ("15–17, 19").
	for _, l := range labels {
		for _, part := range strings.Split(l, ", ") {
			a, b, span := strings.Cut(part, "–")
			lo, _ := strconv.Atoi(a)
			hi := lo
			if span {
				hi, _ = strconv.Atoi(b)
			}
			for n := lo; n <= hi; n++ {
				if numbered[n] {
					t.Errorf("number %d written twice", n)
				}
				numbered[n] = true
			}
		}
	}
	for n, ok := range numbered {
		if !ok {
			t.Errorf("mark %d carries no number", n)
		}
	}
	if legend := c.Option["legend"].(map[string]any); legend["show"] != false {
		t.Error("rows are the categories, yet a legend repeats them")
	}
	// Rows by direction mix categories: the colours need their legend.
	byDir := []Lane{{ID: "ru-az"}, {ID: "az-ru"}, {ID: "bilateral"}, {ID: ""}}
	c, err = Timeline(d, "en", TimelineOptions{Events: d.Events, Lanes: byDir, LaneOf: func(e data.Event) string { return e.Direction }})
	if err != nil {
		t.Fatal(err)
	}
	if legend := c.Option["legend"].(map[string]any); legend["show"] != true {
		t.Error("rows by direction mix categories, but no legend says which colour is which")
	}
	// One row needs no row name.
	nam := d.EventsOfCategory("nam")
	c, err = Timeline(d, "en", TimelineOptions{Events: nam, Lanes: []Lane{{ID: "nam", Label: "NAM"}}, LaneOf: func(data.Event) string { return "nam" }})
	if err != nil {
		t.Fatal(err)
	}
	if lbl, _ := c.Option.axis("yAxis")["axisLabel"].(map[string]any); lbl["show"] != false {
		t.Errorf("single row named on its axis: %v", lbl)
	}
	if !strings.Contains(c.Option.JSON(), `"maxWidth":500`) {
		t.Error("no narrow layout")
	}
}
func TestNumberList(t *testing.T) {
	for _, c := range []struct {
		in   []int
		want string
	}{
		{[]int{14, 15, 16, 18, 21}, "15–17, 19, 22"}, {[]int{0, 1}, "1, 2"}, {[]int{3}, "4"}, {[]int{10, 12, 13}, "11, 13, 14"},
	} {
		if got := numberList(c.in); got != c.want {
			t.Errorf("numberList(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestTimelineImpreciseDates: a date the article gives only as a year or
// month is not drawn as its first day. "Since 1997" is a diamond inside
// 1997, not a dot on 1 January before the treaty of 3 July; gas supplies
// "discontinued in 2015" are one segment across the whole of 2015; the rows
// say so, and the description says the article gives no order within a
// year or month, in each language.
func TestTimelineImpreciseDates(t *testing.T) {
	d := dataset(t)
	lanes, laneOf := byCategory(d)
	for _, lang := range []string{"en", "ru", "az"} {
		c, err := Timeline(d, lang, TimelineOptions{Events: d.Events, Lanes: lanes, LaneOf: laneOf})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(c.Description, i18n.T(lang, "chart.note.approx")) {
			t.Errorf("%s: the description does not say the order within a year or month is not stated", lang)
		}
		approx := map[string]bool{}
		for _, r := range c.Table.Rows {
			approx[r.ID] = r.Approx
		}
		for id, want := range map[string]bool{
			"pipeline-use-since-1997": true, "gerasimov-dunford-2017": true, "gas-exports-to-russia": true,
			"treaty-friendship-1997": false, "putin-visit-2024": false, "nam-chairmanship-extension": false,
		} {
			if approx[id] != want {
				t.Errorf("%s: row %s approx = %v, want %v", lang, id, approx[id], want)
			}
		}
	}
	c, err := Timeline(d, "en", TimelineOptions{Events: d.Events, Lanes: lanes, LaneOf: laneOf})
	if err != nil {
		t.Fatal(err)
	}
	list, _ := c.Option["series"].([]any)
	type stretch struct {
		from, to float64
		symbol   any
	}
	byEvent := map[string][]stretch{}
	for i := range list {
		s := c.Option.series(i)
		items, _ := s["data"].([]any)
		if s["type"] == "line" && len(items) == 2 {
			a, b := c.Option.item(i, 0), c.Option.item(i, 1)
			id, _ := a[RefKey].(string)
			byEvent[id] = append(byEvent[id], stretch{num(a["value"].([]any)[0]), num(b["value"].([]any)[0]), nil})
			continue
		}
		for j := range items {
			it := c.Option.item(i, j)
			id, _ := it[RefKey].(string)
			byEvent[id] = append(byEvent[id], stretch{num(it["value"].([]any)[0]), num(it["value"].([]any)[0]), it["symbol"]})
		}
	}
	// The pipeline, used "since 1997": one diamond inside 1997, no
	// series of its own (a band each made the drawing 1.6 times as slow).
	if ds := byEvent["pipeline-use-since-1997"]; len(ds) != 1 || ds[0].from != ds[0].to || ds[0].symbol != "diamond" ||
		ds[0].from <= ms(1997, 1, 1) || ds[0].from >= ms(1998, 1, 1) {
		t.Errorf("“since 1997” drawn as %+v, want one diamond inside 1997", ds)
	}
	// Gas supplies to Russia, 1 January 2010 to "2015": one segment across
	// the whole of 2015 (the note says the year is all the article gives).
	if ds := byEvent["gas-exports-to-russia"]; len(ds) != 1 || ds[0].from != ms(2010, 1, 1) || ds[0].to < ms(2015, 12, 31) {
		t.Errorf("supplies to Russia drawn as %+v, want one segment from 1 January 2010 to the end of 2015", ds)
	}
	// A day-dated event stays a dot on its day.
	for _, s := range byEvent["treaty-friendship-1997"] {
		if s.from != ms(1997, 7, 3) || s.symbol == "diamond" {
			t.Errorf("the treaty of 3 July 1997 drawn as %+v", s)
		}
	}
}

// padded is the time axis' ends for the years from the start of from to
// the start of to: timePad of their span past each, so marks at either
// end stand clear of the axis line.
func padded(from, to int) (lo, hi float64) {
	a, b := ms(from, 1, 1), ms(to, 1, 1)
	pad := float64(int64((b - a) * timePad))
	return a - pad, b + pad
}

// TestTimelineMarksClearTheAxis: the first event of an open timeline (1992)
// and the last are drawn inside the plot by at least 3% of its width, not
// on the y axis' line, which struck through the first mark and its number.
func TestTimelineMarksClearTheAxis(t *testing.T) {
	d := dataset(t)
	lanes, laneOf := byCategory(d)
	c, err := Timeline(d, "en", TimelineOptions{Events: d.Events, Lanes: lanes, LaneOf: laneOf})
	if err != nil {
		t.Fatal(err)
	}
	ax := c.Option.axis("xAxis")
	lo, hi := num(ax["min"]), num(ax["max"])
	first, last := hi, lo
	for i := 0; c.Option.series(i) != nil; i++ {
		for j := 0; c.Option.item(i, j) != nil; j++ {
			x := num(c.Option.item(i, j)["value"].([]any)[0])
			first, last = math.Min(first, x), math.Max(last, x)
		}
	}
	if (first-lo)/(hi-lo) < 0.03 || (hi-last)/(hi-lo) < 0.03 {
		t.Errorf("marks from %v to %v on an axis %v–%v: one stands on its end", first, last, lo, hi)
	}
}

// TestTimelineCutPeriodPointsOn: a period the years shown cut (gas flows,
// 2010–2015, shown for 2000–2010) ends at the cut in a chevron pointing
// past it, not in the round end that says it stops there; an uncut one
// keeps its round ends.
func TestTimelineCutPeriodPointsOn(t *testing.T) {
	d := dataset(t)
	lanes, laneOf := byCategory(d)
	c, err := Timeline(d, "en", TimelineOptions{Events: d.Events, Lanes: lanes, LaneOf: laneOf, From: 2000, To: 2010})
	if err != nil {
		t.Fatal(err)
	}
	end := ms(2011, 1, 1)
	cut, whole := 0, 0
	for i := 0; c.Option.series(i) != nil; i++ {
		if c.Option.series(i)["type"] != "line" {
			continue
		}
		for j := 0; j < 2; j++ {
			it := c.Option.item(i, j)
			at := num(it["value"].([]any)[0])
			switch {
			case j == 1 && at == end:
				cut++
				if it["symbol"] != "arrow" || num(it["symbolRotate"]) != -90 {
					t.Errorf("a period cut at the end of 2010 ends in %v (rotated %v), want an arrow pointing right", it["symbol"], it["symbolRotate"])
				}
			case it["symbol"] == "arrow":
				t.Errorf("an end at %v that no bound cuts has an arrow", at)
			default:
				whole++
			}
		}
	}
	if cut == 0 || whole == 0 {
		t.Errorf("%d cut ends and %d whole ones, want both", cut, whole)
	}
}
