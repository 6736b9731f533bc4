//go:build browser

package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// location is the path and query the address bar shows.
const location = `location.pathname + location.search`

func (tb *tab) eval(t *testing.T, js string, out any) {
	t.Helper()
	if err := chromedp.Run(tb.ctx, chromedp.Evaluate(js, out)); err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
}

// waitURL waits for the address bar to show want and the view to be ready.
func (tb *tab) waitURL(t *testing.T, want, view string) {
	t.Helper()
	deadline := time.Now().Add(readyTimeout)
	var got string
	for time.Now().Before(deadline) {
		tb.eval(t, location, &got)
		if got == want {
			if err := tb.waitReady(view, readyTimeout); err != nil {
				t.Fatal(err)
			}
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("address bar shows %q, want %q", got, want)
}

// TestControlsWalkHistory changes controls on the timeline and checks the
// address follows, that Back and Forward walk through the choices, that a
// reload restores the screen, and that a run of year edits adds one
// history entry.
func TestControlsWalkHistory(t *testing.T) {
	tb := newTab(t, 120*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+"/timeline")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("timeline", readyTimeout); err != nil {
		t.Fatal(err)
	}

	// A category: a discrete choice, pushed.
	if err := chromedp.Run(tb.ctx, chromedp.Click("#cat-energy", chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	tb.waitURL(t, "/timeline?cat=energy", "timeline")

	// Tables instead of charts.
	if err := chromedp.Run(tb.ctx, chromedp.Click(`.segmented a[href*="tab=table"]`, chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	tb.waitURL(t, "/timeline?tab=table&cat=energy", "timeline")
	var charts int
	tb.eval(t, `document.querySelectorAll('[data-chart]').length`, &charts)
	if charts != 0 {
		t.Errorf("table tab still shows %d charts", charts)
	}

	// Select an event from the list.
	if err := chromedp.Run(tb.ctx, chromedp.Click(`#event-gas-agreement-2022 a`, chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	tb.waitURL(t, "/timeline?tab=table&cat=energy&event=gas-agreement-2022", "timeline")

	// The year range: its first edit adds one entry (Back undoes the run of
	// edits, and never leaves the site); later edits replace that entry.
	var before, after, again int
	tb.eval(t, `history.length`, &before)
	tb.eval(t, `(() => { const i = document.querySelector('#year-from'); i.value = "2005";
		i.dispatchEvent(new Event('change', {bubbles: true})); return 0 })()`, nil)
	tb.waitURL(t, "/timeline?tab=table&from=2005&cat=energy&event=gas-agreement-2022", "timeline")
	tb.eval(t, `history.length`, &after)
	if after != before+1 {
		t.Errorf("first year edit grew history from %d to %d entries; it should add one", before, after)
	}
	tb.eval(t, `(() => { const i = document.querySelector('#year-from'); i.value = "2007";
		i.dispatchEvent(new Event('change', {bubbles: true})); return 0 })()`, nil)
	tb.waitURL(t, "/timeline?tab=table&from=2007&cat=energy&event=gas-agreement-2022", "timeline")
	tb.eval(t, `history.length`, &again)
	if again != after {
		t.Errorf("second year edit grew history from %d to %d entries; it should replace", after, again)
	}

	// Back and Forward walk through the discrete choices.
	tb.eval(t, `history.back(), 0`, nil)
	tb.waitURL(t, "/timeline?tab=table&cat=energy&event=gas-agreement-2022", "timeline")
	tb.eval(t, `history.back(), 0`, nil)
	tb.waitURL(t, "/timeline?tab=table&cat=energy", "timeline")
	tb.eval(t, `history.back(), 0`, nil)
	tb.waitURL(t, "/timeline?cat=energy", "timeline")
	tb.eval(t, `document.querySelectorAll('[data-chart]').length`, &charts)
	if charts == 0 {
		t.Errorf("back to the chart tab shows no chart")
	}
	tb.eval(t, `history.forward(), 0`, nil)
	tb.waitURL(t, "/timeline?tab=table&cat=energy", "timeline")

	// A reload restores the same screen.
	if err := chromedp.Run(tb.ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	tb.waitURL(t, "/timeline?tab=table&cat=energy", "timeline")
	var restored bool
	tb.eval(t, `document.querySelector('#cat-energy').checked &&
		document.querySelector('.segmented a.current').innerText.trim() === "Tables"`, &restored)
	if !restored {
		t.Errorf("reload did not restore the category and tab")
	}
	checkConsoleAndOrigin(t, tb)
}

// TestCardLinksSelectFigure follows an overview card to its view and checks
// the figure arrives selected.
func TestCardLinksSelectFigure(t *testing.T) {
	tb := newTab(t, 60*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+"/")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("overview", readyTimeout); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Run(tb.ctx, chromedp.Click(`[data-figure="oil-2022"] a.card-link`, chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	tb.waitURL(t, "/energy?fig=oil-2022", "energy")
	var sel string
	tb.eval(t, `(document.querySelector('.card.selected') || {}).dataset?.figure || ""`, &sel)
	if sel != "oil-2022" {
		t.Errorf("selected card is %q, want oil-2022", sel)
	}
	if !strings.Contains(tbTitle(t, tb), "Oil") {
		t.Errorf("title does not name the selected figure")
	}
}

func tbTitle(t *testing.T, tb *tab) string {
	var s string
	tb.eval(t, `document.title`, &s)
	return s
}
