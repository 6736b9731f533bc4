// Package format turns dataset values into the words readers see: numbers
// with their hedges and units, periods and dates. It is pure Go so it is
// tested natively and gives the prerendered page and the Wasm the same text.
package format

import (
	"math"
	"strconv"
	"strings"
)

// Number writes v with the given decimals and comma thousands separators.
func Number(v float64, decimals int) string {
	s := strconv.FormatFloat(math.Abs(v), 'f', decimals, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if v < 0 {
		b.WriteString("−")
	}
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteByte('.')
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

// Plain writes v with the decimals it needs.
func Plain(v float64) string { return Number(v, Decimals(v)) }
