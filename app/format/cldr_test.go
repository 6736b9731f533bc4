package format

import (
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	xnumber "golang.org/x/text/number"
)

// TestSymbolsAgainstCLDR checks the hand-written separators against CLDR's
// as golang.org/x/text carries them (natively only: x/text stays out of the
// Wasm; see the package comment for what it would cost).
func TestSymbolsAgainstCLDR(t *testing.T) {
	values := []float64{0, 7, 12.5, 999, 1000, 1400, 4.358, 17.5, 900000, 1234567.5, 0.15, 100000000}
	for _, lang := range []string{"en", "ru", "az"} {
		p := message.NewPrinter(language.Make(lang))
		for _, v := range values {
			want := p.Sprint(xnumber.Decimal(v, xnumber.MaxFractionDigits(4)))
			if got := Plain(v, lang); got != want {
				t.Errorf("%s: Plain(%v) = %q, CLDR writes %q", lang, v, got, want)
			}
		}
	}
}
