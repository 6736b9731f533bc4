package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
	"bilateral/data"
)

type diplomacyPage struct{ page }

func (p *diplomacyPage) OnNav(ctx goapp.Context) { p.enter(ctx, Views[4]) }

func (p *diplomacyPage) Render() goapp.UI {
	return p.frame(Views[4], func(d *data.Dataset, lang string) []goapp.UI {
		nam := eventsWhere(d, func(e data.Event) bool { return e.Category == "nam" })
		meetings := eventsWhere(d, func(e data.Event) bool { return e.Category == "security" })
		return []goapp.UI{
			block("balance", i18n.T(lang, "h.balance"), listBlock(d, "balance-powers", lang)),
			block("nam", i18n.T(lang, "h.nam"), eventsTable(d, nam, i18n.T(lang, "h.nam"), lang)),
			block("meetings", i18n.T(lang, "h.meetings"), eventsTable(d, meetings, i18n.T(lang, "h.meetings"), lang)),
			block("neutrality", i18n.T(lang, "h.neutrality"), listBlock(d, "neutrality", lang)),
			otherFigures(d, "diplomacy", lang),
		}
	})
}
