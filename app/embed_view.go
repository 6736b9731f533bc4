package app

import (
	"sort"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/components"
	"bilateral/data"
)

// EmbedPrefix starts the address of a chart embedded in another site:
// /embed/<view>?chart=<id>&<the view's own parameters>.
const EmbedPrefix = "/embed/"

// embedPage shows one chart of a view, with its title, source line and a
// link back to the full view, and none of the navigation around it. Its
// height, for the page that frames it, is posted by web/theme.js from the
// page's load on, whether the program runs or not; the program adds
// "bilateral:ready" (readiness.go) once it is in charge.
type embedPage struct {
	page
	of    View // the view the chart belongs to
	embed urlstate.Embed
}

func (p *embedPage) OnNav(ctx goapp.Context) {
	_, path := langOf(ctx.Page().URL().Path)
	name := strings.TrimPrefix(path, EmbedPrefix)
	var ok bool
	if p.of, ok = ViewNamed(name); !ok {
		p.of = NotFound
	}
	p.embed = urlstate.Embed{}
	urlstate.Parse(ctx.Page().URL().RawQuery, &p.embed)
	p.enter(ctx, View{Name: "embed", Path: ""}, p.of.NewState(), func(d *data.Dataset, lang string) string {
		if spec, ok := p.spec(); ok {
			return spec.title(d, lang)
		}
		return ""
	})
}

// spec is the chart the link asks for, if it is one of its view's charts.
func (p *embedPage) spec() (chartSpec, bool) {
	spec, ok := chartSpecs[p.embed.Chart]
	return spec, ok && spec.view == p.of.Name
}

func (p *embedPage) Render() goapp.UI {
	lang := p.lang
	d, err := Dataset()
	var body goapp.UI
	switch {
	case err != nil:
		body = goapp.P().Class("notice error").Attr("role", "alert").Text(err.Error())
	case d == nil:
		body = goapp.P().Class("notice").Attr("role", "status").Text(i18n.T(lang, "app.loading"))
	default:
		body = p.content(d, lang)
	}
	return goapp.Main().ID("main").Class("embed").Body(body, citation(d, lang))
}

func (p *embedPage) content(d *data.Dataset, lang string) goapp.UI {
	spec, ok := p.spec()
	if !ok {
		// A link naming no chart asks which; one naming a chart the view
		// does not have says so. Either way the choice is the view's charts.
		ask := goapp.P().Text(i18n.T(lang, "embed.pick"))
		if p.embed.Chart != "" {
			ask = goapp.P().Body(goapp.Text(i18n.T(lang, "embed.unknown")+" "), goapp.Code().Text(p.embed.Chart))
		}
		ids := embeddable(p.of.Name)
		return goapp.Div().Class("notice url-notice").Attr("role", "status").Body(
			ask,
			goapp.Ul().Body(goapp.Range(ids).Slice(func(i int) goapp.UI {
				href := urlstate.URL(EmbedPrefix+chartSpecs[ids[i]].view, &urlstate.Embed{Chart: ids[i]})
				return goapp.Li().Body(goapp.A().Href(Href(lang, href)).Text(embedListName(d, ids[i], lang)))
			})),
		)
	}
	full := urlstate.URL(p.of.Path, p.state)
	return goapp.Div().Body(
		goapp.H1().Class("embed-title").Text(spec.title(d, lang)),
		urlNotices(p.notices, p.of, lang),
		p.chart(d, p.embed.Chart, urlstate.TabChart, lang),
		goapp.P().Class("embed-back").Body(
			goapp.A().Href(Href(lang, full)).Target("_top").Text(i18n.T(lang, "embed.back")+" "+p.of.Title(lang)+" · "+i18n.T(lang, "app.name")),
		),
	)
}

// embedListName is a chart's name in that list: its title and its view's,
// since two views may show a chart of one title (the trade turnover is on
// the overview and on the trade view) and a reader picks one of them.
func embedListName(d *data.Dataset, id, lang string) string {
	spec := chartSpecs[id]
	if v, ok := ViewNamed(spec.view); ok {
		return spec.title(d, lang) + " · " + v.Title(lang)
	}
	return spec.title(d, lang)
}

// embeddable lists view's chart ids, sorted, for a link that names none
// of them; every chart's when the view has none.
func embeddable(view string) []string {
	var ids, all []string
	for id, spec := range chartSpecs {
		all = append(all, id)
		if spec.view == view {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		ids = all
	}
	sort.Strings(ids)
	return ids
}

// embedCodeUI shows the two snippets an embedding site copies: the frame,
// and once a page the script that fits frames to their content.
func embedCodeUI(frame, listener, lang string) goapp.UI {
	snippet := func(label, code string, hidden bool) goapp.UI {
		return &components.Snippet{
			Label: label, LabelHidden: hidden, Code: code,
			CopyLabel: i18n.T(lang, "embed.copy"), Copied: i18n.T(lang, "embed.copied"), CopyError: i18n.T(lang, "embed.failed"),
		}
	}
	return goapp.Details().Class("embed-code").Body(
		goapp.Summary().Text(i18n.T(lang, "embed.summary")),
		snippet(i18n.T(lang, "embed.snippet"), frame, true),
		snippet(i18n.T(lang, "embed.resize"), listener, false),
	)
}
