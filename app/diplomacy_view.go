package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/charts"
	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/data"
)

var diplomacyView = viewOf[urlstate.Diplomacy](View{Name: "diplomacy", Path: "/diplomacy", Shortcut: true,
	page: func() goapp.Composer { return &diplomacyPage{} }},
	chart("diplomacy-nam", titleKey("chart.nam"), func(d *data.Dataset, lang string, s *urlstate.Diplomacy) (charts.Chart, error) {
		nam := d.EventsOfCategory("nam")
		return charts.Timeline(d, lang, charts.TimelineOptions{
			Events: nam, Lanes: categoryLanes(d, nam, lang), LaneOf: laneByCategory, Selected: s.Event,
		})
	}),
	chart("diplomacy-meetings", titleKey("chart.meetings"), func(d *data.Dataset, lang string, s *urlstate.Diplomacy) (charts.Chart, error) {
		m := d.EventsOfCategory("security")
		return charts.Timeline(d, lang, charts.TimelineOptions{
			Events: m, Lanes: categoryLanes(d, m, lang), LaneOf: laneByCategory, Selected: s.Event,
		})
	}),
)

type diplomacyPage struct {
	page
	st urlstate.Diplomacy
}

func (p *diplomacyPage) OnNav(ctx goapp.Context) {
	p.enter(ctx, diplomacyView, &p.st, nil)
}

func (p *diplomacyPage) Render() goapp.UI {
	return p.frame(func(d *data.Dataset, lang string) []goapp.UI {
		tab, sel := p.st.Tab, p.st.Event
		nam, meetings := d.EventsOfCategory("nam"), d.EventsOfCategory("security")
		return []goapp.UI{
			unknownEvent(d, sel, lang),
			tabSwitch(p.view.Path, tab, lang, func(t urlstate.Tab) urlstate.State { s := p.st; s.Tab = t; return &s }),
			// Four equal spokes would encode nothing the list does not say:
			// the balance is a list.
			block("balance", i18n.T(lang, "h.balance"),
				listBlock(d, "balance-powers", lang)),
			block("nam", i18n.T(lang, "h.nam"),
				p.chart(d, "diplomacy-nam", tab, lang),
				eventsTable(d, nam, i18n.T(lang, "h.nam"), lang, sel)),
			block("meetings", i18n.T(lang, "h.meetings"),
				p.chart(d, "diplomacy-meetings", tab, lang),
				eventsTable(d, meetings, i18n.T(lang, "h.meetings"), lang, sel)),
			block("neutrality", i18n.T(lang, "h.neutrality"), listPair(d, lang, "neutrality", "global-context")),
			otherFigures(d, "diplomacy", lang, ""),
			assessmentsBlock(d, "diplomacy", lang),
			gapsBlock(d, "diplomacy", lang),
		}
	})
}
