package components

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// Citation names the source with the hyperlink its terms of use require.
// Every view shows one.
type Citation struct {
	goapp.Compo

	Lead      string // "Source"
	Publisher string // "Caliber.az"
	URL       string // the hyperlink
	Title     string
	Published string // already written for readers
	Terms     string
}

// Render writes the citation as a small footnote block.
func (c *Citation) Render() goapp.UI {
	return goapp.Div().Class("citation").Body(
		goapp.P().Body(
			goapp.Strong().Text(c.Lead+": "),
			goapp.A().Href(c.URL).Rel("noopener").Text(c.Publisher),
			goapp.Text(", “"),
			goapp.Cite().Text(c.Title),
			goapp.Text("”, "+c.Published+"."),
		),
		goapp.If(c.Terms != "", func() goapp.UI {
			return goapp.P().Class("terms").Text(c.Terms)
		}),
	)
}
