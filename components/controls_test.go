package components

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// tag finds the opening tag of the element with id in html, checks that it
// carries every attribute in attrs (go-app writes attributes in no fixed
// order) and returns it.
func tag(t *testing.T, html, id string, attrs ...string) string {
	t.Helper()
	m := regexp.MustCompile(`<[a-z]+ [^>]*\bid="` + regexp.QuoteMeta(id) + `"[^>]*>`).FindString(html)
	if m == "" {
		t.Errorf("no element with id %q in:\n%s", id, html)
		return ""
	}
	for _, a := range attrs {
		if !strings.Contains(m, a) {
			t.Errorf("element %q lacks %s: %s", id, a, m)
		}
	}
	return m
}

func TestYearRangeRenders(t *testing.T) {
	html := goapp.HTMLString(YearRange{Legend: "Years", FromLabel: "From", ToLabel: "To", Min: 1992, Max: 2024, From: 2000, To: 2010}.UI())
	tag(t, html, "year-from", `type="number"`, `min="1992"`, `max="2024"`, `value="2000"`)
	tag(t, html, "year-to", `type="number"`, `min="1992"`, `max="2024"`, `value="2010"`)
	for _, want := range []string{"<legend>Years</legend>", `for="year-from"`, "From ", "To "} {
		if !strings.Contains(html, want) {
			t.Errorf("no %q in:\n%s", want, html)
		}
	}
}

func TestYearRangeChanged(t *testing.T) {
	r := YearRange{Min: 1992, Max: 2024, From: 2000, To: 2010}
	for _, tt := range []struct {
		isFrom           bool
		value            string
		wantFrom, wantTo int
		wantOK           bool
	}{
		{true, "2005", 2005, 2010, true},
		{false, "2020", 2000, 2020, true},
		{false, "1990", 2000, 1990, true}, // bounding is the receiver's business
		{true, "", 0, 0, false},
		{true, "20x5", 0, 0, false},
	} {
		from, to, ok := r.changed(tt.isFrom, tt.value)
		if from != tt.wantFrom || to != tt.wantTo || ok != tt.wantOK {
			t.Errorf("changed(%v, %q) = %d, %d, %v; want %d, %d, %v", tt.isFrom, tt.value, from, to, ok, tt.wantFrom, tt.wantTo, tt.wantOK)
		}
	}
}

func TestCategoryFilterRenders(t *testing.T) {
	html := goapp.HTMLString(CategoryFilter{
		Legend:     "Categories",
		Categories: []Category{{"energy", "Energy", 2}, {"nam", "Non-Aligned Movement", 5}},
		On:         []string{"nam"},
	}.UI())
	// A box is ticked in HTML by the attribute being there, whatever its
	// value: checked="false" is a ticked box (go-app patch 19).
	if m := tag(t, html, "cat-energy", `type="checkbox"`); strings.Contains(m, "checked") {
		t.Errorf("cat-energy is off but drawn ticked: %s", m)
	}
	if m := tag(t, html, "cat-nam", `type="checkbox"`, "checked"); strings.Contains(m, `checked="`) {
		t.Errorf("cat-nam is on but its checked has a value: %s", m)
	}
	for _, want := range []string{"<legend>Categories</legend>", "swatch swatch-2", "swatch swatch-5", "Non-Aligned Movement"} {
		if !strings.Contains(html, want) {
			t.Errorf("no %q in:\n%s", want, html)
		}
	}
}

func TestToggled(t *testing.T) {
	on := []string{"energy", "nam"}
	for _, tt := range []struct {
		id   string
		want []string
	}{
		{"nam", []string{"energy"}},
		{"energy", []string{"nam"}},
		{"trade", []string{"energy", "nam", "trade"}},
	} {
		if got := toggled(on, tt.id); !slices.Equal(got, tt.want) {
			t.Errorf("toggled(%q, %q) = %q, want %q", on, tt.id, got, tt.want)
		}
	}
	if !slices.Equal(on, []string{"energy", "nam"}) {
		t.Errorf("toggled changed its input: %q", on)
	}
	if got := toggled(nil, "nam"); !slices.Equal(got, []string{"nam"}) {
		t.Errorf("toggled(nil) = %q", got)
	}
}
