package components

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// FigureCard shows one figure large, with what it is, its period and where it
// comes from. A derived figure is drawn differently and says, behind a
// toggle, how it was made. The source line is the block's, not the card's:
// one line under the cards names where they all come from.
type FigureCard struct {
	goapp.Compo

	ID     string // the figure id, used as the card's anchor
	Label  string
	Value  string // already written with its hedge and unit
	Period string // or, for a figure the article gives no date, that said
	// Section names the article section the figure comes from, for a card
	// that no group source line covers; empty for none. With Href it is
	// the link's text, SectionTxt and LinkTxt its title.
	SectionTxt string // "Article section: Trade and investments"
	Section    string
	// Note is what a reader should know about the figure (a period that
	// stands in for one the article does not give, a reading of a hedge),
	// behind a toggle labelled NoteTxt; empty for none.
	Note    string
	NoteTxt string
	Derived string // empty, or how the value was computed
	HowTxt  string // the toggle that shows Derived ("How computed")
	Marker  string // the word shown on derived cards ("derived")
	Href    string // where the figure is explained; empty for none
	LinkTxt string
	// Selected highlights the card a link asked for.
	Selected bool
}

// Render draws the card.
func (c *FigureCard) Render() goapp.UI {
	class := "card"
	if c.Derived != "" {
		class += " derived"
	}
	if c.Selected {
		class += " selected"
	}
	return goapp.Article().Class(class).ID("fig-"+c.ID).DataSet("figure", c.ID).Body(
		goapp.P().Class("card-label").Text(c.Label),
		goapp.P().Class("card-value").Body(
			goapp.Text(c.Value),
			goapp.If(c.Derived != "", func() goapp.UI {
				return goapp.Span().Class("badge").Title(c.Derived).Text(c.Marker)
			}),
		),
		goapp.P().Class("card-period").Text(c.Period),
		goapp.If(c.Section != "" && c.Href == "", func() goapp.UI {
			return goapp.P().Class("card-period card-section").Text(c.Section)
		}),
		goapp.If(c.Derived != "", func() goapp.UI {
			return goapp.Details().Class("card-derived").Body(
				goapp.Summary().Text(c.HowTxt),
				goapp.P().Text(c.Derived),
			)
		}),
		goapp.If(c.Note != "", func() goapp.UI {
			return goapp.Details().Class("card-derived card-note").Body(
				goapp.Summary().Text(c.NoteTxt),
				goapp.P().Text(c.Note),
			)
		}),
		goapp.If(c.Href != "" && c.Section == "", func() goapp.UI {
			return goapp.A().Class("card-link").Href(c.Href).Text(c.LinkTxt)
		}),
		// A card that names its section and links on says both in one
		// line, the section as the link's text (the view it opens is that
		// section's): a line each pushed the overview's six headline
		// numbers below a phone's first screen.
		goapp.If(c.Href != "" && c.Section != "", func() goapp.UI {
			return goapp.A().Class("card-link card-section").Href(c.Href).Title("%s", c.SectionTxt+" · "+c.LinkTxt).Text(c.Section + " ›")
		}),
	)
}
