package format

import (
	"strings"

	"bilateral/app/i18n"
	"bilateral/data"
)

// Figure writes a figure as a reader should read it: the source's hedge, the
// number as stated, its scale and unit ("over $8.7 billion", "1.3–1.5 million t").
func Figure(f data.Figure, lang string) string {
	return joinWords(i18n.T(lang, "q."+f.Qualifier), Amount(f, lang))
}

// number writes a figure's value, or its range, as stated.
func number(f data.Figure) string {
	switch {
	case f.Value != nil:
		return Plain(*f.Value)
	case f.Low != nil && f.High != nil:
		return Plain(*f.Low) + "–" + Plain(*f.High)
	}
	return ""
}

// Amount is Figure without the hedge, for places that show the hedge apart
// (a table column, a chart label that already carries it).
func Amount(f data.Figure, lang string) string {
	num := number(f)
	if num == "" {
		return ""
	}
	return Quantity(num, f.Unit, f.Scale, lang)
}

// Quantity puts a written number together with its scale and unit.
func Quantity(num, unit, scale, lang string) string {
	scaleWord := ""
	if scale != "" {
		scaleWord = i18n.T(lang, "scale."+scale)
	}
	switch unit {
	case "usd":
		return joinWords(i18n.T(lang, "unit.usd.prefix")+num, scaleWord)
	case "percent":
		return num + i18n.T(lang, "unit.percent")
	case "rank":
		return joinWords(i18n.T(lang, "unit.rank.prefix"), num)
	case "count":
		return joinWords(num, scaleWord)
	default:
		return joinWords(num, scaleWord, i18n.T(lang, "unit."+unit))
	}
}

// UnitName is the unit spelt out with its scale ("billion US dollars").
func UnitName(unit, scale, lang string) string {
	scaleWord := ""
	if scale != "" {
		scaleWord = i18n.T(lang, "scale."+scale)
	}
	return joinWords(scaleWord, i18n.T(lang, "unit.name."+unit))
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
