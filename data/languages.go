package data

import (
	"fmt"
	"sort"
	"strings"
)

// The languages a dataset declares are a promise to the site: it offers
// exactly those, so every reader-facing text must be in each of them, and a
// text in a language the file does not declare would never be shown (a
// typo such as "ru " or a stray "de" is caught here, not left unseen).

// SourceLanguage is the language of the article and of every text's
// original: required in every dataset, first among its languages.
const SourceLanguage = "en"

// checkLanguages checks the declared list: two-letter codes, no repeats,
// English first.
func (c *checker) checkLanguages() {
	if c.d.Langs == nil {
		return
	}
	if len(c.d.Langs) == 0 || c.d.Langs[0] != "en" {
		c.add("languages", `want "en" first: English is the source of truth every text is translated from`)
	}
	seen := map[string]bool{}
	for i, l := range c.d.Langs {
		p := fmt.Sprintf("languages[%d]", i)
		switch {
		case !twoLetters(l):
			c.add(p, "unknown language %q; want a two-letter lower-case ISO 639-1 code such as en, ru, az", l)
		case seen[l]:
			c.add(p, "language %q is declared twice", l)
		}
		seen[l] = true
	}
}

// declared is the list the texts are checked against: what the file
// declares, or English alone when it declares nothing (or nothing usable).
func declared(langs []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, l := range langs {
		if twoLetters(l) && !seen[l] {
			out = append(out, l)
			seen[l] = true
		}
	}
	if !seen["en"] {
		out = append([]string{"en"}, out...)
	}
	return out
}

// text checks a reader-facing text. Absent optional texts are fine; a text
// that is present must say something in every declared language.
func (c *checker) text(path string, t Text, required bool) {
	c.textIn(path, t, required, c.langs, "the dataset declares "+strings.Join(c.langs, ", "))
}

// textIn checks that t holds exactly the languages want, each non-blank;
// why says where the allowed languages come from.
func (c *checker) textIn(path string, t Text, required bool, want []string, why string) {
	if t == nil {
		if required {
			c.add(path, `missing text; want {%q: "…"}`, want[0])
		}
		return
	}
	for _, lang := range want {
		if strings.TrimSpace(t[lang]) != "" {
			continue
		}
		if lang == "en" {
			c.add(path, `missing English text ("en")`)
		} else {
			c.add(member(path, lang), "missing text in %q (%s)", lang, why)
		}
	}
	langs := make([]string, 0, len(t))
	for lang := range t {
		langs = append(langs, lang)
	}
	sort.Strings(langs)
	for _, lang := range langs {
		switch {
		case !twoLetters(lang):
			c.add(member(path, lang), "unknown language key %q; want a two-letter lower-case ISO 639-1 code such as en, ru, az", lang)
		case !has(want, lang):
			c.add(member(path, lang), "text in %q, which is not allowed here: %s", lang, why)
		}
	}
}

func has(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
