package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/components"
	"bilateral/data"
)

// page is embedded by every view: it reads the view's state from the URL,
// sets the document's title, description and canonical link, loads the
// dataset in the browser and keeps the readiness contract. A view only says
// what it shows.
type page struct {
	goapp.Compo

	view     View
	lang     string // the page's language, from its URL
	state    urlstate.State
	describe func(d *data.Dataset, lang string) string
	notices  []urlstate.Notice
	asked    string // the not-found page: the path asked for, without its language

	// A view is kept once built (view_host.go): these say what it last
	// entered and whether it is the view on screen.
	query   string // the raw query it entered
	shown   bool   // its address is the page's: it owns the title and data-ready
	aside   string // set by the host before a view is built while another is read: its language
	settled func() // set by the host: called once the view has entered and rendered
}

// enter runs each time the view becomes the navigation target, for a new
// path or a new query (on the server while prerendering, and in the browser).
// describe names the state for the title ("" for the view's plain state);
// nil names the figure or event the state selects.
//
// Every kept view hears every navigation (go-app tells each component of
// the page): one whose address it is not lets it pass without a render. A
// view built while the reader reads another (its host set aside) enters
// its plain state in the reader's language, without touching the page's
// title or readiness. A view entered again in the state it shows only
// takes the page back.
func (p *page) enter(ctx goapp.Context, v View, state urlstate.State, describe func(*data.Dataset, string) string) {
	u := ctx.Page().URL()
	lang, query, mine := p.addressOf(u.Path, u.RawQuery, v)
	if lang == "" {
		p.shown = false
		ctx.PreventUpdate()
		return
	}
	p.shown, p.aside = mine, ""
	if d, _ := Dataset(); d != nil && mine && v.Path != "" && p.view.Name == v.Name && p.lang == lang && p.query == query {
		p.settle(ctx)
		ctx.PreventUpdate()
		return
	}
	if p.shown {
		clearReady()
	}
	if describe == nil && state != nil {
		describe = func(d *data.Dataset, lang string) string { return selectionTitle(d, state, lang) }
	}
	p.view, p.state, p.describe, p.lang, p.query = v, state, describe, lang, query
	p.notices = nil
	if state != nil {
		p.notices = urlstate.Parse(query, state)
	}
	if d, _ := Dataset(); d != nil {
		p.settle(ctx)
		return
	}
	if p.shown {
		p.setMeta(ctx, nil)
	}
	requestDataset(ctx, p.settle)
}

// addressOf is the language and query view v enters for the page at path
// and rawQuery, and whether that address is v's: the page's own when it is
// (the not-found and embed pages answer any address they are routed), the
// plain state in the language the host gave a view it builds aside, and no
// language when the navigation is another view's.
func (p *page) addressOf(path, rawQuery string, v View) (lang, query string, mine bool) {
	lang, rest := langOf(path)
	if v.Path == "" || rest == v.Path {
		if !i18n.Known(lang) {
			lang = i18n.Default // /fr/…: the not-found page, in English
		}
		return lang, rawQuery, true
	}
	if p.view.Name != "" {
		return "", "", false // entered already, kept aside: nothing to enter
	}
	return p.aside, "", false
}

// settle runs once the dataset is in: the title can name the selection, and
// the view is ready as soon as its charts have drawn.
func (p *page) settle(ctx goapp.Context) {
	if !p.shown {
		ctx.Defer(func(goapp.Context) { p.settledNow() })
		return
	}
	d, _ := Dataset()
	p.setMeta(ctx, d)
	ctx.Defer(func(ctx goapp.Context) {
		p.settledNow() // the host puts it on screen before its readiness is read
		scrollUnlessClicked()
		markReadyIfDrawn(p.view.Name)
	})
}

// PreviewImage names the link-preview picture of a state of view v (the
// state as a canonical query) and says in words what it shows. The server
// sets it (server/preview); the browser leaves it nil, since link unfurlers
// read only the prerendered page, so the page falls back to the icon.
var PreviewImage func(v View, lang, query string) (path, alt string)

// setMeta writes the title, description, canonical link and the rest of the
// head (Head) of this exact state, so a shared link unfurls with what it
// shows.
func (p *page) setMeta(ctx goapp.Context, d *data.Dataset) {
	lang := p.lang
	title := p.view.Title(lang)
	if d != nil && p.describe != nil {
		if s := p.describe(d, lang); s != "" {
			title = s + " · " + title
		}
	}
	full := title + " · " + i18n.T(lang, "app.name")
	ctx.Page().SetTitle("%s", full)
	ctx.Page().SetDescription("%s", p.view.Lead(lang))
	state := p.state
	if d != nil && state != nil {
		state = ShownState(d, p.view, state)
	}
	image, alt, card := "/web/icons/icon-512.png", i18n.T(lang, "app.name"), "summary"
	if PreviewImage != nil && p.view.Path != "" && d != nil {
		if path, what := PreviewImage(p.view, lang, urlstate.Format(state)); path != "" {
			image, alt, card = path, what, "summary_large_image"
		}
	}
	ctx.Page().SetImage(image)
	dropTwitterCard()
	ctx.Page().SetTwitterCard(goapp.TwitterCard{
		Card:        card,
		Title:       full,
		Description: p.view.Lead(lang),
		Image:       image,
		ImageAlt:    alt,
	})
	href := ""
	if p.view.Path != "" {
		href = urlstate.URLIn(urlLang(lang), p.view.Path, state)
		ctx.Page().SetCanonicalLink("%s", href)
	}
	setDocumentHead(lang, href)
}

// dropTwitterCard removes the page's twitter:* tags before setMeta sets
// them again: go-app's browser SetTwitterCard appends five <meta> rather
// than setting them, and each state shown (each year typed) set them once
// more, a head growing as long as the tab stayed open (TestHeadDoesNotGrow).
func dropTwitterCard() {
	if goapp.IsServer {
		return
	}
	tags := goapp.Window().Get("document").Call("querySelectorAll", `head meta[name^="twitter:"]`)
	for i := range tags.Length() {
		tags.Index(i).Call("remove")
	}
}

// navigate pushes a new state of this view: a discrete choice the reader may
// want to step back from.
func (p *page) navigate(ctx goapp.Context, state urlstate.State) {
	ctx.Navigate(Href(p.lang, urlstate.URL(p.view.Path, state)))
}

// replace records a continuous adjustment (a year slider) without filling the
// history, then redraws.
func (p *page) replace(ctx goapp.Context, state urlstate.State) {
	clearReady()
	u := *ctx.Page().URL()
	u.RawQuery = urlstate.Format(state)
	ctx.Page().ReplaceURL(&u)
	d, _ := Dataset()
	p.setMeta(ctx, d)
	ctx.Defer(func(goapp.Context) { markReadyIfDrawn(p.view.Name) })
}

// OnMount listens for charts finishing their first frame, and for clicks on
// a bar or point, which select its figure or event like a link would.
//
// A view the host builds is mounted after the navigation was told, so it
// enters here (and on the server in OnPreRender); a view go-app routes
// itself enters here and again, at no cost, on the navigation.
func (p *page) OnMount(ctx goapp.Context) {
	// Neither handler renders the view unless it navigates: every kept
	// view hears every chart.
	ctx.Handle(components.ChartRendered, func(ctx goapp.Context, _ goapp.Action) {
		ctx.PreventUpdate()
		if p.shown {
			markReadyIfDrawn(p.view.Name)
		}
	})
	ctx.Handle(components.ChartSelected, func(ctx goapp.Context, a goapp.Action) {
		ctx.PreventUpdate()
		ref, _ := a.Value.(string)
		d, _ := Dataset()
		if d == nil || p.state == nil || !p.shown {
			return
		}
		if next := withSelection(p.state, d, ref); next != nil {
			chartClicked = true
			p.navigate(ctx, next)
		}
	})
	enterOnMount(ctx)
}

// OnPreRender enters the view the server builds.
func (p *page) OnPreRender(ctx goapp.Context) { enterOnMount(ctx) }

func enterOnMount(ctx goapp.Context) {
	if n, ok := ctx.Src().(goapp.Navigator); ok {
		n.OnNav(ctx)
	}
}

// OnDismount withdraws readiness if this view is the one on screen: it is
// going away.
func (p *page) OnDismount() {
	if p.shown {
		clearReady()
	}
}

func (p *page) settledNow() {
	if p.settled != nil {
		p.settled()
	}
}

// base is the page every view embeds, for the host that keeps them.
func (p *page) base() *page { return p }

// BrandIcon is the header's mark, and the server makes it go-app's loader
// picture and the manifest's 192 px icon too, so the page asks for no other
// picture. As an SVG in an <img>, Chromium made the mark an SVG document of
// its own on the page's main thread while the page was being laid out
// (50–80 ms at 4× CPU, a long task of Lighthouse's mobile run); a PNG is
// decoded off it.
const BrandIcon = "/web/icons/icon-192.png"

// frame wraps a view's content in the shell every view shares: skip link,
// brand, navigation, heading, notices about the URL, and the citation at the
// foot. content is only called once the dataset is loaded.
func (p *page) frame(content func(d *data.Dataset, lang string) []goapp.UI) goapp.UI {
	v := p.view
	lang := p.lang
	d, err := Dataset()
	var body []goapp.UI
	switch {
	case v.Name == "":
		// go-app renders once before OnNav has read the URL, and renders
		// again once it has; no reader sees the first (go-app patch 3). Its
		// content would only cost: on the server a drawing of every chart
		// in a state the page does not show (1.7 s for /timeline's at eight
		// widths), in the browser an ECharts chart each, set again at once.
	case d != nil:
		body = content(d, lang)
	case err != nil:
		body = []goapp.UI{goapp.P().Class("notice error").Attr("role", "alert").Text(err.Error())}
	default:
		body = []goapp.UI{goapp.P().Class("notice").Attr("role", "status").Text(i18n.T(lang, "app.loading"))}
	}
	on, off := i18n.T(lang, "settings.on"), i18n.T(lang, "settings.off")
	return goapp.Div().Class("shell").Body(
		goapp.A().Class("skip").Href(p.here()+"#main").Text(i18n.T(lang, "nav.skip")),
		goapp.Header().Class("top").Body(
			goapp.A().Class("brand").Href(Href(lang, "/")).Body(
				goapp.Img().Src(BrandIcon).Attr("role", "presentation").Width(28).Height(28),
				goapp.Span().Text(i18n.T(lang, "app.name")),
			),
			&components.Nav{Label: i18n.T(lang, "nav.label"), Items: navItems(v, lang)},
			p.languageSwitch(),
			&components.InstallButton{Label: i18n.T(lang, "install.label"), Title: i18n.T(lang, "install.title"),
				AppleHint: i18n.T(lang, "install.apple"), Dismiss: i18n.T(lang, "install.dismiss")},
			&components.Settings{Label: i18n.T(lang, "settings.label"), Items: []goapp.UI{
				&components.Preference{Name: "theme", On: "dark", Off: "light", Action: components.ThemeChanged,
					FollowSystem: components.DarkQuery(), Label: i18n.T(lang, "settings.theme"),
					Help: i18n.T(lang, "settings.theme.help"), OnTxt: on, OffTxt: off},
				&components.Preference{Name: "patterns", On: "on", Off: "off", Action: components.PatternsChanged,
					Label: i18n.T(lang, "settings.patterns"), Help: i18n.T(lang, "settings.patterns.help"),
					OnTxt: on, OffTxt: off},
			}},
		),
		&components.UpdateNotice{Message: i18n.T(lang, "update.message"), Action: i18n.T(lang, "update.reload")},
		goapp.Main().ID("main").Class("view view-"+v.Name).Body(
			goapp.Div().Class("heading").Body(
				goapp.H1().Text(v.Title(lang)),
				&components.Share{
					Label:     i18n.T(lang, "share.label"),
					Title:     v.Title(lang) + " · " + i18n.T(lang, "app.name"),
					Copied:    i18n.T(lang, "share.copied"),
					CopyError: i18n.T(lang, "share.failed"),
				},
			),
			goapp.P().Class("lead").Text(v.Lead(lang)),
			urlNotices(p.notices, v, lang),
			goapp.Div().Class("content").Body(body...),
		),
		goapp.Footer().Class("foot").Body(
			citation(d, lang),
			goapp.P().Class("print-only print-url").Text(i18n.T(lang, "print.url")+" "+origin()+p.here()),
		),
	)
}

// here is the URL of this exact state, so in-page links keep the state.
func (p *page) here() string {
	if p.view.Path == "" {
		return ""
	}
	return Href(p.lang, urlstate.URL(p.view.Path, p.state))
}

func navItems(current View, lang string) []components.NavItem {
	items := make([]components.NavItem, len(Views))
	for i, v := range Views {
		items[i] = components.NavItem{Path: Href(lang, v.Path), Label: v.Title(lang), Current: v.Name == current.Name}
	}
	return items
}
