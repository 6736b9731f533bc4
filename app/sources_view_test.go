//go:build !wasm

package app

import (
	"strings"
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
)

// The Sources view says the article is English and which texts are ours.
func TestSourcesLanguageNote(t *testing.T) {
	d := loadDefault(t)
	h := render(languageNote(d, "ru"))
	for _, key := range []string{"sources.lang.original", "sources.lang.translated"} {
		if want := goapp.HTMLString(goapp.Text(i18n.T("ru", key))); !strings.Contains(h, want) {
			t.Errorf("the note lacks %s (%q):\n%s", key, want, h)
		}
	}
	d.Langs = nil // an English-only file: no translations to speak of
	h = render(languageNote(d, "en"))
	if strings.Contains(h, goapp.HTMLString(goapp.Text(i18n.T("en", "sources.lang.translated")))) {
		t.Errorf("an English-only dataset is said to have translations:\n%s", h)
	}
}

// A translated text carries its English original as its title; an English
// text needs none.
func TestSourcesShowEnglishOriginals(t *testing.T) {
	d := loadDefault(t)
	g := d.Gaps[0].Text
	ru := render(gapList(d, "ru"))
	if want := `title="` + goapp.HTMLString(goapp.Text(g["en"])) + `"`; !strings.Contains(ru, want) {
		t.Errorf("the Russian gap list lacks %s:\n%s", want, ru)
	}
	if !strings.Contains(ru, g["ru"]) {
		t.Errorf("the Russian gap list does not show %q", g["ru"])
	}
	if en := render(gapList(d, "en")); strings.Contains(en, "title=") {
		t.Errorf("the English gap list has titles:\n%s", en)
	}
	e := d.Entities[0]
	az := render(entityTable(d, "az"))
	if !strings.Contains(az, `title="`+e.Name["en"]+`"`) || !strings.Contains(az, e.Name["az"]) {
		t.Errorf("the Azerbaijani entity table lacks %q with the title %q", e.Name["az"], e.Name["en"])
	}
	if a := render(attribution(d, "az")); !strings.Contains(a, `title="`) {
		t.Errorf("the Azerbaijani attribution has no English original:\n%s", a)
	}
	f := d.Figures[0]
	if p := render(provenanceTable(d, "ru", "")); !strings.Contains(p, `title="`+f.Label["en"]+`"`) {
		t.Errorf("the Russian provenance table lacks the English label %q as a title", f.Label["en"])
	}
}

// A quote stays the article's English words in every language, marked as
// English, with our translation after it, marked as ours.
func TestAssessmentQuoteStaysEnglish(t *testing.T) {
	d := loadDefault(t)
	a := d.Assessments[0]
	h := render(assessmentsBlock(d, a.Section, "ru"))
	for _, want := range []string{
		`lang="en"`,
		goapp.HTMLString(goapp.Text(i18n.T("ru", "quote.open") + a.Quote["en"] + i18n.T("ru", "quote.close"))),
		goapp.HTMLString(goapp.Text(i18n.T("ru", "assess.translation"))),
		a.Translation["ru"],
	} {
		if !strings.Contains(h, want) {
			t.Errorf("the Russian block lacks %q:\n%s", want, h)
		}
	}
	if en := render(assessmentsBlock(d, a.Section, "en")); strings.Contains(en, a.Translation["ru"]) ||
		strings.Contains(en, goapp.HTMLString(goapp.Text(i18n.T("en", "assess.translation")))) {
		t.Errorf("the English block shows a translation:\n%s", en)
	}
}
