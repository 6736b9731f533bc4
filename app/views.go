package app

import (
	"slices"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/data"
)

// View is one page of the dashboard. Its row (name, path, page, state and
// charts) sits in the view's own file, built by viewOf; Views lists the rows.
// Adding a view is one file and one entry in Views.
type View struct {
	Name     string // "trade": the readiness value and the i18n key suffix
	Path     string // "/trade"
	Shortcut bool   // offered as a shortcut on the installed app's icon

	page     func() goapp.Composer
	newState func() urlstate.State
	charts   []chartSpec
	// shown makes a state the one the view shows, beyond unknown ids
	// (ShownState): years clamped, categories it has no events of left out.
	shown func(*data.Dataset, urlstate.State)
}

// Views lists the pages in navigation order.
var Views = []View{overviewView, legalView, tradeView, energyView, diplomacyView, timelineView, sourcesView}

// NotFound is the view shown for any other path.
var NotFound = View{Name: "notfound"}

// viewOf completes a view's row with its state type S and its charts, which
// take that state, so a chart can never be handed another view's state.
func viewOf[S any, P interface {
	*S
	urlstate.State
}](v View, specs ...typedChart[P]) View {
	v.newState = func() urlstate.State { return P(new(S)) }
	for _, c := range specs {
		v.charts = append(v.charts, c.erase(v.Name))
	}
	return v
}

// ViewNamed is the view called name, if there is one.
func ViewNamed(name string) (View, bool) {
	for _, v := range Views {
		if v.Name == name {
			return v, true
		}
	}
	return View{}, false
}

// NewState is the view's state with nothing set, or nil for a view without
// one (the not-found view).
func (v View) NewState() urlstate.State {
	if v.newState == nil {
		return nil
	}
	return v.newState()
}

// Shortcuts names the views offered on the installed app's icon, in
// navigation order.
func Shortcuts() []string {
	var names []string
	for _, v := range Views {
		if v.Shortcut {
			names = append(names, v.Name)
		}
	}
	return names
}

// Title is the view's heading in lang.
func (v View) Title(lang string) string { return i18n.T(lang, "view."+v.Name) }

// Lead is the sentence under the view's heading.
func (v View) Lead(lang string) string { return i18n.T(lang, "lead."+v.Name) }

// Known reports whether path is one of the views, in one of the interface's
// languages (/trade, /ru/trade), so the server can answer 404 for everything
// else (/fr/trade too) while still rendering the in-app not-found view.
func Known(path string) bool {
	// The default language has no prefix: /en/trade is not an address.
	lang, path := urlstate.SplitLang(path)
	if lang != "" && (lang == i18n.Default || !slices.Contains(Offered(), lang)) {
		return false
	}
	for _, v := range Views {
		if v.Path == path || path == EmbedPrefix+v.Name {
			return true
		}
	}
	return false
}

// ViewOfSection maps an article section to the view that shows it, so a
// figure card can link to where its figure is explained.
func ViewOfSection(section string) View {
	switch section {
	case "legal", "trade", "energy", "diplomacy":
		if v, ok := ViewNamed(section); ok {
			return v
		}
	}
	return overviewView
}
