// Package format turns dataset values into the words readers see: numbers
// with their hedges and units, periods and dates, in each language of the
// interface. It is pure Go so it is tested natively and gives the
// prerendered page and the Wasm the same text.
//
// The number symbols and plural rules of English, Russian and Azerbaijani are
// written here and in i18n by hand from CLDR, not taken from
// golang.org/x/text: linking x/text's plural and number packages into the
// Wasm measured 9,048,076 → 9,641,235 bytes raw and 1,725,463 → 1,814,291
// bytes brotli (+88,828), past the 1,760,000-byte limit of TestWasmSize on
// its own. The tests check the hand-written forms against x/text (natively).
// All of issue 16's interface work (the ru and az catalogues, these rules,
// languages in the URL, the switch) measured +6,474 bytes brotli over main
// (1,734,569 → 1,741,043), and +8,692 over a later main (1,747,008 →
// 1,755,700, 4,300 bytes under TestWasmSize's limit).
package format

import (
	"math"
	"strconv"
	"strings"
)

// symbols are a language's decimal mark and thousands separator (CLDR):
// "1,234.5" in English, "1 234,5" in Russian with a no-break space, so a
// number never breaks across lines, and "1.234,5" in Azerbaijani.
type symbols struct{ decimal, group string }

var numberSymbols = map[string]symbols{
	"en": {".", ","},
	"ru": {",", "\u00a0"},
	"az": {",", "."},
}

func symbolsOf(lang string) symbols {
	if s, ok := numberSymbols[lang]; ok {
		return s
	}
	return numberSymbols["en"]
}

// Number writes v with the given decimals and lang's separators.
func Number(v float64, decimals int, lang string) string {
	sym := symbolsOf(lang)
	s := strconv.FormatFloat(math.Abs(v), 'f', decimals, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if v < 0 && strings.Trim(s, "0.") != "" {
		b.WriteString("−")
	}
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(sym.group)
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteString(sym.decimal)
		b.WriteString(frac)
	}
	return b.String()
}

// Decimals is the fewest decimals (at most 4) that write v exactly, so a
// figure keeps the precision the source stated it with (4.358, 0.15, 1,400).
func Decimals(v float64) int {
	for d := 0; d < 4; d++ {
		p := math.Pow10(d)
		if math.Abs(math.Round(v*p)-v*p) < 1e-9*p {
			return d
		}
	}
	return 4
}

// Plain writes v in lang with the decimals it needs.
func Plain(v float64, lang string) string { return Number(v, Decimals(v), lang) }
