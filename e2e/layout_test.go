//go:build browser

package e2e

import (
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// firstScreen is what a reader sees of a view before scrolling.
type firstScreen struct {
	Header     float64 `json:"header"` // the header's height
	Rows       int     `json:"rows"`   // distinct tops of the header's direct children
	Inner      float64 `json:"inner"`  // the viewport's height
	ChartIn    bool    `json:"chartIn"`
	Values     int     `json:"values"`   // key-number cards on the page
	ValuesIn   int     `json:"valuesIn"` // …whose value is inside the first screen
	ScrollSide bool    `json:"scrollSide"`
	Room       float64 `json:"room"` // free width in the header's row
}

const readFirstScreen = `(() => {
	window.scrollTo(0, 0);
	const top = document.querySelector("header.top");
	const r = top.getBoundingClientRect();
	const tops = new Set([...top.children]
		.filter((c) => c.getClientRects().length > 0 && getComputedStyle(c).position !== "fixed")
		.map((c) => { const b = c.getBoundingClientRect(); return Math.round((b.top + b.bottom) / 2 / 16); }));
	const inside = (e) => { const b = e.getBoundingClientRect(); return b.height > 0 && b.top >= 0 && b.bottom <= innerHeight; };
	const values = [...document.querySelectorAll("#glance .card-value")];
	const shown = (sel) => [...top.querySelectorAll(sel)].filter((e) => e.checkVisibility());
	const ends = shown(".nav-row li:last-child, .nav-menu > summary, .brand").map((e) => e.getBoundingClientRect().right);
	const settings = top.querySelector(".settings").getBoundingClientRect();
	return {
		header: r.height, rows: tops.size, inner: innerHeight,
		chartIn: [...document.querySelectorAll("[data-chart]")].some(inside),
		values: values.length, valuesIn: values.filter(inside).length,
		scrollSide: document.documentElement.scrollWidth > innerWidth,
		room: settings.left - Math.max(...ends),
	};
})()`

// TestFirstScreen loads every view at 1440×900, 1280×800 (the widest with
// the least room), 1024×768 and 375×812 in both
// themes: the header is one row at most 64 px tall, with room for one more
// small control; on the Overview the key
// numbers, and at desktop widths one chart, are inside the first screen.
func TestFirstScreen(t *testing.T) {
	sizes := []struct{ w, h int }{{1440, 900}, {1280, 800}, {1024, 768}, {375, 812}}
	for _, theme := range []string{"light", "dark"} {
		for _, size := range sizes {
			t.Run(fmt.Sprintf("%s-%d", theme, size.w), func(t *testing.T) {
				tb := newTab(t, 3*time.Minute)
				err := chromedp.Run(tb.ctx,
					chromedp.EmulateViewport(int64(size.w), int64(size.h)),
					chromedp.Navigate(baseURL+"/healthz"),
					chromedp.Evaluate(`localStorage.setItem("bilateral.theme", "`+theme+`")`, nil),
				)
				if err != nil {
					t.Fatalf("set up: %v", err)
				}
				for _, r := range routes {
					if r.view == "notfound" {
						continue
					}
					if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+r.path)); err != nil {
						t.Fatalf("%s: %v", r.path, err)
					}
					if err := tb.waitReady(r.view, readyTimeout); err != nil {
						t.Fatalf("%s: %v", r.path, err)
					}
					var s firstScreen
					tb.eval(t, readFirstScreen, &s)
					if s.Header > 64 {
						t.Errorf("%s: header %.0f px tall, want at most 64", r.path, s.Header)
					}
					if s.Rows != 1 {
						t.Errorf("%s: header items on %d rows, want 1", r.path, s.Rows)
					}
					// Room for one more small control (a language switch).
					if s.Room < 72 {
						t.Errorf("%s: %.0f px free in the header's row, want at least 72", r.path, s.Room)
					}
					if s.ScrollSide {
						t.Errorf("%s: the page scrolls sideways", r.path)
					}
					if r.view != "overview" {
						continue
					}
					if s.Values < 6 || s.ValuesIn != s.Values {
						t.Errorf("%s: %d of %d key numbers inside the first %.0f px, want all (at least 6)",
							r.path, s.ValuesIn, s.Values, s.Inner)
					}
					if size.w >= 1024 && !s.ChartIn {
						t.Errorf("%s: no chart wholly inside the first %.0f px", r.path, s.Inner)
					}
					tb.viewportShot(t, fmt.Sprintf("first-screen-overview-%s-%d", theme, size.w))
				}
				checkConsoleAndOrigin(t, tb)
			})
		}
	}
}

// prefState is one preference as the settings menu shows it.
type prefState struct {
	Pressed string `json:"pressed"` // aria-pressed
	Shown   string `json:"shown"`   // the state word the reader sees
	Help    bool   `json:"help"`    // its help text is visible
	Attr    string `json:"attr"`    // the page's data-<name>
}

func readPref(name string) string {
	return `(() => {
		const b = document.querySelector(".pref-` + name + `");
		const shown = [...b.querySelectorAll(".pref-label")].filter((s) => getComputedStyle(s).visibility === "visible");
		const help = document.getElementById(b.getAttribute("aria-describedby"));
		return {pressed: b.getAttribute("aria-pressed"), shown: shown.map((s) => s.textContent).join("|"),
			help: !!help && help.checkVisibility() && help.textContent.length > 20,
			attr: document.documentElement.getAttribute("data-` + name + `") || ""};
	})()`
}

// TestSettingsMenu opens the settings menu, turns patterns and the dark
// theme on, and checks each says its state in words (and to assistive
// technology) before, after, and after a reload.
func TestSettingsMenu(t *testing.T) {
	tb := newTab(t, 90*time.Second)
	err := chromedp.Run(tb.ctx,
		chromedp.Navigate(baseURL+"/healthz"),
		chromedp.Evaluate(`localStorage.setItem("bilateral.theme", "light")`, nil),
		chromedp.Navigate(baseURL+"/trade"),
	)
	if err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("trade", readyTimeout); err != nil {
		t.Fatal(err)
	}
	var hidden bool
	tb.eval(t, `!document.querySelector(".pref-patterns").checkVisibility()`, &hidden)
	if !hidden {
		t.Errorf("the preferences show before the settings menu is opened")
	}
	if err := chromedp.Run(tb.ctx, chromedp.Click(".settings > summary", chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	check := func(when, name string, want prefState) {
		t.Helper()
		var got prefState
		tb.eval(t, readPref(name), &got)
		if got != want {
			t.Errorf("%s, %s: %+v, want %+v", when, name, got, want)
		}
	}
	check("at first", "patterns", prefState{Pressed: "false", Shown: "Off", Help: true, Attr: ""})
	check("at first", "theme", prefState{Pressed: "false", Shown: "Off", Help: true, Attr: "light"})

	if err := chromedp.Run(tb.ctx, chromedp.Click(".pref-patterns", chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Run(tb.ctx, chromedp.Click(".pref-theme", chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	check("turned on", "patterns", prefState{Pressed: "true", Shown: "On", Help: true, Attr: "on"})
	check("turned on", "theme", prefState{Pressed: "true", Shown: "On", Help: true, Attr: "dark"})

	// Escape closes the menu and hands focus back to its button; so does a
	// click anywhere else.
	var st struct {
		Open    bool `json:"open"`
		Focused bool `json:"focused"`
	}
	readMenu := `({open: document.querySelector(".settings").open,
		focused: document.activeElement === document.querySelector(".settings > summary")})`
	if err := chromedp.Run(tb.ctx, chromedp.KeyEvent("\x1b")); err != nil { // Escape
		t.Fatal(err)
	}
	tb.eval(t, readMenu, &st)
	if st.Open || !st.Focused {
		t.Errorf("after Escape the menu is open=%v, its button focused=%v; want closed and focused", st.Open, st.Focused)
	}
	err = chromedp.Run(tb.ctx,
		chromedp.Click(".settings > summary", chromedp.ByQuery),
		chromedp.Click("main h1", chromedp.ByQuery),
	)
	if err != nil {
		t.Fatal(err)
	}
	tb.eval(t, readMenu, &st)
	if st.Open {
		t.Errorf("a click outside left the settings menu open")
	}

	if err := chromedp.Run(tb.ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("trade", readyTimeout); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Run(tb.ctx, chromedp.Click(".settings > summary", chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	check("after a reload", "patterns", prefState{Pressed: "true", Shown: "On", Help: true, Attr: "on"})
	check("after a reload", "theme", prefState{Pressed: "true", Shown: "On", Help: true, Attr: "dark"})
	tb.viewportShot(t, "settings-menu-open")
	checkConsoleAndOrigin(t, tb)
}

// TestViewsMenu picks a view from the phone's views menu: the menu names
// the current view, and closes once the next view is chosen.
func TestViewsMenu(t *testing.T) {
	tb := newTab(t, 90*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(375, 812), chromedp.Navigate(baseURL+"/")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("overview", readyTimeout); err != nil {
		t.Fatal(err)
	}
	var row bool
	tb.eval(t, `document.querySelector(".nav-row").getClientRects().length > 0`, &row)
	if row {
		t.Errorf("the row of view links shows at 375 px")
	}
	err := chromedp.Run(tb.ctx,
		chromedp.Click(".nav-menu > summary", chromedp.ByQuery),
		chromedp.Click(`.nav-menu a[href="/energy"]`, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("energy", readyTimeout); err != nil {
		t.Fatal(err)
	}
	var st struct {
		Label string `json:"label"`
		Open  bool   `json:"open"`
	}
	tb.eval(t, `({label: document.querySelector(".nav-menu .menu-label").textContent,
		open: document.querySelector(".nav-menu").open})`, &st)
	if st.Label != "Energy" || st.Open {
		t.Errorf("after choosing Energy the menu reads %q and open=%v, want \"Energy\", closed", st.Label, st.Open)
	}
	checkConsoleAndOrigin(t, tb)
}
