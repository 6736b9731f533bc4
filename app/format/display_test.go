package format

import (
	"testing"

	"bilateral/data"
)

func TestRoundedTo(t *testing.T) {
	for _, c := range []struct {
		in   float64
		d    int
		want float64
	}{
		{3.709, 3, 3.709}, {2.16475, 3, 2.165}, {1.349, 1, 1.3}, {1100, 0, 1100}, {32.4, 0, 32}, {-3.709, 1, -3.7}, {0, 2, 0}, {7.6, -1, 8},
	} {
		if got := RoundedTo(c.in, c.d); got != c.want {
			t.Errorf("RoundedTo(%v, %d) = %v, want %v", c.in, c.d, got, c.want)
		}
	}
}

func TestShownKeepsDerivedDecimals(t *testing.T) {
	v := 2.16475
	derived := data.Figure{Value: &v, Unit: "usd", Scale: "billion", Qualifier: "about", Derived: &data.Derived{Formula: "base-from-growth", Decimals: 3}}
	// Not "about $2.2 billion": beside the stated $2.168 billion that reads
	// as a fall where the article reports a rise.
	if got := Shown(derived, "en"); got != "about $2.165 billion" {
		t.Errorf("derived: %q", got)
	}
	stated := derived
	stated.Derived = nil
	if got := Shown(stated, "en"); got != Figure(stated, "en") {
		t.Errorf("stated figure changed: %q", got)
	}
	lo, hi := 1.349, 1.551
	r := data.Figure{Low: &lo, High: &hi, Unit: "tonne", Scale: "million", Qualifier: "range", Derived: &data.Derived{Decimals: 1}}
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
