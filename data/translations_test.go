//go:build !wasm

package data

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// The embedded dataset's translations, checked against their English
// originals. The validator already refuses a missing translation (see
// missing-translation.json); these tests check what a validator of shape
// cannot: the script of each language, the numbers, and the names.

// textPair is one reader-facing text and where it is; a quote's translation
// is paired with the quote's English words.
type textPair struct {
	path string
	text Text
}

// allTexts walks every Text field of d, so a Text field added to the types
// is checked without a change here.
func allTexts(d *Dataset) []textPair {
	var out []textPair
	textType := reflect.TypeOf(Text{})
	var walk func(v reflect.Value, path string)
	walk = func(v reflect.Value, path string) {
		switch {
		case v.Type() == textType:
			if !v.IsNil() {
				out = append(out, textPair{path, v.Interface().(Text)})
			}
		case v.Kind() == reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem(), path)
			}
		case v.Kind() == reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i), fmt.Sprintf("%s[%d]", path, i))
			}
		case v.Kind() == reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				name, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("json"), ",")
				if v.Type() == reflect.TypeOf(Assessment{}) && name == "translation" {
					continue // paired with its quote below
				}
				walk(v.Field(i), strings.TrimPrefix(path+"."+name, "."))
			}
		}
	}
	walk(reflect.ValueOf(d).Elem(), "")
	for i, a := range d.Assessments {
		if a.Translation == nil {
			continue
		}
		t := Text{"en": a.Quote["en"]}
		for l, s := range a.Translation {
			t[l] = s
		}
		out = append(out, textPair{fmt.Sprintf("assessments[%d].translation", i), t})
	}
	return out
}

// translations yields every translated text of the embedded dataset in lang.
func translations(t *testing.T, d *Dataset, lang string) []textPair {
	t.Helper()
	var out []textPair
	for _, p := range allTexts(d) {
		if p.path == "" || strings.HasSuffix(p.path, ".quote") {
			continue // a quote is English only
		}
		if p.text[lang] == "" {
			t.Errorf("%s: no %s text (the validator should have refused it)", p.path, lang)
			continue
		}
		out = append(out, p)
	}
	if len(out) < 300 {
		t.Errorf("only %d texts in %s", len(out), lang)
	}
	return out
}

func TestEveryTextIsFound(t *testing.T) {
	// allTexts must see the texts the validator checks: a sample of paths.
	d := defaultDataset(t)
	var paths []string
	for _, p := range allTexts(d) {
		paths = append(paths, p.path)
	}
	for _, want := range []string{"source.title", "source.attribution", "source.sections[0].title", "entities[1].note",
		"figures[4].derived.note", "series[2].points[2].note", "lists[0].items[0].text", "gaps[0].text",
		"categories[0].label", "assessments[0].about", "assessments[0].translation"} {
		if !slices.Contains(paths, want) {
			t.Errorf("allTexts misses %s", want)
		}
	}
}

func TestTranslationScripts(t *testing.T) {
	d := defaultDataset(t)
	for _, lang := range d.Languages() {
		switch lang {
		case "ru":
			for _, p := range translations(t, d, lang) {
				if !strings.ContainsFunc(p.text[lang], isCyrillic) {
					t.Errorf("%s.ru has no Cyrillic: %q", p.path, p.text[lang])
				}
			}
		case "az":
			for _, p := range translations(t, d, lang) {
				if i := strings.IndexFunc(p.text[lang], isCyrillic); i >= 0 {
					t.Errorf("%s.az has Cyrillic (Azerbaijani is written in Latin letters): %q", p.path, p.text[lang])
				}
				// Letters of another Latin alphabet (Turkish ı is Azerbaijani too; ä, ñ are not).
				for _, r := range p.text[lang] {
					if unicode.IsLetter(r) && r > 0x7f && !strings.ContainsRune("əƏğĞıİşŞçÇöÖüÜ", r) {
						t.Errorf("%s.az has %q, not an Azerbaijani letter: %q", p.path, r, p.text[lang])
					}
				}
			}
		}
	}
}

func isCyrillic(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }

// number finds numbers: digits, with a decimal point or comma, and a
// thousands separator (comma, space or no-break space) before three digits.
var number = regexp.MustCompile(`\d+(?:[.,]\d+|[\x{a0}\x{202f} ]\d{3}\b)*`)

// numbers are the digits of each number in s, sorted, separators dropped:
// "4.5" and "4,5" are both "45"; "1,400" and "1400" both "1400".
func numbers(s string) []string {
	var out []string
	for _, n := range number.FindAllString(s, -1) {
		out = append(out, strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, n))
	}
	slices.Sort(out)
	return out
}

func TestNumbers(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"4.358 billion over 1,400 companies", []string{"1400", "4358"}},
		{"4,358 млрд, более 1400 компаний", []string{"1400", "4358"}},
		{"1 400 компаний, 2019–2022, 17,5%", []string{"1400", "175", "2019", "2022"}},
		{"3 July 1997", []string{"1997", "3"}},
	} {
		if got := numbers(c.s); !slices.Equal(got, c.want) {
			t.Errorf("numbers(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestTranslatedNumbers: a translation states the numbers of its original,
// no more and no fewer (years, days, amounts, percentages).
func TestTranslatedNumbers(t *testing.T) {
	d := defaultDataset(t)
	for _, lang := range d.Languages()[1:] {
		for _, p := range translations(t, d, lang) {
			if en, tr := numbers(p.text["en"]), numbers(p.text[lang]); !slices.Equal(en, tr) {
				t.Errorf("%s.%s has numbers %v; the English has %v\n en: %s\n %s: %s", p.path, lang, tr, en, p.text["en"], lang, p.text[lang])
			}
		}
	}
}

// glossary is the form of each name in each language: where the English
// text has the name, the translation has this form (a stem, so that
// Russian and Azerbaijani endings may follow).
var glossary = []struct {
	en     *regexp.Regexp
	ru, az string
}{
	{regexp.MustCompile(`\bPutin\b`), "Путин", "Putin"},
	{regexp.MustCompile(`\bAliyev\b`), "Алиев", "Əliyev"},
	{regexp.MustCompile(`\bBaku\b`), "Баку", "Bakı"},
	{regexp.MustCompile(`\bNovorossiysk\b`), "Новороссийск", "Novorossiysk"},
	{regexp.MustCompile(`\bShah Deniz\b`), "Шах-Дениз", "Şahdəniz"},
	{regexp.MustCompile(`\bSOCAR\b`), "SOCAR", "SOCAR"},
	{regexp.MustCompile(`\bGazprom\b`), "Газпром", "Qazprom"},
	{regexp.MustCompile(`\bTransneft\b`), "Транснефт", "Transneft"},
	{regexp.MustCompile(`\bLukoil\b`), "ЛУКОЙЛ", "LUKoil"},
	{regexp.MustCompile(`\bAzerbaijan`), "зербайджан", "zərbaycan"}, // Азербайджан, азербайджанский; Azərbaycan, azərbaycanlı
	{regexp.MustCompile(`\bRussia\b`), "осси", "Rusiya"},            // Россия, России
	{regexp.MustCompile(`\bGerasimov\b`), "Герасимов", "Gerasimov"},
	{regexp.MustCompile(`\bDunford\b`), "Данфорд", "Danford"},
	{regexp.MustCompile(`\bPavel\b`), "Павел", "Pavel"},
	{regexp.MustCompile(`\bScaparrotti\b`), "Скапаротти", "Skaparrotti"},
	{regexp.MustCompile(`\bDeclaration of Allied Cooperation\b`), "Декларация о союзническом взаимодействии", "Müttəfiqlik qarşılıqlı fəaliyyəti haqqında Bəyannamə"},
	{regexp.MustCompile(`\bTürkiye\b`), "Турци", "Türkiyə"},
	{regexp.MustCompile(`\bNATO\b`), "НАТО", "NATO"},
}

func TestGlossaryNames(t *testing.T) {
	d := defaultDataset(t)
	for _, lang := range d.Languages()[1:] {
		for _, p := range translations(t, d, lang) {
			en := p.text["en"]
			// The spelling notes quote the article's Latin spellings on purpose.
			if strings.Contains(en, "misspells") || strings.Contains(en, "writes the first name") || strings.Contains(en, "drops one") {
				continue
			}
			for _, g := range glossary {
				want := map[string]string{"ru": g.ru, "az": g.az}[lang]
				if want == "" || !g.en.MatchString(en) {
					continue
				}
				if !strings.Contains(p.text[lang], want) {
					t.Errorf("%s.%s: the English names %s; want %q in %q", p.path, lang, g.en, want, p.text[lang])
				}
			}
		}
	}
	// The entities carry the established forms exactly.
	names := map[string][2]string{
		"vladimir-putin":                 {"Владимир Путин", "Vladimir Putin"},
		"president-aliyev":               {"Алиев", "Əliyev"},
		"valery-gerasimov":               {"Валерий Герасимов", "Valeri Gerasimov"},
		"baku":                           {"Баку", "Bakı"},
		"shah-deniz":                     {"Месторождение Шах-Дениз", "Şahdəniz yatağı"},
		"gazprom":                        {"Газпром", "Qazprom"},
		"transneft":                      {"Транснефть", "Transneft"},
		"lukoil":                         {"ЛУКОЙЛ", "LUKoil"},
		"socar":                          {"SOCAR (ГНКАР)", "SOCAR (ARDNŞ)"},
		"declaration-allied-cooperation": {"Декларация о союзническом взаимодействии", "Müttəfiqlik qarşılıqlı fəaliyyəti haqqında Bəyannamə"},
		"baku-novorossiysk-pipeline":     {"Нефтепровод Баку — Новороссийск", "Bakı–Novorossiysk neft kəməri"},
	}
	for _, lang := range d.Languages()[1:] {
		i := map[string]int{"ru": 0, "az": 1}[lang]
		for id, want := range names {
			e, ok := d.Entity(id)
			if !ok {
				t.Errorf("no entity %s", id)
				continue
			}
			if got := e.Name[lang]; got != want[i] {
				t.Errorf("entities[id=%s].name.%s = %q, want %q", id, lang, got, want[i])
			}
		}
		for _, c := range d.Countries {
			want := map[string][2]string{"ru": {"Россия", "Rusiya"}, "az": {"Азербайджан", "Azərbaycan"}}[c.ID][i]
			if c.Name[lang] != want {
				t.Errorf("countries[id=%s].name.%s = %q, want %q", c.ID, lang, c.Name[lang], want)
			}
		}
	}
	// "ГНКАР" / "ARDNŞ" spell SOCAR out once, in its entity name, not all over.
	for _, p := range allTexts(d) {
		if strings.Contains(p.text["ru"], "ГНКАР") && p.path != "entities[12].name" {
			t.Errorf("%s.ru repeats ГНКАР; SOCAR alone is the name", p.path)
		}
		if strings.Contains(p.text["az"], "ARDNŞ") && p.path != "entities[12].name" {
			t.Errorf("%s.az repeats ARDNŞ; SOCAR alone is the name", p.path)
		}
	}
}

var upTo = regexp.MustCompile(`\bup to (\d+)`)

// TestHedgesTranslated: where the English hedges a number, the translation
// says the same hedge, in the words the interface uses for it.
func TestHedgesTranslated(t *testing.T) {
	d := defaultDataset(t)
	re := regexp.MustCompile
	hedges := []struct {
		en     *regexp.Regexp
		ru, az *regexp.Regexp
	}{
		{re(`\b(about|approximately) \d`), re(`около \d`), re(`təxminən \d`)},
		// Not "over 2022" (a comparison with a year): three digits at most before a separator.
		{re(`\b(more than|over) \$?\d{1,3}(?:[.,]\d+)?\b`), re(`(более|больше)( чем)? \d`), re(`(dan|dən)( bir qədər)? çox`)},
		{re(`\bup to \d`), re(`до \d`), re(`dək\b`)},
		{re(`\bnearly \(so fewer than\) \d`), re(`почти \(то есть менее\) \d`), re(`\d+-ə yaxın`)},
	}
	for _, lang := range d.Languages()[1:] {
		for _, p := range translations(t, d, lang) {
			for _, h := range hedges {
				if !h.en.MatchString(p.text["en"]) {
					continue
				}
				want := map[string]*regexp.Regexp{"ru": h.ru, "az": h.az}[lang]
				if n := upTo.FindStringSubmatch(p.text["en"]); n != nil && lang == "az" {
					// "up to 1 billion cubic metres": the suffix -dək ends the amount itself.
					want = regexp.MustCompile(`\b` + regexp.QuoteMeta(n[1]) + `( \S+){0,2}dək\b`)
				}
				if !want.MatchString(p.text[lang]) {
					t.Errorf("%s.%s drops the hedge %q: %q", p.path, lang, h.en, p.text[lang])
				}
			}
		}
	}
}

// TestDefaultLanguages: the embedded dataset carries the three languages of
// its readers, so the site offers all three.
func TestDefaultLanguages(t *testing.T) {
	if got := defaultDataset(t).Languages(); !slices.Equal(got, []string{"en", "ru", "az"}) {
		t.Errorf("Languages() = %v, want [en ru az]", got)
	}
}

// TestTranslationsSayNoMore carries honesty_test.go's points into the
// translations: each keeps the nuance its English was corrected to keep
// (a list that only "includes", attempts only "faced", a paraphrase, a
// reading of a hedge, a date we stand in for, a count of our own).
func TestTranslationsSayNoMore(t *testing.T) {
	d := defaultDataset(t)
	gap := func(id string) Text {
		for _, g := range d.Gaps {
			if g.ID == id {
				return g.Text
			}
		}
		t.Fatalf("no gap %s", id)
		return nil
	}
	neutrality := mustList(t, d, "neutrality")
	item := func(entity, prefix string) Text {
		for _, it := range neutrality.Items {
			if (entity != "" && it.Entity == entity) || (prefix != "" && strings.HasPrefix(it.Text["en"], prefix)) {
				return it.Text
			}
		}
		t.Fatalf("no neutrality item %s%s", entity, prefix)
		return nil
	}
	for _, c := range []struct {
		what   string
		text   Text
		ru, az []string
	}{
		{"core documents only include the three", mustList(t, d, "founding-documents").Title, []string{"относятся эти три"}, []string{"sırasında bu üçü var"}},
		{"one NAM body only proposed", mustList(t, d, "nam-initiatives").Title, []string{"один предложен"}, []string{"biri təklif edilib"}},
		{"partners ahead of Russia unordered", mustList(t, d, "trade-partners").Title, []string{"порядок между собой", "не приводит"}, []string{"sırasını", "vermir"}},
		{"Shah Deniz: turning to it, not its start", mustList(t, d, "gas-export-destinations").Title, []string{"после перехода на собственную добычу"}, []string{"öz hasilatına keçdikdən sonra"}},
		{"faced attempts", item("", "Faced attempts"), []string{"Столкнулся с попытками"}, []string{"cəhdləri ilə üzləşib"}},
		{"Aliyev paraphrased", item("president-aliyev", ""), []string{"пересказывает"}, []string{"nəql edir"}},
		{"oil 2021: one \"about\", read cautiously", mustFigure(t, d, "oil-2021").Note, []string{"«около»", "один раз", "осторожное прочтение"}, []string{"“təxminən”", "bir dəfə", "ehtiyatlı oxunuş"}},
		{"oil 2022: one \"about\", read cautiously", mustFigure(t, d, "oil-2022").Note, []string{"«около»", "один раз", "осторожное прочтение"}, []string{"“təxminən”", "bir dəfə", "ehtiyatlı oxunuş"}},
		{"2022 deliveries start unknown", mustFigure(t, d, "gas-deliveries-2022").Note, []string{"но не их начало", "от подписания"}, []string{"başlanğıcını isə yox", "imzalanma tarixindən"}},
		{"investment: exceeded, relation unknown", gap("investment-basis"), []string{"более чем 8,7 млрд долларов", "входят ли 295 млн"}, []string{"8,7 milyard dollardan çox", "olub-olmadığını"}},
		{"eleven years is our count", mustEvent(t, d, "declaration-strategic-partnership-2008").Summary, []string{"одиннадцатью годами позже (расчётное"}, []string{"on bir il sonra imzalanıb (hesablanmış"}},
		{"only the ranking is attributed", d.Source.Attribution, []string{"Государственному таможенному комитету", "собственного источника не указывает"}, []string{"Dövlət Gömrük Komitəsinə", "ayrıca mənbə göstərilmir"}},
	} {
		for _, lang := range d.Languages()[1:] {
			for _, want := range map[string][]string{"ru": c.ru, "az": c.az}[lang] {
				if !strings.Contains(c.text[lang], want) {
					t.Errorf("%s: the %s text lacks %q: %q", c.what, lang, want, c.text[lang])
				}
			}
		}
	}
}

// TestTranslatedNumbersWrittenAsTheirLanguage: a number in a translation is
// written as the interface writes that language's numbers (app/format),
// so a note does not say "более 1400" under a card saying "более 1 400":
// Russian groups thousands with a no-break space and puts one before "%";
// Azerbaijani groups them with a point. Four digits from 1900 to 2099 are a
// year and stay as they are.
func TestTranslatedNumbersWrittenAsTheirLanguage(t *testing.T) {
	d := defaultDataset(t)
	ungrouped := regexp.MustCompile(`(?:^|[^\d.,\x{a0}])(\d{4,})(?:$|[^\d])`)
	percent := regexp.MustCompile(`\d%`)
	for _, lang := range []string{"ru", "az"} {
		for _, p := range translations(t, d, lang) {
			s := p.text[lang]
			for _, m := range ungrouped.FindAllStringSubmatch(s, -1) {
				if n := m[1]; len(n) == 4 && (n[:2] == "19" || n[:2] == "20") {
					continue
				}
				t.Errorf("%s.%s writes %s without grouping its thousands: %s", p.path, lang, m[1], s)
			}
			if lang == "ru" && percent.MatchString(s) {
				t.Errorf("%s.ru has no no-break space before %%: %s", p.path, s)
			}
		}
	}
}
