package data

import (
	"math"
	"testing"
)

func TestLookups(t *testing.T) {
	d := fixture(t)
	f, ok1 := d.Figure("oil-transit")
	e, ok2 := d.Event("oil-supply")
	en, ok3 := d.Entity("lukoil")
	co, ok4 := d.Country("az")
	l, ok5 := d.List("exports-to-russia")
	s, ok6 := d.SeriesByID("trade-annual")
	g, ok7 := d.Gap("trade-2024-total")
	sec, ok8 := d.Section("trade")
	cat, ok9 := d.Category("energy")
	got := []string{f.ID, e.ID, en.ID, co.ID, l.ID, s.ID, g.ID, sec.ID, cat.ID}
	want := []string{"oil-transit", "oil-supply", "lukoil", "az", "exports-to-russia", "trade-annual", "trade-2024-total", "trade", "energy"}
	oks := []bool{ok1, ok2, ok3, ok4, ok5, ok6, ok7, ok8, ok9}
	for i := range want {
		if !oks[i] || got[i] != want[i] {
			t.Errorf("look-up %d: got %q, %v; want %q", i, got[i], oks[i], want[i])
		}
	}
	// A pointer into the dataset, so that edits through it are seen.
	f.Note = Text{"en": "edited"}
	if again, _ := d.Figure("oil-transit"); again.Note.In("en") != "edited" {
		t.Error("Figure returned a copy")
	}
	for name, ok := range map[string]bool{
		"Figure": second(d.Figure("nope")), "Event": second(d.Event("nope")), "Entity": second(d.Entity("ru")),
		"Country": second(d.Country("lukoil")), "List": second(d.List("")), "SeriesByID": second(d.SeriesByID("x")),
		"Gap": second(d.Gap("x")), "Section": second(d.Section("energy")), "Category": second(d.Category("trade")),
	} {
		if ok {
			t.Errorf("%s found an unknown id", name)
		}
	}
}

func second[T any](_ T, ok bool) bool { return ok }

func TestBaseAndIn(t *testing.T) {
	d := fixture(t)
	trade := figure(t, d, "trade-2023")
	if got := trade.Base(); got != 4.358e9 {
		t.Errorf("Base() = %v, want 4.358e9", got)
	}
	if v, lo, hi := trade.In("million"); !near(v, 4358) || !near(lo, 4358) || !near(hi, 4358) {
		t.Errorf("In(million) = %v, %v, %v; want 4358 thrice", v, lo, hi)
	}
	oil := figure(t, d, "oil-transit")
	if !oil.IsRange() || trade.IsRange() {
		t.Error("IsRange is wrong")
	}
	if !math.IsNaN(oil.Base()) {
		t.Errorf("Base() of a range = %v, want NaN, not a midpoint", oil.Base())
	}
	if lo, hi := oil.BaseLow(), oil.BaseHigh(); lo != 1.3e6 || hi != 1.5e6 {
		t.Errorf("BaseLow/High = %v, %v; want 1.3e6, 1.5e6", lo, hi)
	}
	if v, lo, hi := oil.In("thousand"); !math.IsNaN(v) || !near(lo, 1300) || !near(hi, 1500) {
		t.Errorf("In(thousand) = %v, %v, %v; want NaN, 1300, 1500", v, lo, hi)
	}
	if v, _, _ := trade.In("bn"); !math.IsNaN(v) {
		t.Errorf("In(unknown scale) = %v, want NaN", v)
	}
	growth := figure(t, d, "trade-2023-growth")
	if v, _, _ := growth.In(""); v != 17.5 {
		t.Errorf("In(\"\") of an unscaled figure = %v, want 17.5", v)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }
