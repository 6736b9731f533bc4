package format

import (
	"strings"

	"bilateral/app/i18n"
	"bilateral/data"
)

// Figure writes a figure as a reader should read it: the source's hedge, the
// number as stated, its scale and unit ("over $8.7 billion", "1.3–1.5 million
// t", "более 8,7 млрд долларов", "8,7 milyard dollardan çox").
func Figure(f data.Figure, lang string) string {
	return Hedged(f.Qualifier, Amount(f, lang), lang)
}

// Amount is Figure without the hedge, for places that show the hedge apart
// (a table column, a chart label that already carries it).
func Amount(f data.Figure, lang string) string {
	switch {
	case f.Value != nil:
		return Quantity(*f.Value, f.Unit, f.Scale, lang)
	case f.Low != nil && f.High != nil:
		return Range(*f.Low, *f.High, f.Unit, f.Scale, lang)
	}
	return ""
}

// Quantity writes v with its scale and unit in lang ("$4.358 billion",
// "4,358 млрд долларов", "32 года").
func Quantity(v float64, unit, scale, lang string) string {
	return quantity(Plain(v, lang), v, Decimals(v), unit, scale, lang)
}

// Range writes low–high with one scale and unit ("1.3–1.5 million t"); the
// counted word agrees with the upper end, as CLDR's plural ranges do for the
// three languages.
func Range(low, high float64, unit, scale, lang string) string {
	return quantity(Plain(low, lang)+"–"+Plain(high, lang), high, Decimals(high), unit, scale, lang)
}

// quantity fits a written number into lang's shape for unit ("qty.usd",
// "qty.unit", …). Behind a scale word the unit agrees with the scale, not the
// number: "1 млрд долларов" as "5 долларов", so it takes the form of 5.
func quantity(num string, v float64, decimals int, unit, scale, lang string) string {
	scaleWord := ""
	if scale != "" {
		scaleWord = i18n.T(lang, "scale."+scale)
		v, decimals = 5, 0
	}
	shape := "unit"
	switch unit {
	case "usd", "percent", "rank", "count":
		shape = unit
	}
	unitWord := i18n.N(lang, "unit."+unit, i18n.Plural(lang, v, decimals))
	return fill(i18n.T(lang, "qty."+shape), map[string]string{"n": num, "scale": scaleWord, "unit": unitWord})
}

// UnitName is the unit spelt out with its scale ("billion US dollars").
func UnitName(unit, scale, lang string) string {
	scaleWord := ""
	if scale != "" {
		scaleWord = i18n.T(lang, "scale."+scale)
	}
	return joinWords(scaleWord, i18n.T(lang, "unit.name."+unit))
}

// fill puts values into a catalogue pattern's {name} placeholders; a
// placeholder left empty takes one neighbouring ASCII space with it, so "{n}
// {scale}" is "1,400" and not "1,400 ". A no-break space stays.
func fill(pattern string, values map[string]string) string {
	parts := strings.Split(pattern, " ")
	kept := parts[:0:0]
	for _, p := range parts {
		for name, v := range values {
			p = strings.ReplaceAll(p, "{"+name+"}", v)
		}
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, " ")
}

func joinWords(words ...string) string {
	kept := words[:0:0]
	for _, w := range words {
		if w != "" {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}
