package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/charts"
	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/components"
	"bilateral/data"
)

type tradePage struct {
	page
	st urlstate.Trade
}

func (p *tradePage) OnNav(ctx goapp.Context) {
	p.enter(ctx, Views[2], &p.st, func(d *data.Dataset, lang string) string { return figureTitle(d, p.st.Fig, lang) })
}

// The trade view's figures, grouped as the view shows them.
var (
	turnoverFigures   = []string{"trade-2022", "trade-2023", "trade-2023-growth", "trade-2023h1", "trade-2024h1", "trade-2024h1-growth"}
	partnerFigures    = []string{"partner-rank-russia"}
	companyFigures    = []string{"companies-russian-capital", "companies-fully-russian", "companies-joint-ventures"}
	investmentFigures = []string{"investment-ru-az-2023", "investment-az-ru-2023", "fdi-ru-az-2023"}
)

func (p *tradePage) Render() goapp.UI {
	return p.frame(func(d *data.Dataset, lang string) []goapp.UI {
		sel := p.st.Fig
		return []goapp.UI{
			unknownFigure(d, sel, lang),
			block("turnover", i18n.T(lang, "h.turnover"),
				chartOf(d, "trade-turnover", i18n.T(lang, "chart.trade"), lang, "trade-annual", "trade-h1"),
				figureCards(d, turnoverFigures, lang, false, sel)),
			block("partners", i18n.T(lang, "h.partners"),
				figureCards(d, partnerFigures, lang, false, sel),
				listBlock(d, "trade-partners", lang)),
			block("flows", i18n.T(lang, "h.flows"), goapp.Div().Class("pair").Body(
				listBlock(d, "goods-ru-az", lang), listBlock(d, "goods-az-ru", lang))),
			block("companies", i18n.T(lang, "h.companies"), figureCards(d, companyFigures, lang, false, sel)),
			block("investment", i18n.T(lang, "h.investment"), figureCards(d, investmentFigures, lang, false, sel)),
			block("named", i18n.T(lang, "h.named"), goapp.Div().Class("pair").Body(
				listBlock(d, "russian-companies", lang), listBlock(d, "vehicle-plants", lang))),
			otherFigures(d, "trade", lang, sel, turnoverFigures, partnerFigures, companyFigures, investmentFigures),
			gapsBlock(d, "trade", lang),
		}
	})
}

// chartOf draws dataset series as a bar chart, or says why it cannot.
func chartOf(d *data.Dataset, id, label, lang string, series ...string) goapp.UI {
	o, err := charts.SeriesBars(d, lang, series...)
	if err != nil {
		return goapp.P().Class("notice error").Text(err.Error())
	}
	return goapp.Figure().Class("chart-figure").Body(
		&components.Chart{ID: id, Option: o.JSON(), Label: label, Height: 320},
		goapp.FigCaption().Text(label+" · "+i18n.T(lang, "chart.source")),
	)
}
