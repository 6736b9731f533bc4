//go:build browser

package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// inView is JS that reports whether the element sel is on screen.
func inView(sel string) string {
	return `(() => { const el = document.querySelector('` + sel + `'); if (!el) return false;
		const r = el.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; })()`
}

// TestSelectionStaysInView clicks a bar and checks the chart it was clicked
// in stays on screen (the page does not scroll off to the selected card)
// with the figure's details under it, on screen too,
// then selects an event in the timeline's list and checks its details open
// in the list item, on screen, not far above it.
func TestSelectionStaysInView(t *testing.T) {
	tb := newTab(t, 90*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+"/trade")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("trade", readyTimeout); err != nil {
		t.Fatal(err)
	}
	clickTrade2023Bar(t, tb)
	tb.waitURL(t, "/trade?fig=trade-2023", "trade")
	time.Sleep(300 * time.Millisecond) // any scroll the selection caused
	var ok bool
	tb.eval(t, inView(`[data-chart="trade-turnover"]`), &ok)
	if !ok {
		t.Error("clicking a bar scrolled its chart off screen")
	}
	tb.eval(t, `!!document.querySelector('[data-chart="trade-turnover"]').closest('figure').querySelector('.chart-selected[data-selected="trade-2023"]')`, &ok)
	if !ok {
		t.Error("the clicked figure's details are not under its chart")
	}
	tb.eval(t, inView(`.chart-selected[data-selected="trade-2023"]`), &ok)
	if !ok {
		t.Error("the clicked figure's details are off screen")
	}

	if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+"/timeline")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("timeline", readyTimeout); err != nil {
		t.Fatal(err)
	}
	tb.eval(t, `(document.querySelector('#event-gas-agreement-2022').scrollIntoView({block: "center"}), 0)`, nil)
	if err := chromedp.Run(tb.ctx, chromedp.Click(`#event-gas-agreement-2022 a`, chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	tb.waitURL(t, "/timeline?event=gas-agreement-2022", "timeline")
	time.Sleep(300 * time.Millisecond)
	tb.eval(t, `!!document.querySelector('#event-gas-agreement-2022 #details')`, &ok)
	if !ok {
		t.Error("the event's details did not open in its list item")
	}
	tb.eval(t, inView(`#event-gas-agreement-2022 #details`), &ok)
	if !ok {
		t.Error("the selected event's details are off screen")
	}
	checkConsoleAndOrigin(t, tb)
}
