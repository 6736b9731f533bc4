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

// TestNoChartLeak moves among the views 50 times through the navigation bar.
// The view host keeps every view it built, charts drawn (app/view_host.go),
// so the live ECharts instances are those of the views kept, never more:
// after the first round through the views their number does not grow, it
// is at most the views' charts, the shown view's charts are live in the
// page, and no instance is left behind in the document by a view shown
// before.
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
	type chartCounts struct {
		Live    int `json:"live"`
		OnPage  int `json:"onPage"`
		Stamped int `json:"stamped"`
	}
	count := func() (c chartCounts) {
		tb.eval(t, `({live: window.bilateralLiveCharts || 0,
			onPage: document.querySelectorAll('[data-chart]').length,
			stamped: document.querySelectorAll('[_echarts_instance_]').length})`, &c)
		return c
	}
	var afterRound chartCounts
	for i := 0; i < 50; i++ {
		next := order[i%len(order)]
		sel := fmt.Sprintf(`nav a[href="%s"]`, next.path)
		if err := chromedp.Run(tb.ctx, chromedp.Click(sel, chromedp.ByQuery)); err != nil {
			t.Fatalf("navigation %d to %s: %v", i, next.path, err)
		}
		if err := tb.waitReady(next.view, readyTimeout); err != nil {
			t.Fatalf("navigation %d: %v", i, err)
		}
		if i == len(order)-1 {
			afterRound = count()
		}
	}
	counts := count()
	if counts.Stamped != counts.OnPage {
		t.Errorf("after 50 navigations: %d chart instances in the document, %d charts on the page", counts.Stamped, counts.OnPage)
	}
	if counts.Live != afterRound.Live || counts.Live > allViewCharts {
		t.Errorf("after 50 navigations: %d live chart instances, %d after the first round through the views; the views have %d charts",
			counts.Live, afterRound.Live, allViewCharts)
	}
	checkConsoleAndOrigin(t, tb)
}

// allViewCharts is how many charts the seven views show in their plain
// state: 2 overview, 1 legal, 3 trade, 2 energy, 2 diplomacy, 1 timeline.
const allViewCharts = 11

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
