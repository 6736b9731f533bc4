package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/charts"
	"bilateral/app/format"
	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/data"
)

// overviewFigures are the key figures of the relationship, each linking to
// the view that explains it.
var overviewFigures = []string{
	"trade-2023", "trade-2023-growth", "trade-2024h1", "companies-russian-capital",
	"investment-ru-az-2023", "investment-az-ru-2023", "treaties-total", "oil-2022",
	"diplomatic-ties-years",
}

// occasion is the event the article was written for.
const occasion = "putin-visit-2024"

var overviewView = viewOf[urlstate.Overview](View{Name: "overview", Path: "/",
	page: func() goapp.Composer { return &overviewPage{} }},
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

func (p *overviewPage) Render() goapp.UI {
	return p.frame(func(d *data.Dataset, lang string) []goapp.UI {
		key := d.EventsWhere(func(e data.Event) bool { return e.Key })
		var visit []goapp.UI
		if e, ok := d.Event(occasion); ok {
			visit = append(visit,
				goapp.P().Class("occasion-date").Text(format.When(*e, lang)),
				goapp.H3().Text(e.Title.In(lang)),
				goapp.P().Text(e.Summary.In(lang)),
			)
		}
		visit = append(visit, listBlock(d, "visit-agenda", lang), listBlock(d, "visit-outcomes", lang))
		return []goapp.UI{
			unknownFigure(d, p.st.Fig, lang),
			block("occasion", i18n.T(lang, "h.occasion"), goapp.Div().Class("occasion").Body(visit...)),
			block("key-figures", i18n.T(lang, "h.keyfigures"), figureCards(d, overviewFigures, lang, true, p.st.Fig)),
			block("moments", i18n.T(lang, "h.moments"),
				p.chart(d, "overview-moments", urlstate.TabChart, lang),
				momentList(d, key, lang)),
		}
	})
}

// momentList is the compact timeline of defining moments.
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
