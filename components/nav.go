package components

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// NavItem is one link of the navigation bar.
type NavItem struct {
	Path, Label string
	Current     bool
}

// Nav is the navigation between views: a row of links where the screen has
// room for them, otherwise a menu (a <details>, which works before the Wasm
// runs) named after the current view. The stylesheet shows one of the two;
// the other is display:none, so assistive technology meets one list.
type Nav struct {
	goapp.Compo

	Label string // accessible name of the navigation landmark ("Views")
	Items []NavItem
}

// Render lists the views twice, row and menu, marking the current one.
func (n *Nav) Render() goapp.UI {
	current := ""
	for _, it := range n.Items {
		if it.Current {
			current = it.Label
		}
	}
	// On a page of no view (the not-found page) the menu is named after
	// the list itself: an empty button would say nothing. The two spans
	// stay either way: a view's first render has no current view yet, and
	// it must keep the served page's elements (go-app patch 13).
	prefix, label := n.Label+": ", current
	if current == "" {
		prefix, label = "", n.Label
	}
	return goapp.Nav().Class("nav").Aria("label", n.Label).Body(
		goapp.Ul().Class("nav-row").Body(n.links(false)),
		goapp.Details().Class("menu nav-menu").Body(
			goapp.Summary().Class("menu-button").Body(
				goapp.Span().Class("visually-hidden").Text(prefix),
				goapp.Span().Class("menu-label").Text(label),
			),
			goapp.Ul().Class("menu-panel").Body(n.links(true)),
		),
	)
}

func (n *Nav) links(inMenu bool) goapp.UI {
	return goapp.Range(n.Items).Slice(func(i int) goapp.UI {
		it := n.Items[i]
		a := goapp.A().Href(it.Path).Text(it.Label)
		if it.Current {
			a = a.Aria("current", "page").Class("current")
		}
		if inMenu {
			a = a.OnClick(closeMenu)
		}
		return goapp.Li().Body(a)
	})
}

// closeMenu folds the menu a link was chosen from: the app changes view
// without loading a page, so the <details> would otherwise stay open.
func closeMenu(ctx goapp.Context, e goapp.Event) {
	if d := e.Get("currentTarget").Call("closest", "details"); d.Truthy() {
		d.Call("removeAttribute", "open")
	}
}
