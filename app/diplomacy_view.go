package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/data"
)

type diplomacyPage struct {
	page
	st urlstate.Diplomacy
}

func (p *diplomacyPage) OnNav(ctx goapp.Context) {
	p.enter(ctx, Views[4], &p.st, func(d *data.Dataset, lang string) string { return eventTitle(d, p.st.Event, lang) })
}

func (p *diplomacyPage) Render() goapp.UI {
	return p.frame(func(d *data.Dataset, lang string) []goapp.UI {
		nam := eventsWhere(d, func(e data.Event) bool { return e.Category == "nam" })
		meetings := eventsWhere(d, func(e data.Event) bool { return e.Category == "security" })
		return []goapp.UI{
			unknownEvent(d, p.st.Event, lang),
			block("balance", i18n.T(lang, "h.balance"), listBlock(d, "balance-powers", lang)),
			block("nam", i18n.T(lang, "h.nam"), eventsTable(d, nam, i18n.T(lang, "h.nam"), lang, p.st.Event)),
			block("meetings", i18n.T(lang, "h.meetings"), eventsTable(d, meetings, i18n.T(lang, "h.meetings"), lang, p.st.Event)),
			block("neutrality", i18n.T(lang, "h.neutrality"), listBlock(d, "neutrality", lang)),
			otherFigures(d, "diplomacy", lang, ""),
			gapsBlock(d, "diplomacy", lang),
		}
	})
}
