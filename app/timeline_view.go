package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/data"
)

type timelinePage struct {
	page
	st urlstate.Timeline
}

func (p *timelinePage) OnNav(ctx goapp.Context) {
	p.enter(ctx, Views[5], &p.st, func(d *data.Dataset, lang string) string { return eventTitle(d, p.st.Event, lang) })
}

func (p *timelinePage) Render() goapp.UI {
	return p.frame(func(d *data.Dataset, lang string) []goapp.UI {
		all := eventsWhere(d, func(data.Event) bool { return true })
		return []goapp.UI{
			unknownEvent(d, p.st.Event, lang),
			block("events", i18n.T(lang, "h.events"), eventsTable(d, all, i18n.T(lang, "h.events"), lang, p.st.Event)),
		}
	})
}
