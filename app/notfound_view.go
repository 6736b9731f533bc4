package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
	"bilateral/data"
)

// notFoundPage answers any path that is not a view. The server sends it with
// status 404; the path asked for is shown as text, never as HTML.
type notFoundPage struct {
	page
	path string
}

func (p *notFoundPage) OnNav(ctx goapp.Context) {
	p.path = ctx.Page().URL().Path
	p.enter(ctx, NotFound, nil, nil)
	if lang, rest := langOf(p.path); i18n.Known(lang) {
		p.asked = rest
	} else {
		p.asked = routePath(p.path) // /fr/…: no language of ours to take off
	}
}

func (p *notFoundPage) Render() goapp.UI {
	return p.frame(func(d *data.Dataset, lang string) []goapp.UI {
		return []goapp.UI{
			goapp.P().Class("notice").Body(
				goapp.Strong().Text(i18n.T(lang, "notfound.path")+": "),
				goapp.Code().Text(p.path),
			),
			goapp.Ul().Class("view-list").Body(goapp.Range(Views).Slice(func(i int) goapp.UI {
				return goapp.Li().Body(goapp.A().Href(Href(lang, Views[i].Path)).Text(Views[i].Title(lang)))
			})),
		}
	})
}
