package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
	"bilateral/data"
)

type legalPage struct{ page }

func (p *legalPage) OnNav(ctx goapp.Context) { p.enter(ctx, Views[1]) }

func (p *legalPage) Render() goapp.UI {
	return p.frame(Views[1], func(d *data.Dataset, lang string) []goapp.UI {
		docs := eventsWhere(d, func(e data.Event) bool { return e.Section == "legal" && e.Category != "tourism" })
		other := eventsWhere(d, func(e data.Event) bool { return e.Section == "legal" && e.Category == "tourism" })
		return []goapp.UI{
			block("agreements", i18n.T(lang, "h.agreements"), figureCards(d, sectionFigures(d, "legal"), lang, false)),
			block("documents", i18n.T(lang, "h.documents"), eventsTable(d, docs, i18n.T(lang, "h.documents"), lang)),
			block("practical", i18n.T(lang, "h.practical"),
				listBlock(d, "practical-agreements", lang),
				eventsTable(d, other, i18n.T(lang, "h.practical"), lang)),
		}
	})
}
