package format

import (
	"math"

	"bilateral/data"
)

// Shown is Figure as charts and cards write it: a stated figure exactly as
// the source gives it, a derived one at the decimals its derivation declares
// (Derived.Decimals), which are those of its most precise stated input.
//
// A derived value is never rounded coarser than the stated values it comes
// from: it stands beside them on cards and bars, and a coarser rounding can
// reverse what the article says. H1 2023, worked back as 2.168 / 1.0015 =
// 2.165, would read "about $2.2 billion" next to the stated $2.168 billion —
// a fall where the article reports a 0.15% rise. The hedge ("about") and the
// hatching, not dropped digits, say that the value is approximate.
func Shown(f data.Figure, lang string) string {
	if f.Derived == nil {
		return Figure(f, lang)
	}
	r := f
	d := f.Derived.Decimals
	if f.Value != nil {
		v := RoundedTo(*f.Value, d)
		r.Value = &v
	}
	if f.Low != nil && f.High != nil {
		lo, hi := RoundedTo(*f.Low, d), RoundedTo(*f.High, d)
		r.Low, r.High = &lo, &hi
	}
	return Figure(r, lang)
}

// RoundedTo is v rounded to decimals places (a negative count is taken as 0).
func RoundedTo(v float64, decimals int) float64 {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	if decimals < 0 {
		decimals = 0
	}
	p := math.Pow10(decimals)
	return math.Round(v*p) / p
}
