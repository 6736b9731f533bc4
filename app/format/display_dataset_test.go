//go:build !wasm

package format

import (
	"testing"

	"bilateral/data"
)

// TestShownNoCoarserThanInputs: in the dataset, every derived figure is
// shown with at least as many decimals as each stated figure it derives from
// in its unit, so a derived value never looks rounder than its neighbours.
// Under the old rule (two significant digits) 2.165 showed as 2.2 beside the
// stated 2.168 and 3.709 as 3.7 beside 4.358.
func TestShownNoCoarserThanInputs(t *testing.T) {
	d, err := data.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for i := range d.Figures {
		f := d.Figures[i]
		if f.Derived == nil || f.Value == nil {
			continue
		}
		for _, id := range f.Derived.Inputs {
			in, ok := d.Figure(id)
			if !ok || in.Value == nil || in.Unit != f.Unit {
				continue
			}
			iv, _, _ := in.In(f.Scale) // the input in the figure's scale
			if f.Derived.Decimals < Decimals(iv) {
				t.Errorf("%s: shown as %q, with fewer decimals than its input %s (%s)", f.ID, Shown(f, "en"), in.ID, Figure(*in, "en"))
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("no derived figure with a stated input in its unit")
	}
	for id, want := range map[string]string{"trade-2023h1": "about $2.165 billion", "trade-2022": "about $3.709 billion"} {
		f, ok := d.Figure(id)
		if !ok {
			t.Errorf("%s: not in the dataset", id)
			continue
		}
		if got := Shown(*f, "en"); got != want {
			t.Errorf("%s: Shown = %q, want %q", id, got, want)
		}
	}
}
