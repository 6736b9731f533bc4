package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/charts"
	"bilateral/app/format"
	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/data"
)

var timelineView = viewOf[urlstate.Timeline](View{Name: "timeline", Path: "/timeline", Shortcut: true,
	page: func() goapp.Composer { return &timelinePage{} },
	shown: shownBy(func(d *data.Dataset, s *urlstate.Timeline) {
		s.Cat = shownCategories(d, s.Cat)
		lo, hi := data.YearSpan(d.Events)
		s.From, s.To = urlstate.OpenYears(s.From, s.To, lo, hi)
	})},
	chart("timeline-events", titleKey("chart.timeline"), func(d *data.Dataset, lang string, s *urlstate.Timeline) (charts.Chart, error) {
		shown, from, to := timelineEvents(d, s)
		return charts.Timeline(d, lang, charts.TimelineOptions{
			Events: shown, Lanes: categoryLanes(d, d.Events, lang), LaneOf: laneByCategory, From: from, To: to, Selected: s.Event,
		})
	}),
)

type timelinePage struct {
	page
	st    urlstate.Timeline
	years yearEdits
}

func (p *timelinePage) OnNav(ctx goapp.Context) {
	p.enter(ctx, timelineView, &p.st, nil)
}

func (p *timelinePage) Render() goapp.UI {
	return p.frame(func(d *data.Dataset, lang string) []goapp.UI {
		lo, hi := data.YearSpan(d.Events)
		shown, from, to := timelineEvents(d, &p.st)
		return []goapp.UI{
			urlNotices(unnoted(dataNotices(p.st.From, p.st.To, lo, hi, p.st.Cat, knownCategories(d.Events)), p.notices), p.view, lang),
			unknownEvent(d, p.st.Event, lang),
			goapp.Div().Class("controls").Body(
				tabSwitch(p.view.Path, p.st.Tab, lang, func(t urlstate.Tab) urlstate.State { s := p.st; s.Tab = t; return &s }),
				categoryFilter(d, d.Events, p.st.Cat, lang, func(ctx goapp.Context, on []string) {
					next := p.st
					next.Cat = on
					p.navigate(ctx, &next)
				}),
				p.years.control(lo, hi, from, to, lang, applyYears(&p.page, &p.st)),
			),
			p.detailsOutsideList(d, shown, lang),
			block("events-chart", i18n.T(lang, "chart.timeline"),
				p.chart(d, "timeline-events", p.st.Tab, lang)),
			block("events", i18n.T(lang, "h.events"), p.eventList(d, shown, lang)),
		}
	})
}

// timelineEvents are the events the timeline's filter and years keep.
func timelineEvents(d *data.Dataset, s *urlstate.Timeline) (shown []data.Event, from, to int) {
	lo, hi := data.YearSpan(d.Events)
	from, to = urlstate.ClampYears(s.From, s.To, lo, hi)
	inCats := data.InCategories(shownCategories(d, s.Cat))
	shown = d.EventsWhere(func(e data.Event) bool { return inCats(e) && e.Overlaps(from, to) })
	return shown, from, to
}

// shownCategories are the categories of cats the timeline filters by, nil
// when none: a category the link names but no dated event has is left out
// (and named in a notice), rather than filtering everything away.
func shownCategories(d *data.Dataset, cats []string) []string {
	known := knownCategories(d.Events)
	var out []string
	for _, c := range cats {
		if known[c] {
			out = append(out, c)
		}
	}
	return out
}

// eventList is the same events as the chart, each a link that selects it.
func (p *timelinePage) eventList(d *data.Dataset, events []data.Event, lang string) goapp.UI {
	if len(events) == 0 {
		return goapp.P().Class("chart-empty").Text(i18n.T(lang, "chart.empty"))
	}
	return goapp.Ol().Class("event-list").Body(goapp.Range(events).Slice(func(i int) goapp.UI {
		e := events[i]
		next := p.st
		next.Event = e.ID
		li := goapp.Li().ID("event-" + e.ID)
		var details goapp.UI
		if e.ID == p.st.Event {
			li = li.Class("selected").Aria("current", "true")
			// The details open in the item itself, where the reader clicked,
			// not in a box far above it.
			details = goapp.Div().Style("grid-column", "1 / -1").Body(eventDetails(d, e.ID, lang))
		}
		// The number its mark carries on the chart.
		return li.Body(
			goapp.Span().Class("moment-date").Text(strconv.Itoa(i+1)+". "+format.When(e, lang)),
			goapp.A().Href(Href(lang, urlstate.URL(p.view.Path, &next))).Text(e.Title.In(lang)),
			details,
		)
	}))
}

// eventDetails shows everything about the selected event and its source.
func eventDetails(d *data.Dataset, id, lang string) goapp.UI {
	e, ok := d.Event(id)
	if !ok {
		return nil
	}
	var figs []string
	figs = append(figs, e.Figures...)
	return goapp.Section().Class("block details").ID("details").Aria("labelledby", "details-h").Body(
		goapp.H2().ID("details-h").Text(e.Title.In(lang)),
		goapp.P().Class("occasion-date").Text(format.When(*e, lang)),
		goapp.P().Text(e.Summary.In(lang)),
		goapp.If(len(e.Parties) > 0, func() goapp.UI {
			return goapp.P().Body(goapp.Strong().Text(i18n.T(lang, "col.parties")+": "), goapp.Text(d.PartyNames(e.Parties, lang)))
		}),
		goapp.If(len(figs) > 0, func() goapp.UI { return cardGrid(d, figs, lang, true, "") }),
		goapp.P().Class("card-source").Text(sourceLine(d, e.Section, lang)),
	)
}

// detailsOutsideList shows the selected event's details above the chart
// when the filters leave it out of the list, where they would otherwise
// open.
func (p *timelinePage) detailsOutsideList(d *data.Dataset, shown []data.Event, lang string) goapp.UI {
	for _, e := range shown {
		if e.ID == p.st.Event {
			return nil
		}
	}
	return eventDetails(d, p.st.Event, lang)
}
