package components

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// Choice is one option of a Segmented control: a link to the state it picks.
type Choice struct {
	Label, Href string
	Current     bool
}

// Segmented is a small group of mutually exclusive choices (chart or table).
// Each choice is a link to the URL of its state, so it works without script,
// can be opened in a new tab, and Back undoes it.
type Segmented struct {
	goapp.Compo

	Label   string // the accessible name of the group
	Choices []Choice
}

// Render draws the links as one pill-shaped control.
func (s *Segmented) Render() goapp.UI {
	return goapp.Div().Class("segmented").Attr("role", "group").Aria("label", s.Label).Body(
		goapp.Range(s.Choices).Slice(func(i int) goapp.UI {
			c := s.Choices[i]
			a := goapp.A().Href(c.Href).Text(c.Label)
			if c.Current {
				a = a.Aria("current", "true").Class("current")
			}
			return a
		}),
	)
}
