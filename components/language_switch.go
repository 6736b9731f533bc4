package components

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// LanguageLink is this very page (its view and full state) in one language.
type LanguageLink struct {
	Lang  string // "ru"
	Name  string // the language's name in itself: "Русский"
	Href  string // "/ru/trade?fig=trade-2023"
	Offer string // the quiet offer, in that language: "Эта страница на русском"
}

// LanguageSwitch links the page to itself in each language, the current one
// marked. On a page in the default language (the first link) it quietly
// offers the reader's own language: the one they chose before, remembered in
// localStorage, or else the first of their browser's languages the site
// speaks. It never redirects: the offer is a link.
type LanguageSwitch struct {
	goapp.Compo

	Label   string // accessible name of the switch ("Language")
	Current string
	Links   []LanguageLink

	offer int // index of the offered link; 0: none (the default is never offered)
}

// languageKey is where a reader's choice is remembered.
const languageKey = "bilateral-lang"

// OnInit finds the offer before the switch's first render in the browser.
// Found on mount, it took a dispatch, which renders every component around
// the switch: the whole view again at the program's start.
func (s *LanguageSwitch) OnInit() { s.findOffer() }

// OnUpdate finds the offer again for the links the switch now has: a page
// mounts an empty switch before it knows its address (page.languageSwitch).
func (s *LanguageSwitch) OnUpdate(goapp.Context) { s.findOffer() }

func (s *LanguageSwitch) findOffer() {
	s.offer = 0
	if goapp.IsServer || len(s.Links) < 2 || s.Current != s.Links[0].Lang {
		return
	}
	s.offer = s.preferred()
}

// preferred is the index of the language to offer, or 0 for none.
func (s *LanguageSwitch) preferred() int {
	if chosen := goapp.Window().Get("localStorage").Call("getItem", languageKey); chosen.Truthy() {
		return s.index(chosen.String())
	}
	langs := goapp.Window().Get("navigator").Get("languages")
	if !langs.Truthy() {
		return 0
	}
	for i := range langs.Length() {
		tag := strings.ToLower(langs.Index(i).String())
		base, _, _ := strings.Cut(tag, "-")
		if j := s.index(base); j > 0 || base == s.Links[0].Lang {
			return j // the first language the site speaks wins, even the default
		}
	}
	return 0
}

func (s *LanguageSwitch) index(lang string) int {
	for i, l := range s.Links {
		if l.Lang == lang {
			return i
		}
	}
	return 0
}

// remember keeps the reader's choice for the offer on later visits.
func remember(lang string) goapp.EventHandler {
	return func(goapp.Context, goapp.Event) {
		goapp.Window().Get("localStorage").Call("setItem", languageKey, lang)
	}
}

func (s *LanguageSwitch) Render() goapp.UI {
	var offer goapp.UI
	if s.offer > 0 && s.offer < len(s.Links) {
		l := s.Links[s.offer]
		offer = goapp.A().Class("lang-offer").Href(l.Href).Lang(l.Lang).Attr("hreflang", l.Lang).
			OnClick(remember(l.Lang)).Text(l.Offer)
	}
	return goapp.Nav().Class("lang-switch").Aria("label", s.Label).Body(
		goapp.Ul().Body(goapp.Range(s.Links).Slice(func(i int) goapp.UI {
			l := s.Links[i]
			// The code on screen, the name too for screen readers and on hover:
			// three names in full take the header's room from the views at
			// 1280 px. The name follows the code in the link's text (not an
			// aria-label), so what is read out starts with what is shown.
			a := goapp.A().Href(l.Href).Lang(l.Lang).Attr("hreflang", l.Lang).OnClick(remember(l.Lang)).
				Title(l.Name).Body(
				goapp.Text(strings.ToUpper(l.Lang)),
				goapp.Span().Class("visually-hidden").Text(" "+l.Name),
			)
			if l.Lang == s.Current {
				a = a.Aria("current", "page").Class("current")
			}
			return goapp.Li().Body(a)
		})),
		offer,
	)
}
