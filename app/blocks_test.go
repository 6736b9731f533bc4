//go:build !wasm

package app

import (
	"strings"
	"testing"

	"bilateral/data"
)

// A group of cards names its sources once: each section one time, in order.
func TestFiguresSourceOncePerSection(t *testing.T) {
	d, err := data.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	got := figuresSource(d, []string{"trade-2023", "trade-2023-growth", "oil-2022", "no-such-figure"}, "en")
	trade, _ := d.Section("trade")
	energy, _ := d.Section("energy")
	want := d.Source.Publisher + " · " + trade.Title.In("en") + " · " + energy.Title.In("en")
	if got != want {
		t.Errorf("figuresSource = %q, want %q", got, want)
	}
	if strings.Count(got, trade.Title.In("en")) != 1 {
		t.Errorf("the trade section is named more than once: %q", got)
	}
	if got := figuresSource(d, []string{"no-such-figure"}, "en"); got != "" {
		t.Errorf("no known figure: %q, want no line", got)
	}
}
