//go:build !wasm

package app

import (
	"html"
	"regexp"
	"strings"
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
)

var (
	tags      = regexp.MustCompile(`<[^>]*>`)
	citeEn    = regexp.MustCompile(`<cite lang="en">[^<]*</cite>`)
	latinWord = regexp.MustCompile(`[A-Za-z]{2,}`)
	indent    = regexp.MustCompile(`\n\s*`)
)

// renderFlat is the citation's HTML without the renderer's indentation,
// which is not part of the text.
func renderFlat(ui goapp.UI) string { return indent.ReplaceAllString(render(ui), "") }

// The article is English: every page cites its English title verbatim,
// marked as English, in the page's quotation marks; a Russian or
// Azerbaijani page adds our translation beside it, said to be ours, and
// says nothing else in English.
func TestCitationQuotesTheEnglishTitle(t *testing.T) {
	d := loadDefault(t)
	en := d.Source.Title["en"]
	enCite := `<cite lang="en">` + goapp.HTMLString(goapp.Text(en)) + `</cite>`
	for _, lang := range []string{"en", "ru", "az"} {
		h := renderFlat(citation(d, lang))
		open, closing := i18n.T(lang, "quote.open"), i18n.T(lang, "quote.close")
		if !strings.Contains(h, open+enCite+closing) {
			t.Errorf("%s: the English title is not quoted as %s…%s in <cite lang=en>:\n%s", lang, open, closing, h)
		}
		if !strings.Contains(h, `href="`+d.Source.URL+`"`) {
			t.Errorf("%s: no hyperlink to %s:\n%s", lang, d.Source.URL, h)
		}
		note := i18n.T(lang, "cite.translation")
		tr := goapp.HTMLString(goapp.Text(d.Source.Title[lang]))
		if lang == "en" {
			if strings.Contains(h, "cite-translation") {
				t.Errorf("en: the English page shows a translation:\n%s", h)
			}
			continue
		}
		if want := "(" + note + ": " + open + `<span class="cite-translation">` + tr + "</span>" + closing + ")"; !strings.Contains(h, want) {
			t.Errorf("%s: our translation is not beside the title as %q:\n%s", lang, want, h)
		}
		rest := tags.ReplaceAllString(citeEn.ReplaceAllString(h, ""), "")
		rest = strings.ReplaceAll(rest, d.Source.Publisher, "")
		for _, key := range []string{"cite.source", "cite.published", "cite.translation", "cite.terms"} {
			if s := i18n.T("en", key); strings.Contains(rest, s) {
				t.Errorf("%s: English %q (%s) outside the English title", lang, s, key)
			}
		}
		if lang == "ru" {
			if w := latinWord.FindString(rest); w != "" {
				t.Errorf("ru: Latin word %q outside the English title: %q", w, rest)
			}
		}
	}
}

// Files that leave the page (chart downloads' provenance) cite the same way.
func TestCiteLineQuotesTheEnglishTitle(t *testing.T) {
	d := loadDefault(t)
	en := d.Source.Title["en"]
	if got := citeLine(d, "en"); !strings.Contains(got, "“"+en+"”") || strings.Contains(got, "(") {
		t.Errorf("en: %q", got)
	}
	got := citeLine(d, "ru")
	if want := "«" + en + "» (" + i18n.T("ru", "cite.translation") + ": «" + d.Source.Title["ru"] + "»)"; !strings.Contains(got, want) {
		t.Errorf("ru: %q lacks %q", got, want)
	}
}

// Without a dataset the citation still names and links the publisher.
func TestCitationWithoutDataset(t *testing.T) {
	h := renderFlat(citation(nil, "ru"))
	if !strings.Contains(h, `href="https://caliber.az/"`) || strings.Contains(h, "<cite") {
		t.Errorf("fallback citation:\n%s", h)
	}
}

// The citation is one sentence with one full stop in every language: a
// Russian date ends in "г." and that point ends the sentence ("2024 г..",
// seen on every Russian page's foot, was a second one).
func TestCitationEndsWithOneFullStop(t *testing.T) {
	d := loadDefault(t)
	for _, lang := range []string{"en", "ru", "az"} {
		h := renderFlat(citation(d, lang))
		first, _, _ := strings.Cut(h, "</p>")
		text := html.UnescapeString(tags.ReplaceAllString(first, ""))
		if !strings.HasSuffix(text, ".") || strings.HasSuffix(text, "..") {
			t.Errorf("%s: the citation does not end in one full stop: %q", lang, text)
		}
	}
}
