package data

import (
	"os"
	"reflect"
	"testing"
)

// An English-only file (no languages field) loads and offers English alone;
// a file declaring two languages offers exactly those, in its order.
func TestLanguages(t *testing.T) {
	if got := fixture(t).Languages(); !reflect.DeepEqual(got, []string{"en"}) {
		t.Errorf("English-only file: Languages() = %v, want [en]", got)
	}
	b, err := os.ReadFile("testdata/valid-two-languages.json")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse("valid-two-languages.json", b)
	if err != nil {
		t.Fatalf("the two-language fixture is refused:\n%v", err)
	}
	got := d.Languages()
	if !reflect.DeepEqual(got, []string{"en", "ru"}) {
		t.Errorf("Languages() = %v, want [en ru]", got)
	}
	got[0] = "xx"
	if d.Languages()[0] != "en" {
		t.Error("Languages() hands out the dataset's own slice")
	}
}

// TestTranslationRules breaks the two-language fixture once per rule.
func TestTranslationRules(t *testing.T) {
	cases := []struct {
		name         string
		breakIt      func(d *Dataset)
		path, reason string
	}{
		{"missing translation", func(d *Dataset) { delete(d.Gaps[0].Text, "ru") }, "gaps[id=trade-2024-total].text.ru", `missing text in "ru"`},
		{"blank translation", func(d *Dataset) { d.Entities[0].Role["ru"] = " " }, "entities[id=vladimir-putin].role.ru", `missing text in "ru"`},
		{"undeclared language", func(d *Dataset) { d.Categories[0].Label["az"] = "Diplomatiya" }, "categories[id=diplomacy].label.az", `text in "az", which is not allowed here`},
		{"quote translated in place", func(d *Dataset) { d.Assessments[0].Quote["ru"] = "столь же прочен" }, "assessments[id=trade-robust].quote.ru", "a quote keeps the article's English words"},
		{"quote without translation", func(d *Dataset) { d.Assessments[0].Translation = nil }, "assessments[id=trade-robust].translation", `missing text; want {"ru": "…"}`},
		{"translation with English", func(d *Dataset) { d.Assessments[0].Translation["en"] = "equally robust" }, "assessments[id=trade-robust].translation.en", "the quote itself"},
		{"English not first", func(d *Dataset) { d.Langs = []string{"ru", "en"} }, "languages", `want "en" first`},
		{"language twice", func(d *Dataset) { d.Langs = []string{"en", "ru", "ru"} }, "languages[2]", `language "ru" is declared twice`},
		{"language not a code", func(d *Dataset) { d.Langs = []string{"en", "rus"} }, "languages[1]", `unknown language "rus"`},
	}
	b, err := os.ReadFile("testdata/valid-two-languages.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse("valid-two-languages.json", b)
			if err != nil {
				t.Fatal(err)
			}
			c.breakIt(d)
			if ps := d.Validate(); !hasProblem(ps, c.path, c.reason) {
				t.Errorf("want %s: …%s…; got %v", c.path, c.reason, ps)
			}
		})
	}
	// An English-only file may not carry a translation of a quote: no view
	// would show it, and it would be a text in an undeclared language.
	d := fixture(t)
	d.Assessments[0].Translation = Text{"ru": "столь же прочен"}
	if ps := d.Validate(); !hasProblem(ps, "assessments[id=trade-robust].translation.ru", "not allowed here") {
		t.Errorf("a translation in an English-only file: got %v", d.Validate())
	}
}

func TestTextOriginal(t *testing.T) {
	x := Text{"en": "Baku", "ru": "Баку"}
	for _, c := range []struct {
		lang, shown, title string
		translated         bool
	}{
		{"en", "Baku", "", false},
		{"ru", "Баку", "Baku", true},
		{"az", "Baku", "", false}, // no Azerbaijani: the English shows, and is no translation
	} {
		if got := x.In(c.lang); got != c.shown {
			t.Errorf("In(%s) = %q, want %q", c.lang, got, c.shown)
		}
		if got := x.Translated(c.lang); got != c.translated {
			t.Errorf("Translated(%s) = %v, want %v", c.lang, got, c.translated)
		}
		if got := x.OriginalFor(c.lang); got != c.title {
			t.Errorf("OriginalFor(%s) = %q, want %q", c.lang, got, c.title)
		}
	}
	if x.Original() != "Baku" {
		t.Errorf("Original() = %q", x.Original())
	}
}
