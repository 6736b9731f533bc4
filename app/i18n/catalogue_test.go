package i18n

import (
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"bilateral/app/urlstate"
	"bilateral/data"
)

// base is a catalogue key without its plural category, and whether it had one.
func base(key string) (string, bool) {
	for _, cat := range []string{"one", "few", "many", "other"} {
		if b, ok := strings.CutSuffix(key, "."+cat); ok {
			return b, true
		}
	}
	return key, false
}

// counted lists the keys English gives plural forms (a ".one" form), without
// the category; "sources.lang.other" alone is an ordinary key.
func counted() map[string]bool {
	m := map[string]bool{}
	for k := range en {
		if b, ok := strings.CutSuffix(k, ".one"); ok {
			m[b] = true
		}
	}
	return m
}

// TestEveryLanguageHasEveryKey fails on a key of the English catalogue that
// another language lacks (a reader would meet English in a Russian page), on a
// counted word missing a plural form its language's rule asks for, and on a
// key only a translation has (a stale one, or a typo).
func TestEveryLanguageHasEveryKey(t *testing.T) {
	plural := counted()
	for _, lang := range Languages {
		c, ok := catalogues[lang]
		if !ok {
			t.Fatalf("%s: no catalogue", lang)
		}
		if Name(lang) == "" {
			t.Errorf("%s: no name for the language switch", lang)
		}
		for k := range en {
			if b, _ := base(k); plural[b] {
				continue
			}
			if _, ok := c[k]; !ok {
				t.Errorf("%s: missing %q (English: %q)", lang, k, en[k])
			}
		}
		for b := range plural {
			for _, cat := range PluralCategories(lang) {
				if _, ok := c[b+"."+cat]; !ok {
					t.Errorf("%s: counted word %q lacks its %q form", lang, b, cat)
				}
			}
		}
		for k := range c {
			b, _ := base(k)
			if _, ok := en[k]; !ok && !plural[b] {
				t.Errorf("%s: key %q is not in the English catalogue", lang, k)
			}
		}
	}
}

// TestPlaceholdersAgree: a translation keeps every %s, %d and {name} of the
// English text, so formatting never prints %!s(MISSING) or a raw {q}. Only
// {unit} may differ: English writes "$4.358 billion", Russian names the unit
// ("4,358 млрд долларов").
func TestPlaceholdersAgree(t *testing.T) {
	holes := regexp.MustCompile(`%[sd]|\{[a-z]+(:[^}]+)?\}`)
	norm := func(s string) []string {
		var out []string
		for _, h := range holes.FindAllString(s, -1) {
			h, _, _ = strings.Cut(strings.TrimSuffix(h, "}"), ":") // {q:abl} is {q} with a suffix
			if h != "{unit" {
				out = append(out, h)
			}
		}
		slices.Sort(out)
		return out
	}
	for _, lang := range Languages[1:] {
		for k, s := range catalogues[lang] {
			if b, ok := base(k); ok && counted()[b] {
				continue
			}
			if got, want := norm(s), norm(en[k]); !slices.Equal(got, want) {
				t.Errorf("%s %q: placeholders %v, English has %v", lang, k, got, want)
			}
		}
	}
}

// TestRunTimeKeys checks the keys the code builds at run time ("q."+hedge,
// "unit.name."+unit, …) from each closed vocabulary they are built from, in
// every language: the literal-key scan below cannot see them.
func TestRunTimeKeys(t *testing.T) {
	keysOf := func(m map[string]bool) []string { return slices.Sorted(maps.Keys(m)) }
	var keys []string
	add := func(prefix string, values []string) {
		for _, v := range values {
			if v != "" {
				keys = append(keys, prefix+v)
			}
		}
	}
	add("q.", keysOf(data.Qualifiers))     // format.Hedged, the Hedge column
	add("hedge.", keysOf(data.Qualifiers)) // format.Hedged
	add("unit.name.", keysOf(data.Units))  // format.UnitName
	add("formula.", keysOf(data.Formulas)) // format.Derivation
	add("kind.", keysOf(data.EntityKinds)) // the Sources view's entities
	add("dir.", keysOf(data.Directions))   // a list's direction
	add("reason.", urlstate.Reasons)       // urlNotices
	var scales []string
	for s := range data.Scales {
		scales = append(scales, s)
	}
	add("scale.", scales)                                            // format.Quantity
	add("url.unknown.", []string{"fig", "event"})                    // unknownID's params
	add("url.list.", []string{"fig", "event"})                       // unknownID's params
	add("qty.", []string{"usd", "percent", "rank", "count", "unit"}) // format.Quantity's shapes
	add("view.", append(viewNames(t), "notfound", "embed"))          // View.Title
	add("lead.", append(viewNames(t), "notfound", "embed"))          // View.Lead
	add("period.", []string{"h1", "h2"})                             // format.Period
	add("date.", []string{"dmy", "my", "y"})                         // format.Date
	add("chart.hedge.", []string{"exact", "range"})                  // the charts' Hedge column
	for _, lang := range Languages {
		for _, k := range keys {
			if _, ok := catalogues[lang][k]; !ok {
				t.Errorf("%s: run-time key %q missing", lang, k)
			}
		}
		// Counted units (format.Quantity's {unit}) need every plural form.
		for _, u := range []string{"usd", "tonne", "m3", "year"} {
			for _, cat := range PluralCategories(lang) {
				if _, ok := catalogues[lang]["unit."+u+"."+cat]; !ok {
					t.Errorf("%s: unit %q lacks its %q form", lang, u, cat)
				}
			}
		}
	}
}

// viewNames reads the views' names off their rows in app/*_view.go (this
// package cannot import app, which imports it).
func viewNames(t *testing.T) []string {
	files, err := filepath.Glob(filepath.Join("..", "*_view.go"))
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile(`View\{Name: "([a-z]+)", Path:`)
	var names []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range row.FindAllStringSubmatch(string(b), -1) {
			names = append(names, m[1])
		}
	}
	if len(names) < 7 {
		t.Fatalf("found only views %v in app/*_view.go; the scan is broken", names)
	}
	return names
}
