package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/data"
)

type energyPage struct {
	page
	st urlstate.Energy
}

func (p *energyPage) OnNav(ctx goapp.Context) {
	p.enter(ctx, Views[3], &p.st, func(d *data.Dataset, lang string) string {
		return firstOf(figureTitle(d, p.st.Fig, lang), eventTitle(d, p.st.Event, lang))
	})
}

var (
	oilFigures = []string{"oil-2018-agreed", "oil-2019", "oil-2021", "oil-2022"}
	gasFigures = []string{"gas-imports-max", "gas-deliveries-2022", "shah-deniz-reserves"}
)

func (p *energyPage) Render() goapp.UI {
	return p.frame(func(d *data.Dataset, lang string) []goapp.UI {
		gas := eventsWhere(d, func(e data.Event) bool { return e.Section == "energy" })
		sel := p.st.Fig
		return []goapp.UI{
			unknownFigure(d, sel, lang),
			unknownEvent(d, p.st.Event, lang),
			block("oil", i18n.T(lang, "h.oil"),
				chartOf(d, "oil-transit", seriesTitle(d, "oil-transit", lang), lang, "oil-transit"),
				figureCards(d, oilFigures, lang, false, sel)),
			block("gas", i18n.T(lang, "h.gas"),
				figureCards(d, gasFigures, lang, false, sel),
				eventsTable(d, gas, i18n.T(lang, "h.gas"), lang, p.st.Event)),
			block("shah-deniz", i18n.T(lang, "h.shahdeniz"), listBlock(d, "gas-export-destinations", lang)),
			block("green", i18n.T(lang, "h.green"), listBlock(d, "green-corridor", lang)),
			otherFigures(d, "energy", lang, sel, oilFigures, gasFigures),
			gapsBlock(d, "energy", lang),
		}
	})
}

// seriesTitle is a dataset series' title, used as its chart's name.
func seriesTitle(d *data.Dataset, id, lang string) string {
	if s, ok := d.SeriesByID(id); ok {
		return s.Title.In(lang)
	}
	return id
}
