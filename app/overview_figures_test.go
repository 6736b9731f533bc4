//go:build !wasm

package app

import (
	"slices"
	"testing"

	"bilateral/data"
)

// The figures that lead the Overview are the ones issue 14 asks for, each in
// the embedded dataset with a period, and none repeated below them.
func TestOverviewLeadFigures(t *testing.T) {
	d, err := data.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	if got := presentFigures(d, overviewLead); !slices.Equal(got, overviewLead) {
		t.Errorf("lead figures in the dataset: %v, want all of %v", got, overviewLead)
	}
	sections := map[string]bool{}
	for _, id := range overviewLead {
		f, _ := d.Figure(id)
		if f == nil {
			continue
		}
		sections[f.Section] = true
		if f.Period == "" {
			t.Errorf("%s: no period to show beside it", id)
		}
	}
	for _, s := range []string{"trade", "energy", "legal"} {
		if !sections[s] {
			t.Errorf("no lead figure from the %q section (turnover, oil and treaties must lead)", s)
		}
	}
	for _, id := range overviewMore {
		if slices.Contains(overviewLead, id) {
			t.Errorf("%s both leads and follows", id)
		}
	}
}

// A dataset that lacks a figure loses that card, not the others.
func TestPresentFiguresSkipsMissing(t *testing.T) {
	d, err := data.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	got := presentFigures(d, []string{"trade-2023", "no-such-figure", "oil-2022"})
	if want := []string{"trade-2023", "oil-2022"}; !slices.Equal(got, want) {
		t.Errorf("presentFigures = %v, want %v", got, want)
	}
}
