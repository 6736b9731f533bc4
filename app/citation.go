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
	c := &components.Citation{
		Lead:      i18n.T(lang, "cite.source"),
		Publisher: s.Publisher,
		URL:       s.URL,
		Title:     s.Title.In(articleLang),
		TitleLang: articleLang,
		Open:      i18n.T(lang, "quote.open"),
		Close:     i18n.T(lang, "quote.close"),
		Published: i18n.T(lang, "cite.published") + " " + format.Date(published, lang),
		Terms:     s.Terms.In(lang),
	}
	if tr := titleTranslation(d, lang); tr != "" {
		c.Translation, c.TranslationNote = tr, i18n.T(lang, "cite.translation")
	}
	return c
}

// articleLang is the language Caliber.az published the article in: its
// title is cited in it, whatever the page's language.
const articleLang = "en"

// titleTranslation is our rendering of the article's title in lang, or ""
// when lang is the article's own or the dataset has none.
func titleTranslation(d *data.Dataset, lang string) string {
	if lang == articleLang {
		return ""
	}
	if tr := d.Source.Title[lang]; tr != d.Source.Title[articleLang] {
		return tr
	}
	return ""
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
	open, closing := i18n.T(lang, "quote.open"), i18n.T(lang, "quote.close")
	line := d.Source.Publisher + ", " + open + d.Source.Title.In(articleLang) + closing
	if tr := titleTranslation(d, lang); tr != "" {
		line += " (" + i18n.T(lang, "cite.translation") + ": " + open + tr + closing + ")"
	}
	return line + ", " + format.Date(published, lang)
}
