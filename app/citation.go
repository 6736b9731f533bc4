package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/format"
	"bilateral/app/i18n"
	"bilateral/components"
	"bilateral/data"
)

// citation is the source line every view carries. Before the dataset is in
// (or when it failed to load) it still names and links the publisher, since
// the article's terms require the link on every view.
func citation(d *data.Dataset, lang string) goapp.UI {
	if d == nil {
		return &components.Citation{
			Lead:      i18n.T(lang, "cite.source"),
			Publisher: i18n.T(lang, "cite.fallback.publisher"),
			URL:       i18n.T(lang, "cite.fallback.url"),
			Terms:     i18n.T(lang, "cite.terms"),
		}
	}
	s := d.Source
	published, _, _ := strings.Cut(s.Published, "T")
	return &components.Citation{
		Lead:      i18n.T(lang, "cite.source"),
		Publisher: s.Publisher,
		URL:       s.URL,
		Title:     s.Title.In(lang),
		Published: i18n.T(lang, "cite.published") + " " + format.Date(published, lang),
		Terms:     s.Terms.In(lang),
	}
}

// sourceLine names where a record comes from: the publisher and the article's section.
func sourceLine(d *data.Dataset, section, lang string) string {
	line := d.Source.Publisher
	if s, ok := d.Section(section); ok {
		line += " · " + s.Title.In(lang)
	}
	return line
}

// citeLine is the citation as one line of text, for files that leave the page.
func citeLine(d *data.Dataset, lang string) string {
	published, _, _ := strings.Cut(d.Source.Published, "T")
	return d.Source.Publisher + ", “" + d.Source.Title.In(lang) + "”, " + format.Date(published, lang)
}
