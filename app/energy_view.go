package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/charts"
	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/data"
)

var energyView = viewOf[urlstate.Energy](View{Name: "energy", Path: "/energy", Shortcut: true,
	page: func() goapp.Composer { return &energyPage{} },
	shown: shownBy(func(d *data.Dataset, s *urlstate.Energy) {
		_, all, _, _ := energyEvents(d, s)
		lo, hi := data.YearSpan(all)
		s.From, s.To = urlstate.OpenYears(s.From, s.To, lo, hi)
	})},
	chart("energy-oil", func(d *data.Dataset, lang string) string { return seriesTitle(d, "oil-transit", lang) },
		func(d *data.Dataset, lang string, s *urlstate.Energy) (charts.Chart, error) {
			_, _, from, to := energyEvents(d, s)
			return charts.BarsOf(d, lang, charts.BarSpec{Selected: s.Fig, Series: []string{"oil-transit"}, Targets: oilTargets, From: from, To: to})
		}),
	chart("energy-gas", titleKey("chart.gas"), func(d *data.Dataset, lang string, s *urlstate.Energy) (charts.Chart, error) {
		shown, _, from, to := energyEvents(d, s)
		return charts.Timeline(d, lang, charts.TimelineOptions{
			Events: shown, Lanes: directionLanes(lang), LaneOf: laneByDirection, From: from, To: to, Selected: s.Event,
		})
	}),
)

type energyPage struct {
	page
	st    urlstate.Energy
	years yearEdits
}

func (p *energyPage) OnNav(ctx goapp.Context) {
	p.enter(ctx, energyView, &p.st, func(d *data.Dataset, lang string) string {
		if t := selectionTitle(d, &p.st, lang); t != "" {
			return t
		}
		return p.rangeTitle(d, lang)
	})
}

// oilTargets are the oil figures that were agreed, not shipped.
var oilTargets = []string{"oil-2018-agreed"}

var (
	oilFigures = []string{"oil-2018-agreed", "oil-2019", "oil-2021", "oil-2022"}
	gasFigures = []string{"gas-imports-max", "gas-deliveries-2022", "shah-deniz-reserves"}
)

func (p *energyPage) Render() goapp.UI {
	return p.frame(func(d *data.Dataset, lang string) []goapp.UI {
		sel, tab := p.st.Fig, p.st.Tab
		shown, all, from, to := energyEvents(d, &p.st)
		lo, hi := data.YearSpan(all)
		return []goapp.UI{
			urlNotices(unnoted(dataNotices(p.st.From, p.st.To, lo, hi, nil, nil), p.notices), p.view, lang),
			unknownFigure(d, sel, lang),
			unknownEvent(d, p.st.Event, lang),
			goapp.Div().Class("controls").Body(
				tabSwitch(p.view.Path, tab, lang, func(t urlstate.Tab) urlstate.State { s := p.st; s.Tab = t; return &s }),
				p.years.control(lo, hi, from, to, lang, applyYears(&p.page, &p.st)),
			),
			block("oil", i18n.T(lang, "h.oil"),
				p.chart(d, "energy-oil", tab, lang),
				cardGrid(d, p.figuresInYears(d, oilFigures, from, to), lang, false, sel)),
			block("gas", i18n.T(lang, "h.gas"),
				p.chart(d, "energy-gas", tab, lang),
				cardGrid(d, p.figuresInYears(d, gasFigures, from, to), lang, false, sel),
				eventsOrNothing(d, shown, i18n.T(lang, "h.gas"), lang, p.st.Event)),
			block("shah-deniz", i18n.T(lang, "h.shahdeniz"), listBlock(d, "gas-export-destinations", lang)),
			block("green", i18n.T(lang, "h.green"), listBlock(d, "green-corridor", lang)),
			otherFigures(d, "energy", lang, sel, oilFigures, gasFigures),
			assessmentsBlock(d, "energy", lang),
			gapsBlock(d, "energy", lang),
		}
	})
}

// figuresInYears are the figures of ids a year range leaves on screen: with
// no range, all; with one, those whose period falls within it, and the
// selected figure wherever it is. A card from outside the years under a
// chart that says the article reports nothing for them would contradict it.
func (p *energyPage) figuresInYears(d *data.Dataset, ids []string, from, to int) []string {
	if p.st.From == 0 && p.st.To == 0 {
		return ids
	}
	var in []string
	for _, id := range ids {
		if f, ok := d.Figure(id); ok && (f.Overlaps(from, to) || id == p.st.Fig) {
			in = append(in, id)
		}
	}
	return in
}

// energyEvents are the energy events within the state's years, all energy
// events, and the resolved year bounds.
func energyEvents(d *data.Dataset, s *urlstate.Energy) (shown, all []data.Event, from, to int) {
	all = d.EventsOfSection("energy")
	lo, hi := data.YearSpan(all)
	from, to = urlstate.ClampYears(s.From, s.To, lo, hi)
	shown = d.EventsWhere(func(e data.Event) bool { return e.Section == "energy" && e.Overlaps(from, to) })
	return shown, all, from, to
}

// directionLanes are the rows of the gas chart: each way gas ran, then the
// agreements and milestones that have no direction of their own.
func directionLanes(lang string) []charts.Lane {
	return []charts.Lane{
		{ID: "ru-az", Label: i18n.T(lang, "dir.ru-az")},
		{ID: "az-ru", Label: i18n.T(lang, "dir.az-ru")},
		{ID: "", Label: i18n.T(lang, "lane.milestones")},
	}
}

func laneByDirection(e data.Event) string { return e.Direction }

// seriesTitle is a dataset series' title, used as its chart's name.
func seriesTitle(d *data.Dataset, id, lang string) string {
	if s, ok := d.SeriesByID(id); ok {
		return s.Title.In(lang)
	}
	return id
}

// rangeTitle names a year range narrower than the data ("Gas supply and
// agreements, 2005–2015"), or "" for the full span.
func (p *energyPage) rangeTitle(d *data.Dataset, lang string) string {
	if p.st.From == 0 && p.st.To == 0 {
		return ""
	}
	_, _, from, to := energyEvents(d, &p.st)
	return i18n.T(lang, "chart.gas") + ", " + strconv.Itoa(from) + "–" + strconv.Itoa(to)
}
