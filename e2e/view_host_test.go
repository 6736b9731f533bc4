//go:build browser

package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// viewsBuilt waits for the view host to have built every view while the
// reader reads the one last made ready (app/view_host_wasm.go).
func (tb *tab) viewsBuilt(t *testing.T) {
	t.Helper()
	for deadline := time.Now().Add(readyTimeout); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		var built bool
		tb.eval(t, `(() => {
			const last = (name) => performance.getEntriesByName(name, "mark").map((m) => m.startTime).pop();
			return last("bilateral:views-built") > last("bilateral:ready");
		})()`, &built)
		if built {
			return
		}
	}
	// What the page was doing says which step of the host stalled: an
	// aside-build mark without its aside-built is a view that never settled.
	var state string
	tb.eval(t, `JSON.stringify({ready: document.documentElement.dataset.ready || "",
		marks: performance.getEntriesByType("mark").filter((m) => /ready|views-built|aside/.test(m.name)).map((m) => m.name + "@" + Math.round(m.startTime)),
		slots: [...document.querySelectorAll(".view-slot")].map((s) => s.dataset.view + ":" + s.childElementCount),
		undrawn: [...document.querySelectorAll('[data-chart]:not([data-rendered="true"])')].map((c) => c.dataset.chart)})`, &state)
	// A panic stops the program without another mark: the console says so.
	problems, _ := tb.snapshot()
	t.Fatalf("the views were not all built within the ready timeout: %s; console: %q", state, problems)
}

// keptPage is what the document holds of the views, and whether each chart
// in it is drawn at its box's width.
type keptPage struct {
	Shells  int      `json:"shells"`
	Mains   int      `json:"mains"`
	Lang    string   `json:"lang"`
	Heading string   `json:"heading"`
	Charts  int      `json:"charts"`
	Misfit  []string `json:"misfit"`
}

const keptPageScript = `(() => {
	const misfit = [];
	const charts = document.querySelectorAll("[data-chart]");
	for (const c of charts) {
		const svg = c.querySelector(":scope > div > svg, :scope > svg");
		const w = svg ? Math.round(parseFloat(svg.getAttribute("width"))) : -1;
		if (w !== c.clientWidth) misfit.push(c.dataset.chart + ": drawn " + w + " px, box " + c.clientWidth + " px");
	}
	return {shells: document.querySelectorAll(".shell").length, mains: document.querySelectorAll("#main").length,
		lang: document.documentElement.lang, heading: (document.querySelector("h1") || {}).textContent || "",
		charts: charts.length, misfit};
})()`

// A view built while the reader read another, and one kept after it was
// left, come back alone in the document (one page, one #main), with their
// charts live and drawn at their boxes' width, even when the window was
// resized while they were out of it; a change of language rebuilds them in
// the new one.
func TestKeptViews(t *testing.T) {
	tb := newTab(t, 120*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+"/trade")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("trade", readyTimeout); err != nil {
		t.Fatal(err)
	}
	tb.viewsBuilt(t)
	check := func(when string, wantCharts int, lang string) keptPage {
		t.Helper()
		var p keptPage
		tb.eval(t, keptPageScript, &p)
		if p.Shells != 1 || p.Mains != 1 {
			t.Errorf("%s: %d pages and %d #main in the document, want one of each", when, p.Shells, p.Mains)
		}
		if p.Charts != wantCharts || len(p.Misfit) > 0 {
			t.Errorf("%s: %d charts (want %d); not at their box's width: %v", when, p.Charts, wantCharts, p.Misfit)
		}
		if p.Lang != lang {
			t.Errorf("%s: document language %q, want %q", when, p.Lang, lang)
		}
		return p
	}
	switchTo := func(path, view string) {
		t.Helper()
		// At 375 px the views are in a menu: the link is clicked as a
		// script would, open or not.
		tb.eval(t, fmt.Sprintf(`document.querySelector('nav a[href="%s"]').click()`, path), nil)
		if err := tb.waitReady(view, readyTimeout); err != nil {
			t.Fatalf("switch to %s: %v", path, err)
		}
	}
	switchTo("/energy", "energy") // built aside
	check("energy, built aside", 2, "en")
	// Trade and the overview are out of the document while the window narrows.
	if err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(375, 800)); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond)
	check("energy, narrowed", 2, "en")
	switchTo("/trade", "trade") // kept, resized while out
	check("trade, kept while the window narrowed", 3, "en")
	switchTo("/", "overview")
	check("the overview, built aside at the other width", 2, "en")

	tb.eval(t, `document.querySelector('a[hreflang="ru"]').click()`, nil)
	tb.waitURL(t, "/ru/", "overview")
	tb.viewsBuilt(t)
	switchTo("/ru/energy", "energy")
	p := check("energy after the change to Russian", 2, "ru")
	if strings.Contains(p.Heading, "Energy") {
		t.Errorf("energy after the change to Russian is headed %q", p.Heading)
	}
	checkConsoleAndOrigin(t, tb)
}
