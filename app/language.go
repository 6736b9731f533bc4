package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/components"
)

// languageSwitch links this view, in its full state, to itself in every
// language of the interface.
func (p *page) languageSwitch() goapp.UI {
	if p.view.Path == "" {
		return nil
	}
	return &components.LanguageSwitch{Label: i18n.T(p.lang, "lang.label"), Current: p.lang, Links: p.inLanguages()}
}

// inLanguages is this view in its full state in each language, in
// i18n.Languages' order.
func (p *page) inLanguages() []components.LanguageLink {
	links := make([]components.LanguageLink, len(i18n.Languages))
	for i, lang := range i18n.Languages {
		links[i] = components.LanguageLink{Lang: lang, Name: i18n.Name(lang),
			Href: Href(lang, urlstate.URL(p.view.Path, p.state)), Offer: i18n.T(lang, "lang.offer")}
	}
	return links
}
