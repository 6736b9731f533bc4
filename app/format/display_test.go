package format

import (
	"testing"

	"bilateral/data"
)

func TestRounded(t *testing.T) {
	for _, c := range []struct{ in, want float64 }{
		{3.709, 3.7}, {2.165, 2.2}, {0.295, 0.3}, {0.0149, 0.015}, {1100, 1100}, {32, 32}, {7.96, 8}, {-3.709, -3.7}, {0, 0},
	} {
		if got := Rounded(c.in); got != c.want {
			t.Errorf("Rounded(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestShownRoundsOnlyDerived(t *testing.T) {
	v := 3.709
	derived := data.Figure{Value: &v, Unit: "usd", Scale: "billion", Qualifier: "about", Derived: &data.Derived{Formula: "base-from-growth"}}
	if got := Shown(derived, "en"); got != "about $3.7 billion" {
		t.Errorf("derived: %q", got)
	}
	if got := Figure(derived, "en"); got != "about $3.709 billion" {
		t.Errorf("exact figure changed: %q", got)
	}
	stated := derived
	stated.Derived = nil
	if got := Shown(stated, "en"); got != "about $3.709 billion" {
		t.Errorf("stated figure rounded: %q", got)
	}
	lo, hi := 1.349, 1.551
	r := data.Figure{Low: &lo, High: &hi, Unit: "tonne", Scale: "million", Qualifier: "range", Derived: &data.Derived{}}
	if got := Shown(r, "en"); got != "1.3–1.6 million t" {
		t.Errorf("derived range: %q", got)
	}
}

// A derived figure keeps its hedge where each language puts it: in
// Azerbaijani a case suffix on the number, not a word before it.
func TestShownHedgesDerivedLikeStated(t *testing.T) {
	v := 1100.0
	f := data.Figure{Value: &v, Unit: "count", Qualifier: "over", Derived: &data.Derived{Formula: "difference"}}
	for lang, want := range map[string]string{"en": "over 1,100", "ru": "более 1\u00a0100", "az": "1.100-dən çox"} {
		if got := Shown(f, lang); got != want {
			t.Errorf("%s: Shown = %q, want %q", lang, got, want)
		}
	}
}
