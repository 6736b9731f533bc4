package format

import (
	"math"

	"bilateral/data"
)

// displayDigits is how many significant digits a derived value keeps where
// it is shown at a glance: a value worked out by us from hedged inputs is
// "about $3.7 billion", not "about $3.709 billion", whose last digits claim
// a precision the source never had. Tables keep the computed value exactly.
const displayDigits = 2

// Shown is Figure as charts and cards write it: a stated figure exactly as
// the source gives it, a derived one rounded to displayDigits significant
// digits (never losing whole digits: 1,100 stays 1,100).
func Shown(f data.Figure, lang string) string {
	if f.Derived == nil {
		return Figure(f, lang)
	}
	r := f
	if f.Value != nil {
		v := Rounded(*f.Value)
		r.Value = &v
	}
	if f.Low != nil && f.High != nil {
		lo, hi := Rounded(*f.Low), Rounded(*f.High)
		r.Low, r.High = &lo, &hi
	}
	return Figure(r, lang)
}

// Rounded is v to displayDigits significant digits, keeping every digit
// before the decimal point.
func Rounded(v float64) float64 {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	decimals := displayDigits - 1 - int(math.Floor(math.Log10(math.Abs(v))))
	if decimals < 0 {
		decimals = 0
	}
	p := math.Pow10(decimals)
	return math.Round(v*p) / p
}
