package format

import (
	"fmt"
	"strings"

	"bilateral/app/i18n"
	"bilateral/data"
)

// Derivation says how a derived figure was computed — its inputs with their
// stated values, the formula in words, and the note on its precision — or ""
// for a figure the source states. Cards, tables and chart twins all say it
// in these same words.
func Derivation(d *data.Dataset, f *data.Figure, lang string) string {
	if f.Derived == nil {
		return ""
	}
	var inputs []string
	for _, id := range f.Derived.Inputs {
		if in, ok := d.Figure(id); ok {
			inputs = append(inputs, fmt.Sprintf(i18n.T(lang, "fig.derived.input"), in.Label.In(lang), Figure(*in, lang)))
		} else if e, ok := d.Event(id); ok {
			inputs = append(inputs, fmt.Sprintf(i18n.T(lang, "fig.derived.input"), e.Title.In(lang), Date(e.Date, lang)))
		}
	}
	return joinWords(i18n.T(lang, "fig.derived.from"), strings.Join(inputs, " "+i18n.T(lang, "fig.derived.and")+" ")+":",
		i18n.T(lang, "formula."+f.Derived.Formula)+".", f.Derived.Note.In(lang))
}
