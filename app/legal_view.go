package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/data"
)

type legalPage struct {
	page
	st urlstate.Legal
}

func (p *legalPage) OnNav(ctx goapp.Context) {
	p.enter(ctx, Views[1], &p.st, func(d *data.Dataset, lang string) string {
		return firstOf(figureTitle(d, p.st.Fig, lang), eventTitle(d, p.st.Event, lang))
	})
}

func (p *legalPage) Render() goapp.UI {
	return p.frame(func(d *data.Dataset, lang string) []goapp.UI {
		docs := eventsWhere(d, func(e data.Event) bool { return e.Section == "legal" && e.Category != "tourism" })
		other := eventsWhere(d, func(e data.Event) bool { return e.Section == "legal" && e.Category == "tourism" })
		return []goapp.UI{
			unknownFigure(d, p.st.Fig, lang),
			unknownEvent(d, p.st.Event, lang),
			block("agreements", i18n.T(lang, "h.agreements"), figureCards(d, sectionFigures(d, "legal"), lang, false, p.st.Fig)),
			block("documents", i18n.T(lang, "h.documents"), eventsTable(d, docs, i18n.T(lang, "h.documents"), lang, p.st.Event)),
			block("practical", i18n.T(lang, "h.practical"),
				listBlock(d, "practical-agreements", lang),
				eventsTable(d, other, i18n.T(lang, "h.practical"), lang, p.st.Event)),
			gapsBlock(d, "legal", lang),
		}
	})
}
