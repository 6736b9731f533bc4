package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
	"bilateral/data"
)

type timelinePage struct{ page }

func (p *timelinePage) OnNav(ctx goapp.Context) { p.enter(ctx, Views[5]) }

func (p *timelinePage) Render() goapp.UI {
	return p.frame(Views[5], func(d *data.Dataset, lang string) []goapp.UI {
		all := eventsWhere(d, func(data.Event) bool { return true })
		return []goapp.UI{
			block("events", i18n.T(lang, "h.events"), eventsTable(d, all, i18n.T(lang, "h.events"), lang)),
		}
	})
}
