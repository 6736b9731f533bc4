package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/charts"
	"bilateral/app/format"
	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/data"
)

// occasion is the event the article was written for.
const occasion = "putin-visit-2024"

var overviewView = viewOf[urlstate.Overview](View{Name: "overview", Path: "/",
	page: func() goapp.Composer { return &overviewPage{} }},
	// The turnover is the relationship's headline number, so its chart is
	// the one the first screen shows (the very chart of the trade view).
	chart("overview-trade", titleKey("chart.trade"), func(d *data.Dataset, lang string, s *urlstate.Overview) (charts.Chart, error) {
		return charts.Bars(d, lang, s.Fig, "trade-annual", "trade-h1")
	}),
	chart("overview-moments", titleKey("chart.moments"), func(d *data.Dataset, lang string, _ *urlstate.Overview) (charts.Chart, error) {
		key := d.EventsWhere(func(e data.Event) bool { return e.Key })
		return charts.Timeline(d, lang, charts.TimelineOptions{
			Events: key, Lanes: categoryLanes(d, key, lang), LaneOf: laneByCategory,
		})
	}),
)

type overviewPage struct {
	page
	st urlstate.Overview
}

func (p *overviewPage) OnNav(ctx goapp.Context) {
	p.enter(ctx, overviewView, &p.st, nil)
}

// glanceChartWidth caps the box of the glance's chart (CSS pixels). The
// glance is one column up to a 900 px screen and two above it (.glance in
// web/bilateral.css), so the box is at most ~797 px wide, at a 900 px
// screen, and ~640 px in the chart's column: capped below 800 px, the page
// never needs the chart's 800 and 960 px drawings, 11 kB of the page's
// 172 kB before the next chart (TestEveryDrawingShownAtSomeWidth).
const glanceChartWidth = 799

func (p *overviewPage) Render() goapp.UI {
	return p.frame(func(d *data.Dataset, lang string) []goapp.UI {
		key := d.EventsWhere(func(e data.Event) bool { return e.Key })
		sel := p.st.Fig
		return []goapp.UI{
			unknownFigure(d, sel, lang),
			occasionLine(d, p.here(), lang),
			block("glance", i18n.T(lang, "h.glance"), goapp.Div().Class("glance").Body(
				sectionCardGrid(d, presentFigures(d, overviewLead), lang, true, sel),
				p.chartAtMost(d, "overview-trade", urlstate.TabChart, lang, glanceChartWidth),
			)),
			block("key-figures", i18n.T(lang, "h.morefigures"), figureCards(d, presentFigures(d, overviewMore), lang, true, sel)),
			block("moments", i18n.T(lang, "h.moments"),
				p.chart(d, "overview-moments", urlstate.TabChart, lang),
				momentList(d, key, lang)),
			occasionBlock(d, lang),
		}
	})
}

// occasionLine says in one line what the article was written for, linking
// to the visit's agenda further down.
func occasionLine(d *data.Dataset, here, lang string) goapp.UI {
	e, ok := d.Event(occasion)
	if !ok {
		return nil
	}
	return goapp.P().Class("occasion-line").Body(
		goapp.Span().Class("occasion-date").Text(format.When(*e, lang)),
		goapp.Text(" · "+e.Title.In(lang)+" · "),
		goapp.A().Href(here+"#occasion").Text(i18n.T(lang, "overview.occasion.link")),
	)
}

// occasionBlock is the visit in full: what it was to cover and to bring.
func occasionBlock(d *data.Dataset, lang string) goapp.UI {
	var visit []goapp.UI
	if e, ok := d.Event(occasion); ok {
		visit = append(visit,
			goapp.P().Class("occasion-date").Text(format.When(*e, lang)),
			goapp.H3().Text(e.Title.In(lang)),
			goapp.P().Text(e.Summary.In(lang)),
		)
	}
	visit = append(visit, listPair(d, lang, "visit-agenda", "visit-outcomes"))
	return block("occasion", i18n.T(lang, "h.occasion"), goapp.Div().Class("occasion").Body(visit...))
}

// momentList is the compact timeline of the key events.
func momentList(d *data.Dataset, events []data.Event, lang string) goapp.UI {
	return goapp.Ol().Class("moments").Body(
		goapp.Range(events).Slice(func(i int) goapp.UI {
			e := events[i]
			return goapp.Li().Body(
				goapp.Span().Class("moment-date").Text(format.When(e, lang)),
				goapp.A().Href(Href(lang, urlstate.URL("/timeline", &urlstate.Timeline{Event: e.ID}))).Text(e.Title.In(lang)),
			)
		}),
	)
}
