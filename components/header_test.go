package components

import (
	"strings"
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The views are listed as a row and as a menu named after the current view;
// both mark the current view for assistive technology.
func TestNavRowAndMenu(t *testing.T) {
	html := goapp.HTMLString(&Nav{Label: "Views", Items: []NavItem{
		{Path: "/", Label: "Overview"}, {Path: "/trade", Label: "Trade", Current: true}}})
	for _, want := range []string{`aria-label="Views"`, `class="nav-row"`, `<details class="menu nav-menu">`,
		`<span class="visually-hidden">Views: </span>`, `<span class="menu-label">Trade</span>`} {
		if !strings.Contains(html, want) {
			t.Errorf("no %q in:\n%s", want, html)
		}
	}
	if n := strings.Count(html, `aria-current="page"`); n != 2 {
		t.Errorf("%d links marked current, want 2 (row and menu):\n%s", n, html)
	}
	for _, part := range strings.SplitAfter(html, "</a>") {
		if strings.Contains(part, `aria-current="page"`) && !strings.HasSuffix(part, "Trade</a>") {
			t.Errorf("aria-current is on a link other than the current view's: %s", part)
		}
	}
	if n := strings.Count(html, "<nav"); n != 1 {
		t.Errorf("%d navigation landmarks, want 1", n)
	}
}

// On a page of no view the menu is named after the list, not left empty.
func TestNavMenuWithoutCurrentView(t *testing.T) {
	html := goapp.HTMLString(&Nav{Label: "Views", Items: []NavItem{
		{Path: "/", Label: "Overview"}, {Path: "/trade", Label: "Trade"}}})
	if !strings.Contains(html, `<span class="visually-hidden"></span><span class="menu-label">Views</span></summary>`) {
		t.Errorf("the menu's button does not say Views on its own:\n%s", html)
	}
	if strings.Contains(html, `aria-current`) {
		t.Errorf("a link is marked current on a page of no view:\n%s", html)
	}
}

// A preference names itself, says what it does (tied to the button) and
// holds both state words, so the page shows the right one before the Wasm.
func TestPreferenceSaysWhatAndWhichState(t *testing.T) {
	html := goapp.HTMLString(&Settings{Label: "Settings", Items: []goapp.UI{&Preference{
		Name: "patterns", On: "on", Off: "off", Label: "Chart patterns", Help: "Adds hatching.", OnTxt: "On", OffTxt: "Off"}}})
	for _, want := range []string{`<details class="menu settings">`, `<span class="menu-label">Settings</span>`,
		`<span class="pref-name">Chart patterns</span>`, `id="pref-patterns-help"`, "Adds hatching.",
		`<span class="pref-label pref-when-off">Off</span>`, `<span class="pref-label pref-when-on">On</span>`,
		`<svg class="gear" aria-hidden="true"`} {
		if !strings.Contains(html, want) {
			t.Errorf("no %q in:\n%s", want, html)
		}
	}
	if !strings.Contains(html, `aria-describedby="pref-patterns-help"`) || !strings.Contains(html, `aria-pressed="false"`) {
		t.Errorf("the button is not tied to its help, or has no pressed state:\n%s", html)
	}
}

// A derived card keeps its formula behind a toggle and names no source of
// its own (its group's line does).
func TestFigureCardHowComputed(t *testing.T) {
	html := goapp.HTMLString(&FigureCard{ID: "trade-2022", Label: "Trade, 2022", Value: "about $3.7 billion",
		Period: "2022", Derived: "Computed by us from 4.358 / 1.175.", HowTxt: "How computed", Marker: "derived"})
	for _, want := range []string{`<details class="card-derived">`, "<summary>How computed</summary>",
		"Computed by us from 4.358 / 1.175.", `class="card derived"`} {
		if !strings.Contains(html, want) {
			t.Errorf("no %q in:\n%s", want, html)
		}
	}
	if strings.Contains(html, "card-source") {
		t.Errorf("a card carries its own source line:\n%s", html)
	}
	plain := goapp.HTMLString(&FigureCard{ID: "trade-2023", Label: "Trade, 2023", Value: "$4.358 billion", HowTxt: "How computed"})
	if strings.Contains(plain, "How computed") {
		t.Errorf("a stated figure offers a formula:\n%s", plain)
	}
}
