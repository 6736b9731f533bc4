package i18n

import (
	"testing"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// TestPluralAgainstCLDR checks the hand-written rules against CLDR's as
// golang.org/x/text carries them (natively only: x/text stays out of the
// Wasm), for whole numbers and for numbers with written decimals.
func TestPluralAgainstCLDR(t *testing.T) {
	names := map[plural.Form]string{plural.One: "one", plural.Few: "few", plural.Many: "many", plural.Other: "other"}
	for _, lang := range Languages {
		tag := language.Make(lang)
		for i := 0; i <= 1200; i++ {
			want := names[plural.Cardinal.MatchPlural(tag, i, 0, 0, 0, 0)]
			if got := Plural(lang, float64(i), 0); got != want {
				t.Errorf("%s: Plural(%d) = %q, CLDR %q", lang, i, got, want)
			}
		}
		// 1.5, 2.0, 1.0, 21.3 and so on, written with one decimal.
		for tenths := 0; tenths <= 300; tenths++ {
			v := float64(tenths) / 10
			i, f := tenths/10, tenths%10
			want := names[plural.Cardinal.MatchPlural(tag, i, 1, 1, f, f)]
			if got := Plural(lang, v, 1); got != want {
				t.Errorf("%s: Plural(%.1f, 1 decimal) = %q, CLDR %q", lang, v, got, want)
			}
		}
	}
}

func TestPluralTable(t *testing.T) {
	cases := []struct {
		lang string
		v    float64
		d    int
		want string
	}{
		{"en", 1, 0, "one"}, {"en", 2, 0, "other"}, {"en", 1, 1, "other"}, {"en", 0, 0, "other"},
		{"ru", 1, 0, "one"}, {"ru", 2, 0, "few"}, {"ru", 5, 0, "many"}, {"ru", 11, 0, "many"},
		{"ru", 21, 0, "one"}, {"ru", 22, 0, "few"}, {"ru", 112, 0, "many"}, {"ru", 1.5, 1, "other"},
		{"az", 1, 0, "one"}, {"az", 2, 0, "other"}, {"az", 1.5, 1, "other"},
	}
	for _, c := range cases {
		if got := Plural(c.lang, c.v, c.d); got != c.want {
			t.Errorf("Plural(%s, %v, %d) = %q, want %q", c.lang, c.v, c.d, got, c.want)
		}
	}
	// One rule picks the counted word: "1 year", "5 years"; "1 соглашение"…
	words := map[string]string{"one": "соглашение", "few": "соглашения", "many": "соглашений", "other": "соглашения"}
	for n, want := range map[float64]string{1: "соглашение", 2: "соглашения", 5: "соглашений", 21: "соглашение", 14: "соглашений"} {
		if got := words[Plural("ru", n, 0)]; got != want {
			t.Errorf("%v %s, want %s", n, got, want)
		}
	}
	if N("en", "unit.year", Plural("en", 1, 0)) != "year" || N("en", "unit.year", Plural("en", 5, 0)) != "years" {
		t.Error(`English: want "1 year", "5 years"`)
	}
	if N("ru", "unit.year", Plural("ru", 5, 0)) != "лет" {
		t.Error(`Russian: want "5 лет"`)
	}
}
