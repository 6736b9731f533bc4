//go:build !wasm

package app

import (
	"slices"
	"testing"

	"bilateral/app/urlstate"
	"bilateral/data"
)

// The registry is the one place a view is defined; these are the properties
// the rest of the app and the server rely on when they look a view up.
func TestViewRegistry(t *testing.T) {
	d, err := data.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	names, paths := map[string]bool{}, map[string]bool{}
	for _, v := range Views {
		if names[v.Name] || paths[v.Path] {
			t.Errorf("view %q or path %q listed twice", v.Name, v.Path)
		}
		names[v.Name], paths[v.Path] = true, true
		if got, ok := ViewNamed(v.Name); !ok || got.Path != v.Path {
			t.Errorf("ViewNamed(%q) = %+v, %v", v.Name, got, ok)
		}
		if !Known(v.Path) || !Known(EmbedPrefix+v.Name) {
			t.Errorf("%s: path or embed path not Known", v.Name)
		}
		if v.page == nil || v.page() == nil {
			t.Errorf("%s: no page", v.Name)
		}
		s := v.NewState()
		if s == nil || urlstate.Format(s) != "" {
			t.Errorf("%s: NewState = %#v, want an empty state", v.Name, s)
		}
		for _, c := range v.charts {
			if c.view != v.Name || chartSpecs[c.id].view != v.Name {
				t.Errorf("chart %s: belongs to %q, indexed under %q, listed by %q", c.id, c.view, chartSpecs[c.id].view, v.Name)
			}
			if _, err := c.build(d, "en", v.NewState()); err != nil {
				t.Errorf("chart %s with its view's default state: %v", c.id, err)
			}
		}
	}
	if _, ok := ViewNamed("notfound"); ok || NotFound.NewState() != nil || Known("/nope") {
		t.Error("the not-found view must not be a registered view")
	}
	if got, want := Shortcuts(), []string{"trade", "energy", "diplomacy", "timeline"}; !slices.Equal(got, want) {
		t.Errorf("Shortcuts() = %q, want %q", got, want)
	}
	if got := ViewOfSection("energy"); got.Name != "energy" {
		t.Errorf("ViewOfSection(energy) = %q", got.Name)
	}
	if got := ViewOfSection("context"); got.Name != "overview" {
		t.Errorf("ViewOfSection(context) = %q, want the overview", got.Name)
	}
}
