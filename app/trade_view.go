package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/charts"
	"bilateral/app/i18n"
	"bilateral/components"
	"bilateral/data"
)

type tradePage struct{ page }

func (p *tradePage) OnNav(ctx goapp.Context) { p.enter(ctx, Views[2]) }

// The trade view's figures, grouped as the view shows them.
var (
	turnoverFigures   = []string{"trade-2022", "trade-2023", "trade-2023-growth", "trade-2023h1", "trade-2024h1", "trade-2024h1-growth"}
	partnerFigures    = []string{"partner-rank-russia"}
	companyFigures    = []string{"companies-russian-capital", "companies-fully-russian", "companies-joint-ventures"}
	investmentFigures = []string{"investment-ru-az-2023", "investment-az-ru-2023", "fdi-ru-az-2023"}
)

func (p *tradePage) Render() goapp.UI {
	return p.frame(Views[2], func(d *data.Dataset, lang string) []goapp.UI {
		return []goapp.UI{
			block("turnover", i18n.T(lang, "h.turnover"),
				chartOf(d, "trade-turnover", i18n.T(lang, "chart.trade"), lang, "trade-annual", "trade-h1"),
				figureCards(d, turnoverFigures, lang, false)),
			block("partners", i18n.T(lang, "h.partners"),
				figureCards(d, partnerFigures, lang, false),
				listBlock(d, "trade-partners", lang)),
			block("flows", i18n.T(lang, "h.flows"), goapp.Div().Class("pair").Body(
				listBlock(d, "goods-ru-az", lang), listBlock(d, "goods-az-ru", lang))),
			block("companies", i18n.T(lang, "h.companies"), figureCards(d, companyFigures, lang, false)),
			block("investment", i18n.T(lang, "h.investment"), figureCards(d, investmentFigures, lang, false)),
			block("named", i18n.T(lang, "h.named"), goapp.Div().Class("pair").Body(
				listBlock(d, "russian-companies", lang), listBlock(d, "vehicle-plants", lang))),
			otherFigures(d, "trade", lang, turnoverFigures, partnerFigures, companyFigures, investmentFigures),
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
