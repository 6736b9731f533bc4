package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/charts"
	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/data"
)

var tradeView = viewOf[urlstate.Trade](View{Name: "trade", Path: "/trade", Shortcut: true,
	page: func() goapp.Composer { return &tradePage{} }},
	chart("trade-turnover", titleKey("chart.trade"), func(d *data.Dataset, lang string, s *urlstate.Trade) (charts.Chart, error) {
		return charts.Bars(d, lang, s.Fig, "trade-annual", "trade-h1")
	}),
	chart("trade-investment", titleKey("chart.investment"), func(d *data.Dataset, lang string, s *urlstate.Trade) (charts.Chart, error) {
		return charts.FigureBars(d, lang, s.Fig, investmentFigures...)
	}),
	chart("trade-companies", titleKey("chart.companies"), func(d *data.Dataset, lang string, s *urlstate.Trade) (charts.Chart, error) {
		return charts.Composition(d, lang, s.Fig, companyFigures[0], companyFigures[1:]...)
	}),
)

type tradePage struct {
	page
	st urlstate.Trade
}

func (p *tradePage) OnNav(ctx goapp.Context) {
	p.enter(ctx, tradeView, &p.st, nil)
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
		sel, tab := p.st.Fig, p.st.Tab
		return []goapp.UI{
			unknownFigure(d, sel, lang),
			tabSwitch(p.view.Path, tab, lang, func(t urlstate.Tab) urlstate.State { s := p.st; s.Tab = t; return &s }),
			block("turnover", i18n.T(lang, "h.turnover"),
				p.chart(d, "trade-turnover", tab, lang),
				cardGrid(d, turnoverFigures, lang, false, sel)),
			block("partners", i18n.T(lang, "h.partners"),
				cardGrid(d, partnerFigures, lang, false, sel),
				listBlock(d, "trade-partners", lang)),
			block("flows", i18n.T(lang, "h.flows"), listPair(d, lang, "goods-ru-az", "goods-az-ru")),
			block("investment", i18n.T(lang, "h.investment"),
				p.chart(d, "trade-investment", tab, lang),
				cardGrid(d, investmentFigures, lang, false, sel)),
			block("companies", i18n.T(lang, "h.companies"),
				p.chart(d, "trade-companies", tab, lang),
				cardGrid(d, companyFigures, lang, false, sel)),
			block("named", i18n.T(lang, "h.named"), listPair(d, lang, "russian-companies", "vehicle-plants")),
			otherFigures(d, "trade", lang, sel, turnoverFigures, partnerFigures, companyFigures, investmentFigures),
			assessmentsBlock(d, "trade", lang),
			gapsBlock(d, "trade", lang),
		}
	})
}
