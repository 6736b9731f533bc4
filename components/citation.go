package components

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Citation names the source with the hyperlink its terms of use require.
// Every view shows one.
type Citation struct {
	goapp.Compo

	Lead      string // "Source"
	Publisher string // "Caliber.az"
	URL       string // the hyperlink
	// Title is the article's own title, verbatim in its own language
	// (TitleLang): a citation names what was published, not our rendering.
	Title     string
	TitleLang string
	// Translation, when set, is our rendering of Title for a reader of
	// another language, shown beside it under TranslationNote ("our
	// translation") so it is never taken for the article's words.
	Translation     string
	TranslationNote string
	Open, Close     string // the page language's quotation marks
	Published       string // already written for readers
	Terms           string
}

// Render writes the citation as a small footnote block.
func (c *Citation) Render() goapp.UI {
	open, closing := c.Open, c.Close
	if open == "" {
		open, closing = "“", "”"
	}
	body := []goapp.UI{
		goapp.Strong().Text(c.Lead + ": "),
		goapp.A().Href(c.URL).Rel("noopener").Text(c.Publisher),
	}
	if c.Title != "" {
		cite := goapp.Cite()
		if c.TitleLang != "" {
			cite = cite.Lang("%s", c.TitleLang)
		}
		body = append(body,
			goapp.Text(", "+open),
			cite.Text(c.Title),
			goapp.Text(closing),
		)
		if c.Translation != "" {
			body = append(body,
				goapp.Text(" ("+c.TranslationNote+": "+open),
				goapp.Span().Class("cite-translation").Text(c.Translation),
				goapp.Text(closing+")"),
			)
		}
	}
	if c.Published != "" {
		body = append(body, goapp.Text(", "+c.Published))
	}
	// A date that ends in an abbreviation's point (Russian "2024 г.") ends
	// the sentence with it, as Russian writes it: no second point.
	if !strings.HasSuffix(c.Published, ".") {
		body = append(body, goapp.Text("."))
	}
	return goapp.Div().Class("citation").Body(
		goapp.P().Body(body...),
		goapp.If(c.Terms != "", func() goapp.UI {
			return goapp.P().Class("terms").Text(c.Terms)
		}),
	)
}
