package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/charts"
	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/data"
)

// chartSpec is one chart of a view: its title and how to build it from the
// dataset and the view's state. Views and embeds both draw from here, so an
// embedded chart is the very chart of its view.
type chartSpec struct {
	view  string
	title func(d *data.Dataset, lang string) string
	build func(d *data.Dataset, lang string, state any) (charts.Chart, error)
}

func titleKey(key string) func(*data.Dataset, string) string {
	return func(_ *data.Dataset, lang string) string { return i18n.T(lang, key) }
}

// chartSpecs lists every chart by its id (the data-chart attribute).
var chartSpecs = map[string]chartSpec{
	"overview-moments": {"overview", titleKey("chart.moments"), func(d *data.Dataset, lang string, _ any) (charts.Chart, error) {
		key := eventsWhere(d, func(e data.Event) bool { return e.Key })
		return charts.Timeline(d, lang, "", key, categoryLanes(d, key, lang), laneByCategory, 0, 0)
	}},
	"legal-documents": {"legal", titleKey("chart.documents"), func(d *data.Dataset, lang string, st any) (charts.Chart, error) {
		docs := legalDocuments(d)
		return charts.Timeline(d, lang, st.(*urlstate.Legal).Event, docs, categoryLanes(d, docs, lang), laneByCategory, 0, 0)
	}},
	"legal-treaties": {"legal", titleKey("chart.treaties"), func(d *data.Dataset, lang string, st any) (charts.Chart, error) {
		return charts.FigureBars(d, lang, st.(*urlstate.Legal).Fig, treatyFigures...)
	}},
	"trade-turnover": {"trade", titleKey("chart.trade"), func(d *data.Dataset, lang string, st any) (charts.Chart, error) {
		return charts.Bars(d, lang, st.(*urlstate.Trade).Fig, "trade-annual", "trade-h1")
	}},
	"trade-investment": {"trade", titleKey("chart.investment"), func(d *data.Dataset, lang string, st any) (charts.Chart, error) {
		return charts.FigureBars(d, lang, st.(*urlstate.Trade).Fig, investmentFigures...)
	}},
	"trade-companies": {"trade", titleKey("chart.companies"), func(d *data.Dataset, lang string, st any) (charts.Chart, error) {
		return charts.Composition(d, lang, st.(*urlstate.Trade).Fig, companyFigures[0], companyFigures[1:]...)
	}},
	"energy-oil": {"energy", func(d *data.Dataset, lang string) string { return seriesTitle(d, "oil-transit", lang) },
		func(d *data.Dataset, lang string, st any) (charts.Chart, error) {
			return charts.Bars(d, lang, st.(*urlstate.Energy).Fig, "oil-transit")
		}},
	"energy-gas": {"energy", titleKey("chart.gas"), func(d *data.Dataset, lang string, st any) (charts.Chart, error) {
		s := st.(*urlstate.Energy)
		shown, _, from, to := energyEvents(d, s)
		return charts.Timeline(d, lang, s.Event, shown, directionLanes(lang), laneByDirection, from, to)
	}},
	"diplomacy-balance": {"diplomacy", titleKey("chart.balance"), func(d *data.Dataset, lang string, _ any) (charts.Chart, error) {
		return charts.Network(d, lang, "", "az", "balance-powers")
	}},
	"diplomacy-nam": {"diplomacy", titleKey("chart.nam"), func(d *data.Dataset, lang string, st any) (charts.Chart, error) {
		nam := eventsOfCategory(d, "nam")
		return charts.Timeline(d, lang, st.(*urlstate.Diplomacy).Event, nam, categoryLanes(d, nam, lang), laneByCategory, 0, 0)
	}},
	"diplomacy-meetings": {"diplomacy", titleKey("chart.meetings"), func(d *data.Dataset, lang string, st any) (charts.Chart, error) {
		m := eventsOfCategory(d, "security")
		return charts.Timeline(d, lang, st.(*urlstate.Diplomacy).Event, m, categoryLanes(d, m, lang), laneByCategory, 0, 0)
	}},
	"timeline-events": {"timeline", titleKey("chart.timeline"), func(d *data.Dataset, lang string, st any) (charts.Chart, error) {
		s := st.(*urlstate.Timeline)
		shown, from, to := timelineEvents(d, s)
		return charts.Timeline(d, lang, s.Event, shown, categoryLanes(d, d.Events, lang), laneByCategory, from, to)
	}},
}

// chart renders one registered chart of this view with the view's state.
func (p *page) chart(d *data.Dataset, id string, tab urlstate.Tab, lang string) goapp.UI {
	spec := chartSpecs[id]
	state := p.state
	if state == nil {
		// go-app renders once before OnNav has read the URL: draw the view's
		// default state until it has.
		state = newState(spec.view)
	}
	c, err := spec.build(d, lang, state)
	return p.chartBlock(d, c, err, id, spec.title(d, lang), tab, lang)
}

// The event selections the charts and their lists share.

func legalDocuments(d *data.Dataset) []data.Event {
	return eventsWhere(d, func(e data.Event) bool { return e.Section == "legal" && e.Category != "tourism" })
}

func eventsOfCategory(d *data.Dataset, cat string) []data.Event {
	return eventsWhere(d, func(e data.Event) bool { return e.Category == cat })
}

// energyEvents are the energy events within the state's years, all energy
// events, and the resolved year bounds.
func energyEvents(d *data.Dataset, s *urlstate.Energy) (shown, all []data.Event, from, to int) {
	all = eventsWhere(d, func(e data.Event) bool { return e.Section == "energy" })
	lo, hi := yearSpan(all)
	from, to = urlstate.ClampYears(s.From, s.To, lo, hi)
	shown = eventsWhere(d, func(e data.Event) bool { return e.Section == "energy" && overlapsYears(e, from, to) })
	return shown, all, from, to
}

// timelineEvents are the events the timeline's filter and years keep.
func timelineEvents(d *data.Dataset, s *urlstate.Timeline) (shown []data.Event, from, to int) {
	lo, hi := yearSpan(d.Events)
	from, to = urlstate.ClampYears(s.From, s.To, lo, hi)
	cats := map[string]bool{}
	for _, c := range s.Cat {
		cats[c] = true
	}
	shown = eventsWhere(d, func(e data.Event) bool {
		return (len(cats) == 0 || cats[e.Category]) && overlapsYears(e, from, to)
	})
	return shown, from, to
}
