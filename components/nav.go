package components

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// NavItem is one link of the navigation bar.
type NavItem struct {
	Path, Label string
	Current     bool
}

// Nav is the navigation bar between views.
type Nav struct {
	goapp.Compo

	Label string // accessible name of the navigation landmark
	Items []NavItem
}

// Render lists the views, marking the current one for assistive technology.
func (n *Nav) Render() goapp.UI {
	return goapp.Nav().Class("nav").Aria("label", n.Label).Body(
		goapp.Ul().Body(
			goapp.Range(n.Items).Slice(func(i int) goapp.UI {
				it := n.Items[i]
				a := goapp.A().Href(it.Path).Text(it.Label)
				if it.Current {
					a = a.Aria("current", "page").Class("current")
				}
				return goapp.Li().Body(a)
			}),
		),
	)
}
