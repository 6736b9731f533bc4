//go:build browser

package e2e

import (
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestChartClickSelects clicks a bar and checks it selects its figure, as a
// link would: the address, the highlighted card and the chart all follow.
func TestChartClickSelects(t *testing.T) {
	tb := newTab(t, 60*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+"/trade")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("trade", readyTimeout); err != nil {
		t.Fatal(err)
	}
	clickTrade2023Bar(t, tb)
	tb.waitURL(t, "/trade?fig=trade-2023", "trade")
	var ok bool
	tb.eval(t, `!!document.querySelector('.card.selected[data-figure="trade-2023"]')`, &ok)
	if !ok {
		t.Errorf("clicking the 2023 bar did not select its card")
	}
	checkConsoleAndOrigin(t, tb)
}

// TestNoChartLeak moves among the views 50 times through the navigation bar
// and checks that the live ECharts instances are exactly those on screen:
// every chart a view made was disposed when the reader left it.
func TestNoChartLeak(t *testing.T) {
	tb := newTab(t, 180*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+"/")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("overview", readyTimeout); err != nil {
		t.Fatal(err)
	}
	order := []struct{ path, view string }{
		{"/trade", "trade"}, {"/energy", "energy"}, {"/diplomacy", "diplomacy"},
		{"/legal", "legal"}, {"/timeline", "timeline"}, {"/sources", "sources"}, {"/", "overview"},
	}
	for i := 0; i < 50; i++ {
		next := order[i%len(order)]
		sel := fmt.Sprintf(`nav a[href="%s"]`, next.path)
		if err := chromedp.Run(tb.ctx, chromedp.Click(sel, chromedp.ByQuery)); err != nil {
			t.Fatalf("navigation %d to %s: %v", i, next.path, err)
		}
		if err := tb.waitReady(next.view, readyTimeout); err != nil {
			t.Fatalf("navigation %d: %v", i, err)
		}
	}
	var counts struct {
		Live    int `json:"live"`
		OnPage  int `json:"onPage"`
		Stamped int `json:"stamped"`
	}
	tb.eval(t, `({live: window.bilateralLiveCharts || 0,
		onPage: document.querySelectorAll('[data-chart]').length,
		stamped: document.querySelectorAll('[_echarts_instance_]').length})`, &counts)
	if counts.Live != counts.OnPage || counts.Stamped != counts.OnPage {
		t.Errorf("after 50 navigations: %d live chart instances (%d in the DOM), %d charts on the page",
			counts.Live, counts.Stamped, counts.OnPage)
	}
	checkConsoleAndOrigin(t, tb)
}

// TestThemeToggleRemembered switches to dark with the toggle and checks the
// choice survives a reload, with the charts redrawn in it.
func TestThemeToggleRemembered(t *testing.T) {
	tb := newTab(t, 60*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+"/energy")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("energy", readyTimeout); err != nil {
		t.Fatal(err)
	}
	var before string
	tb.eval(t, `document.documentElement.getAttribute('data-theme') || ""`, &before)
	if err := chromedp.Run(tb.ctx, chromedp.Click(".settings > summary", chromedp.ByQuery), chromedp.Click(".pref-theme", chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	var after string
	tb.eval(t, `document.documentElement.getAttribute('data-theme')`, &after)
	if after == before || (after != "dark" && after != "light") {
		t.Fatalf("theme went from %q to %q", before, after)
	}
	if err := chromedp.Run(tb.ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("energy", readyTimeout); err != nil {
		t.Fatal(err)
	}
	var again string
	var pressed string
	tb.eval(t, `document.documentElement.getAttribute('data-theme')`, &again)
	tb.eval(t, `document.querySelector('.pref-theme').getAttribute('aria-pressed')`, &pressed)
	if again != after {
		t.Errorf("after reload the theme is %q, want the remembered %q", again, after)
	}
	if (pressed == "true") != (after == "dark") {
		t.Errorf("toggle aria-pressed=%q in the %s theme", pressed, after)
	}
	checkConsoleAndOrigin(t, tb)
}

// TestPatternsToggle turns chart patterns on: every chart's option now
// shows decals, and the choice is remembered.
func TestPatternsToggle(t *testing.T) {
	tb := newTab(t, 60*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+"/trade")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("trade", readyTimeout); err != nil {
		t.Fatal(err)
	}
	decals := `[...document.querySelectorAll('[data-chart]')].map(el =>
		!!echarts.getInstanceByDom(el).getOption().aria[0]?.decal?.show ||
		!!echarts.getInstanceByDom(el).getOption().aria?.decal?.show)`
	var before, after []bool
	tb.eval(t, decals, &before)
	if err := chromedp.Run(tb.ctx, chromedp.Click(".settings > summary", chromedp.ByQuery), chromedp.Click(".pref-patterns", chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	tb.eval(t, decals, &after)
	if len(after) == 0 {
		t.Fatal("no charts")
	}
	for i := range after {
		if before[i] || !after[i] {
			t.Errorf("chart %d: decals before=%v after=%v, want off then on", i, before[i], after[i])
		}
	}
	if err := chromedp.Run(tb.ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("trade", readyTimeout); err != nil {
		t.Fatal(err)
	}
	tb.eval(t, decals, &after)
	for i := range after {
		if !after[i] {
			t.Errorf("chart %d lost its patterns after a reload", i)
		}
	}
	checkConsoleAndOrigin(t, tb)
}

// clickTrade2023Bar clicks the centre of the 2023 bar of /trade's turnover
// chart, found in page coordinates by ECharts itself.
func clickTrade2023Bar(t *testing.T, tb *tab) {
	t.Helper()
	var pt struct{ X, Y float64 }
	tb.eval(t, `(() => {
		const el = document.querySelector('[data-chart="trade-turnover"]');
		el.scrollIntoView({block: "center"});
		const inst = echarts.getInstanceByDom(el);
		const [x, y] = inst.convertToPixel({seriesIndex: 1}, [1, 2]);
		const r = el.getBoundingClientRect();
		return {X: r.left + x, Y: r.top + y};
	})()`, &pt)
	if err := chromedp.Run(tb.ctx, chromedp.MouseClickXY(pt.X, pt.Y)); err != nil {
		t.Fatal(err)
	}
}
