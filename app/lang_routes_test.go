package app

import (
	"strings"
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/data"
)

// TestLanguagePaths: every view and embed answers under each language's
// prefix with the same path; an unknown language prefix is unknown like any
// other path (the server answers it 404).
func TestLanguagePaths(t *testing.T) {
	known := []string{"/", "/trade", "/ru/", "/ru", "/ru/trade", "/az/trade", "/az/embed/energy", "/ru/sources", "/embed/trade"}
	unknown := []string{"/fr/trade", "/en/trade", "/ru/nope", "/ru//trade", "/RU/trade", "/rus/trade", "/az/az/trade"}
	for _, p := range known {
		if !Known(p) {
			t.Errorf("Known(%q) = false, want a view", p)
		}
	}
	for _, p := range unknown {
		if Known(p) {
			t.Errorf("Known(%q) = true, want unknown (404)", p)
		}
	}
	got := localPaths("/trade")
	if len(got) != 3 || got[0] != "/trade" || got[1] != "/ru/trade" || got[2] != "/az/trade" {
		t.Errorf("localPaths(/trade) = %v", got)
	}
	for _, c := range []struct{ lang, path, want string }{
		{"en", "/trade?fig=trade-2023", "/trade?fig=trade-2023"},
		{"ru", "/trade?fig=trade-2023", "/ru/trade?fig=trade-2023"},
		{"az", "/", "/az/"},
	} {
		if got := Href(c.lang, c.path); got != c.want {
			t.Errorf("Href(%s, %s) = %q, want %q", c.lang, c.path, got, c.want)
		}
	}
	if lang, rest := langOf("/az/embed/energy"); lang != "az" || rest != "/embed/energy" {
		t.Errorf("langOf: %q %q", lang, rest)
	}
}

// TestLanguageSwitchKeepsState: the switch's links are this view with its
// whole state, in each language.
func TestLanguageSwitchKeepsState(t *testing.T) {
	p := &page{view: tradeView, lang: "ru", state: tradeView.NewState()}
	urlstate.Parse("fig=trade-2023&tab=table", p.state)
	want := map[string]string{"en": "/trade?", "ru": "/ru/trade?", "az": "/az/trade?"}
	q := urlstate.Format(p.state)
	if !strings.Contains(q, "fig=trade-2023") {
		t.Fatalf("state %q lost the figure", q)
	}
	for _, l := range p.inLanguages() {
		if l.Href != want[l.Lang]+q {
			t.Errorf("%s: %q, want %q", l.Lang, l.Href, want[l.Lang]+q)
		}
		if l.Name == "" || l.Offer == "" {
			t.Errorf("%s: no name or offer", l.Lang)
		}
	}
	html := goapp.HTMLString(p.languageSwitch())
	if !strings.Contains(html, `aria-label="Язык"`) || !strings.Contains(html, `hreflang="az"`) || !strings.Contains(html, "Azərbaycanca") {
		t.Errorf("switch: %s", html)
	}
}

func TestAlternates(t *testing.T) {
	lang, alts, ok := Alternates("/ru/trade?fig=trade-2023", []string{"en", "ru", "az"})
	want := []Alternate{{"en", "/trade?fig=trade-2023"}, {"ru", "/ru/trade?fig=trade-2023"},
		{"az", "/az/trade?fig=trade-2023"}, {"x-default", "/trade?fig=trade-2023"}}
	if !ok || lang != "ru" || len(alts) != len(want) {
		t.Fatalf("Alternates = %q %v %v", lang, alts, ok)
	}
	for i := range want {
		if alts[i] != want[i] {
			t.Errorf("alternate %d: %v, want %v", i, alts[i], want[i])
		}
	}
	// An English-only dataset offers English alone (and x-default).
	if _, alts, _ := Alternates("/", []string{"en"}); len(alts) != 2 || alts[0].Href != "/" {
		t.Errorf("English only: %v", alts)
	}
	for _, bad := range []string{"/fr/trade", "/en/trade"} {
		if _, _, ok := Alternates(bad, i18n.Languages); ok {
			t.Errorf("Alternates(%q) accepted", bad)
		}
	}
}

// TestHeadOf: a page's head names its language's locale first and the
// other languages' as alternates, with the alternates of Alternates.
func TestHeadOf(t *testing.T) {
	h, ok := HeadOf("/az/energy?tab=table", []string{"en", "ru", "az"})
	if !ok || h.Lang != "az" || h.Href != "/az/energy?tab=table" || h.Locale != i18n.Locale("az") ||
		strings.Join(h.LocaleAlternates, " ") != i18n.Locale("en")+" "+i18n.Locale("ru") ||
		len(h.Alternates) != 4 || h.Alternates[2].Href != "/az/energy?tab=table" {
		t.Errorf("HeadOf = %+v, %v", h, ok)
	}
	if _, ok := HeadOf("/fr/trade", i18n.Languages); ok {
		t.Error("HeadOf(/fr/trade) accepted")
	}
}

// TestEnglishOnlyDataset: a dataset that declares English alone gives a site
// without /ru/ and /az/ (404), and a switch that offers English alone.
func TestEnglishOnlyDataset(t *testing.T) {
	before, _ := Dataset()
	t.Cleanup(func() { SetDataset(before) })
	SetDataset(&data.Dataset{Langs: []string{"en"}})
	if got := Offered(); len(got) != 1 || got[0] != "en" {
		t.Errorf("Offered() = %v, want [en]", got)
	}
	if Known("/ru/trade") || !Known("/trade") {
		t.Errorf("English-only: Known(/ru/trade) = %v, Known(/trade) = %v", Known("/ru/trade"), Known("/trade"))
	}
	p := &page{view: tradeView, lang: "en", state: tradeView.NewState()}
	if links := p.inLanguages(); len(links) != 1 {
		t.Errorf("switch offers %d languages, want 1", len(links))
	}
	SetDataset(&data.Dataset{Langs: []string{"en", "ru", "az"}})
	if !Known("/az/trade") {
		t.Error("a dataset in three languages: /az/trade unknown")
	}
}

// TestNotFoundSwitchesLanguage: the not-found page has the language switch
// too, to the same missing path in each language; a path that would lead
// off the site, or carries what an attribute must not, is linked escaped or
// not at all.
func TestNotFoundSwitchesLanguage(t *testing.T) {
	p := &page{view: NotFound, lang: "ru", asked: "/nope"}
	want := map[string]string{"en": "/nope", "ru": "/ru/nope", "az": "/az/nope"}
	for _, l := range p.inLanguages() {
		if l.Href != want[l.Lang] {
			t.Errorf("%s: %q, want %q", l.Lang, l.Href, want[l.Lang])
		}
	}
	if html := goapp.HTMLString(p.languageSwitch()); !strings.Contains(html, `href="/az/nope"`) {
		t.Errorf("switch: %s", html)
	}
	for asked, want := range map[string]string{
		`/\evil.example`: `/%5Cevil.example`,
		"//evil.example": "/",
		`/a"><script>`:   "/a%22%3E%3Cscript%3E",
		"":               "/",
		"/ru/x y":        "/ru/x%20y",
		"/fr/nope":       "/fr/nope",
	} {
		if got := askedPath(asked); got != want {
			t.Errorf("askedPath(%q) = %q, want %q", asked, got, want)
		}
	}
}
