package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/charts"
	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/data"
)

var legalView = viewOf[urlstate.Legal](View{Name: "legal", Path: "/legal",
	page: func() goapp.Composer { return &legalPage{} }},
	chart("legal-documents", titleKey("chart.documents"), func(d *data.Dataset, lang string, s *urlstate.Legal) (charts.Chart, error) {
		docs := legalDocuments(d)
		return charts.Timeline(d, lang, charts.TimelineOptions{
			Events: docs, Lanes: categoryLanes(d, docs, lang), LaneOf: laneByCategory, Selected: s.Event,
		})
	}),
)

type legalPage struct {
	page
	st urlstate.Legal
}

func (p *legalPage) OnNav(ctx goapp.Context) {
	p.enter(ctx, legalView, &p.st, nil)
}

func (p *legalPage) Render() goapp.UI {
	return p.frame(func(d *data.Dataset, lang string) []goapp.UI {
		tab := p.st.Tab
		docs := legalDocuments(d)
		other := d.EventsWhere(func(e data.Event) bool { return e.Section == "legal" && e.Category == "tourism" })
		return []goapp.UI{
			unknownFigure(d, p.st.Fig, lang),
			unknownEvent(d, p.st.Event, lang),
			tabSwitch(p.view.Path, tab, lang, func(t urlstate.Tab) urlstate.State { s := p.st; s.Tab = t; return &s }),
			block("documents", i18n.T(lang, "h.documents"),
				p.chart(d, "legal-documents", tab, lang),
				eventsTable(d, docs, i18n.T(lang, "h.documents"), lang, p.st.Event)),
			// Two counts are two cards: bars on an axis to 210 would only
			// repeat them.
			block("agreements", i18n.T(lang, "h.agreements"),
				figureCards(d, sectionFigures(d, "legal"), lang, false, p.st.Fig)),
			block("practical", i18n.T(lang, "h.practical"),
				listBlock(d, "practical-agreements", lang),
				eventsTable(d, other, i18n.T(lang, "h.practical"), lang, p.st.Event)),
			assessmentsBlock(d, "legal", lang),
			gapsBlock(d, "legal", lang),
		}
	})
}

// legalDocuments are the legal section's treaties and agreements; its tourism
// arrangements are listed with the practical agreements instead.
func legalDocuments(d *data.Dataset) []data.Event {
	return d.EventsWhere(func(e data.Event) bool { return e.Section == "legal" && e.Category != "tourism" })
}
