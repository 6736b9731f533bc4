package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
	"bilateral/components"
	"bilateral/data"
)

// page is embedded by every view: it sets the document's title and
// description, loads the dataset in the browser and keeps the readiness
// contract. A view only says what it shows.
type page struct {
	goapp.Compo
	view View
}

// enter runs when the view becomes the navigation target (on the server
// while prerendering, and in the browser).
func (p *page) enter(ctx goapp.Context, v View) {
	p.view = v
	clearReady()
	lang := i18n.Lang
	ctx.Page().SetTitle("%s · %s", v.Title(lang), i18n.T(lang, "app.name"))
	ctx.Page().SetDescription("%s", v.Lead(lang))
	requestDataset(ctx)
	ctx.Defer(func(goapp.Context) { markReadyIfDrawn(v.Name) })
}

// OnMount listens for charts finishing their first frame.
func (p *page) OnMount(ctx goapp.Context) {
	ctx.Handle(components.ChartRendered, func(goapp.Context, goapp.Action) {
		markReadyIfDrawn(p.view.Name)
	})
}

// OnDismount withdraws readiness: this view is going away.
func (p *page) OnDismount() { clearReady() }

// frame wraps a view's content in the shell every view shares: skip link,
// brand, navigation, heading, and the citation at the foot. content is only
// called once the dataset is loaded.
func (p *page) frame(v View, content func(d *data.Dataset, lang string) []goapp.UI) goapp.UI {
	lang := i18n.Lang
	d, err := Dataset()
	var body []goapp.UI
	switch {
	case d != nil:
		body = content(d, lang)
	case err != nil:
		body = []goapp.UI{goapp.P().Class("notice error").Attr("role", "alert").Text(err.Error())}
	default:
		body = []goapp.UI{goapp.P().Class("notice").Attr("role", "status").Text(i18n.T(lang, "app.loading"))}
	}
	return goapp.Div().Class("shell").Body(
		goapp.A().Class("skip").Href("#main").Text(i18n.T(lang, "nav.skip")),
		goapp.Header().Class("top").Body(
			goapp.A().Class("brand").Href("/").Body(
				goapp.Img().Src("/web/icons/icon.svg").Alt("").Width(28).Height(28),
				goapp.Span().Text(i18n.T(lang, "app.name")),
			),
			&components.Nav{Label: i18n.T(lang, "nav.label"), Items: navItems(v, lang)},
			&components.ThemeToggle{LabelDark: i18n.T(lang, "theme.dark"), LabelLight: i18n.T(lang, "theme.light")},
		),
		goapp.Main().ID("main").Class("view view-"+v.Name).Body(
			goapp.H1().Text(v.Title(lang)),
			goapp.P().Class("lead").Text(v.Lead(lang)),
			goapp.Div().Class("content").Body(body...),
		),
		goapp.Footer().Class("foot").Body(citation(d, lang)),
	)
}

func navItems(current View, lang string) []components.NavItem {
	items := make([]components.NavItem, len(Views))
	for i, v := range Views {
		items[i] = components.NavItem{Path: v.Path, Label: v.Title(lang), Current: v.Name == current.Name}
	}
	return items
}
