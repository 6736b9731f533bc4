package format

import (
	"strings"
	"testing"

	"bilateral/data"
)

func f64(v float64) *float64 { return &v }

const nbsp = "\u00a0"

func TestNumber(t *testing.T) {
	cases := []struct {
		v          float64
		en, ru, az string
	}{
		{1400, "1,400", "1" + nbsp + "400", "1.400"},
		{900000, "900,000", "900" + nbsp + "000", "900.000"},
		{4.358, "4.358", "4,358", "4,358"},
		{0.15, "0.15", "0,15", "0,15"},
		{17.5, "17.5", "17,5", "17,5"},
		{295, "295", "295", "295"},
		{1234567.5, "1,234,567.5", "1" + nbsp + "234" + nbsp + "567,5", "1.234.567,5"},
		{-1200, "−1,200", "−1" + nbsp + "200", "−1.200"},
		{3, "3", "3", "3"},
	}
	for _, c := range cases {
		for lang, want := range map[string]string{"en": c.en, "ru": c.ru, "az": c.az} {
			if got := Plain(c.v, lang); got != want {
				t.Errorf("Plain(%v, %s) = %q, want %q", c.v, lang, got, want)
			}
		}
	}
	if got := Number(-0.0001, 2, "en"); got != "0.00" {
		t.Errorf("a negative that rounds to zero: %q, want no minus sign", got)
	}
}

func TestFigure(t *testing.T) {
	usd := func(v float64, q string) data.Figure {
		return data.Figure{Value: f64(v), Unit: "usd", Scale: "billion", Qualifier: q}
	}
	cases := []struct {
		name string
		f    data.Figure
		lang string
		want string
	}{
		{"usd billion hedged", usd(8.7, "over"), "en", "over $8.7 billion"},
		{"usd exact", usd(4.358, "exact"), "en", "$4.358 billion"},
		{"percent", data.Figure{Value: f64(17.5), Unit: "percent", Qualifier: "exact"}, "en", "17.5%"},
		{"count", data.Figure{Value: f64(1400), Unit: "count", Qualifier: "over"}, "en", "over 1,400"},
		{"tonnes", data.Figure{Value: f64(900000), Unit: "tonne", Qualifier: "about"}, "en", "about 900,000 t"},
		{"range", data.Figure{Low: f64(1.3), High: f64(1.5), Unit: "tonne", Scale: "million", Qualifier: "range"}, "en", "1.3–1.5 million t"},
		{"gas", data.Figure{Value: f64(4.5), Unit: "m3", Scale: "billion", Qualifier: "up to"}, "en", "up to 4.5 billion m³"},
		{"rank", data.Figure{Value: f64(3), Unit: "rank", Qualifier: "exact"}, "en", "No. 3"},
		{"years", data.Figure{Value: f64(32), Unit: "year", Qualifier: "exact"}, "en", "32 years"},
		{"one year", data.Figure{Value: f64(1), Unit: "year", Qualifier: "exact"}, "en", "1 year"},

		{"usd exact", usd(4.358, "exact"), "ru", "4,358 млрд долларов"},
		{"usd one billion", usd(1, "exact"), "ru", "1 млрд долларов"},
		{"usd hedged", usd(8.7, "over"), "ru", "более 8,7 млрд долларов"},
		{"usd no scale", data.Figure{Value: f64(21), Unit: "usd", Qualifier: "exact"}, "ru", "21 доллар"},
		{"usd fraction", data.Figure{Value: f64(1.5), Unit: "usd", Qualifier: "exact"}, "ru", "1,5 доллара"},
		{"percent", data.Figure{Value: f64(17.5), Unit: "percent", Qualifier: "exact"}, "ru", "17,5" + nbsp + "%"},
		{"count", data.Figure{Value: f64(1400), Unit: "count", Qualifier: "over"}, "ru", "более 1" + nbsp + "400"},
		{"tonnes", data.Figure{Value: f64(900000), Unit: "tonne", Qualifier: "about"}, "ru", "около 900" + nbsp + "000 т"},
		{"range", data.Figure{Low: f64(1.3), High: f64(1.5), Unit: "tonne", Scale: "million", Qualifier: "range"}, "ru", "1,3–1,5 млн т"},
		{"gas", data.Figure{Value: f64(4.5), Unit: "m3", Scale: "billion", Qualifier: "up to"}, "ru", "до 4,5 млрд м³"},
		{"rank", data.Figure{Value: f64(3), Unit: "rank", Qualifier: "exact"}, "ru", "№" + nbsp + "3"},
		{"1 year", data.Figure{Value: f64(1), Unit: "year", Qualifier: "exact"}, "ru", "1 год"},
		{"32 years", data.Figure{Value: f64(32), Unit: "year", Qualifier: "exact"}, "ru", "32 года"},
		{"25 years", data.Figure{Value: f64(25), Unit: "year", Qualifier: "exact"}, "ru", "25 лет"},
		{"11 years", data.Figure{Value: f64(11), Unit: "year", Qualifier: "exact"}, "ru", "11 лет"},

		{"usd exact", usd(4.358, "exact"), "az", "4,358 milyard dollar"},
		{"usd over", usd(8.7, "over"), "az", "8,7 milyard dollardan çox"},
		{"usd about", usd(8.7, "about"), "az", "təxminən 8,7 milyard dollar"},
		{"usd nearly", usd(9, "nearly"), "az", "9 milyard dollara yaxın"},
		{"usd up to", usd(5, "up to"), "az", "5 milyard dollaradək"},
		{"count over", data.Figure{Value: f64(1400), Unit: "count", Qualifier: "over"}, "az", "1.400-dən çox"},
		{"count over, back vowel", data.Figure{Value: f64(30), Unit: "count", Qualifier: "over"}, "az", "30-dan çox"},
		{"fraction over", data.Figure{Value: f64(2.6), Unit: "count", Qualifier: "over"}, "az", "2,6-dan çox"},
		{"tonnes about", data.Figure{Value: f64(900000), Unit: "tonne", Qualifier: "about"}, "az", "təxminən 900.000 t"},
		{"tonnes over", data.Figure{Value: f64(900000), Unit: "tonne", Qualifier: "over"}, "az", "900.000 t-dan çox"},
		{"gas up to", data.Figure{Value: f64(4.5), Unit: "m3", Scale: "billion", Qualifier: "up to"}, "az", "4,5 milyard m³-dək"},
		{"percent over", data.Figure{Value: f64(17.5), Unit: "percent", Qualifier: "over"}, "az", "17,5%-dən çox"},
		{"count nearly, vowel", data.Figure{Value: f64(6), Unit: "count", Qualifier: "nearly"}, "az", "6-ya yaxın"},
		{"range", data.Figure{Low: f64(1.3), High: f64(1.5), Unit: "tonne", Scale: "million", Qualifier: "range"}, "az", "1,3–1,5 milyon t"},
		{"years", data.Figure{Value: f64(32), Unit: "year", Qualifier: "exact"}, "az", "32 il"},
		{"estimated", usd(2, "estimated"), "az", "təxmini hesablamaya görə 2 milyard dollar"},
		{"estimated", usd(2, "estimated"), "ru", "по оценке, 2 млрд долларов"},
		{"estimated", usd(2, "estimated"), "en", "estimated $2 billion"},
	}
	for _, c := range cases {
		if got := Figure(c.f, c.lang); got != c.want {
			t.Errorf("%s %s: Figure = %q, want %q", c.lang, c.name, got, c.want)
		}
	}
}

func TestPeriodAndDate(t *testing.T) {
	cases := []struct{ in, lang, want string }{
		{"2023", "en", "2023"},
		{"2024-01/2024-06", "en", "H1 2024"},
		{"2023-07/2023-12", "en", "H2 2023"},
		{"2000/2006", "en", "2000–2006"},
		{"2022-11-15/2023-03", "en", "15 November 2022 – March 2023"},
		{"1997-07-03", "en", "3 July 1997"},
		{"2017-02", "en", "February 2017"},
		{"not-a-date", "en", "not-a-date"},
		{"2023-02-30", "en", "2023-02-30"},
		{"2024-01/2025-06", "en", "January 2024 – June 2025"},
		{"2024-02/2024-06", "en", "February 2024 – June 2024"},

		{"2024-08-17", "ru", "17\u00a0августа 2024\u00a0г."},
		{"2017-02", "ru", "февраль 2017\u00a0г."},
		{"2023", "ru", "2023"},
		{"2024-01/2024-06", "ru", "I полугодие 2024\u00a0г."},
		{"2023-07/2023-12", "ru", "II полугодие 2023\u00a0г."},
		{"2000/2006", "ru", "2000–2006"},
		{"2022-11-15/2023-03", "ru", "15\u00a0ноября 2022\u00a0г. – март 2023\u00a0г."},

		{"2024-08-17", "az", "17\u00a0avqust 2024"},
		{"2017-02", "az", "fevral 2017"},
		{"2024-01/2024-06", "az", "2024-cü ilin I yarısı"},
		{"2006-07/2006-12", "az", "2006-cı ilin II yarısı"},
		{"2010-01/2010-06", "az", "2010-cu ilin I yarısı"},
		{"2000-01/2000-06", "az", "2000-ci ilin I yarısı"},
		{"1997-07-03", "az", "3\u00a0iyul 1997"},
	}
	for _, c := range cases {
		if got := Period(c.in, c.lang); got != c.want {
			t.Errorf("Period(%q, %s) = %q, want %q", c.in, c.lang, got, c.want)
		}
	}
}

func TestAzNumeralReadAloud(t *testing.T) {
	cases := map[string]string{"0": "sıfır", "1": "bir", "20": "iyirmi", "100": "yüz", "1400": "yüz",
		"2000": "min", "3000000": "milyon", "4000000000": "milyard", "1990": "doxsan", "7": "yeddi"}
	for in, want := range cases {
		if got := azNumeral(in); got != want {
			t.Errorf("azNumeral(%s) = %q, want %q", in, got, want)
		}
	}
}

func TestDerivationJoinsInLanguage(t *testing.T) {
	a, b := 4.358, 17.5
	d := &data.Dataset{Figures: []data.Figure{
		{ID: "a", Value: &a, Unit: "usd", Scale: "billion", Qualifier: "exact", Label: data.Text{"en": "A", "ru": "А", "az": "A"}},
		{ID: "b", Value: &b, Unit: "percent", Qualifier: "exact", Label: data.Text{"en": "B", "ru": "Б", "az": "B"}},
	}}
	f := &data.Figure{Derived: &data.Derived{Inputs: []string{"a", "b"}, Formula: "base-from-growth"}}
	for lang, want := range map[string]string{"en": " and ", "ru": " и ", "az": " və "} {
		if got := Derivation(d, f, lang); !strings.Contains(got, want) {
			t.Errorf("%s: %q does not join its inputs with %q", lang, got, want)
		}
	}
}

// A unit is the dataset's text, and a -data file may write anything there:
// a placeholder in it is shown as written, not filled in a second time.
func TestHedgedFillsThePatternOnce(t *testing.T) {
	for _, c := range []struct{ qualifier, quantity, lang, want string }{
		{"over", "5 {q}", "az", "5 {q}-dan çox"},
		{"nearly", "5 {q:abl}", "az", "5 {q:abl}-a yaxın"},
		{"over", "5 {q:dat}", "en", "over 5 {q:dat}"},
	} {
		if got := Hedged(c.qualifier, c.quantity, c.lang); got != c.want {
			t.Errorf("Hedged(%q, %q, %s) = %q, want %q", c.qualifier, c.quantity, c.lang, got, c.want)
		}
	}
}

// Russian's "из" takes the genitive, which a figure's label in the
// nominative ("Товарооборот, 2023") cannot follow: the derivation names its
// inputs in guillemets after "по данным", as Russian names a title.
func TestDerivationNamesRussianInputsAsTitles(t *testing.T) {
	a, b := 4.358, 17.5
	d := &data.Dataset{Figures: []data.Figure{
		{ID: "a", Value: &a, Unit: "usd", Scale: "billion", Qualifier: "exact", Label: data.Text{"en": "Trade turnover, 2023", "ru": "Товарооборот, 2023"}},
		{ID: "b", Value: &b, Unit: "percent", Qualifier: "exact", Label: data.Text{"en": "Growth", "ru": "Рост товарооборота"}},
	}}
	f := &data.Figure{Derived: &data.Derived{Inputs: []string{"a", "b"}, Formula: "base-from-growth"}}
	got := Derivation(d, f, "ru")
	want := "Рассчитано нами по данным «Товарооборот, 2023» (4,358 млрд долларов) и «Рост товарооборота» (17,5\u00a0%): "
	if !strings.HasPrefix(got, want) {
		t.Errorf("ru: %q, want it to begin %q", got, want)
	}
	if got, want := Derivation(d, f, "en"), "Computed by us from Trade turnover, 2023 ($4.358 billion) and Growth (17.5%): "; !strings.HasPrefix(got, want) {
		t.Errorf("en: %q, want it to begin %q", got, want)
	}
}

// On a phone "18 августа 2024 г. – 19 августа 2024 г." left its last "г."
// alone on a line, and "опубликовано 17" ended one: a Russian date keeps a
// year with its "г." and a day with its month, by no-break spaces; an
// Azerbaijani one its day with its month.
func TestRussianDatesHoldTogether(t *testing.T) {
	for in, want := range map[string]string{
		"2024-08-17":      "17\u00a0августа 2024\u00a0г.",
		"2017-02":         "февраль 2017\u00a0г.",
		"2024-01/2024-06": "I полугодие 2024\u00a0г.",
	} {
		if got := Period(in, "ru"); got != want {
			t.Errorf("Period(%q, ru) = %q, want %q", in, got, want)
		}
	}
	if got, want := Period("2024-08-17", "az"), "17\u00a0avqust 2024"; got != want {
		t.Errorf("Period(2024-08-17, az) = %q, want %q: a day keeps its month", got, want)
	}
}
