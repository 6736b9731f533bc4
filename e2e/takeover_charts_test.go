//go:build browser

package e2e

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// recordChartText keeps, as the parser finishes the page the server sent
// (before any program runs), where each chart's drawing shown at the page's
// width writes each of its texts, and offers the same reading for later
// (window.__chartText), when ECharts has drawn the chart in its place.
// Texts are what a reader reads and what moves first when a chart is laid
// out for another width or with other text measures: axis labels thin out,
// a label wraps at another word, a pill grows.
const recordChartText = `(() => {
	// The server's drawings are the chart's own SVGs; ECharts draws into a
	// div of its own. Before the takeover only the first can be there.
	window.__chartText = (sel) => {
		const out = {};
		document.querySelectorAll("[data-chart]").forEach((chart) => {
			const box = chart.getBoundingClientRect();
			const svg = Array.from(chart.querySelectorAll(sel)).find((s) =>
				getComputedStyle(s).display !== "none" && s.getBoundingClientRect().width > 0);
			const texts = [];
			if (svg) {
				svg.querySelectorAll("text").forEach((t) => {
					const r = t.getBoundingClientRect();
					if (t.textContent.trim() === "" || r.width === 0) return;
					texts.push({ t: t.textContent, x: r.x - box.x, y: r.y - box.y, w: r.width });
				});
			}
			const stale = Array.from(chart.querySelectorAll(":scope > svg")).filter((s) => getComputedStyle(s).display !== "none").length;
			out[chart.dataset.chart] = { w: box.width, svgW: svg ? svg.getBoundingClientRect().width : 0, texts, stale };
		});
		return out;
	};
	document.addEventListener("DOMContentLoaded", () => { window.__servedCharts = window.__chartText(":scope > svg"); });
})()`

type chartDrawing struct {
	W, SvgW float64
	Stale   int // the server's drawings still shown
	Texts   []struct {
		T       string
		X, Y, W float64
	}
}

// TestTakeoverKeepsChartDrawings: nothing inside a chart moves when the
// program takes over. At two phones' and two desktops' widths (charts 310,
// 360, 480, 600, 800 and 960 px wide), every chart of every view is, once
// ECharts has drawn it, as wide as the server's drawing the page showed,
// and writes the same texts at the same places. Before, the server drew at
// 360 and 960 px and ECharts at the box's width (325 px on a 375 px phone,
// 1,182 px on a 1,440 px desktop) with the canvas's text measures: axis
// labels moved, thinned out or wrapped anew, on every chart, as the program
// took over.
func TestTakeoverKeepsChartDrawings(t *testing.T) {
	for _, width := range []int{360, 412, 1024, 1440} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			noCharts := func(r route) bool { return r.view == "notfound" || r.view == "sources" }
			eachViewTakenOver(t, width, recordChartText, noCharts, func(t *testing.T, tb *tab, r route) {
				var served, live map[string]chartDrawing
				err := chromedp.Run(tb.ctx,
					chromedp.Evaluate(`window.__servedCharts`, &served),
					chromedp.Evaluate(`window.__chartText(":scope > div svg")`, &live),
				)
				if err != nil {
					t.Fatalf("%s: read charts: %v", r.path, err)
				}
				if len(served) == 0 {
					t.Fatalf("%s: no chart in the served page; the probe did not see it", r.path)
				}
				for id, a := range served {
					b := live[id]
					if len(a.Texts) < 3 {
						t.Errorf("%s: chart %s: the served page shows %d texts; no drawing was shown", r.path, id, len(a.Texts))
						continue
					}
					if b.Stale > 0 {
						t.Errorf("%s at %d px: chart %s still shows the server's drawing beside ECharts'", r.path, width, id)
					}
					if math.Abs(a.SvgW-b.SvgW) > 0.5 {
						t.Errorf("%s at %d px: chart %s is drawn %.1f px wide by the server and %.1f px by ECharts (box %.1f)",
							r.path, width, id, a.SvgW, b.SvgW, b.W)
					}
					if diffs := compareTexts(a, b); len(diffs) > 0 {
						t.Errorf("%s at %d px: chart %s writes %d text(s) elsewhere once ECharts draws it:\n\t%s",
							r.path, width, id, len(diffs), strings.Join(diffs, "\n\t"))
					}
				}
			})
		})
	}
}

// compareTexts lists the texts one drawing writes and the other does not,
// or writes more than a pixel away or wider.
func compareTexts(served, live chartDrawing) []string {
	const tolerance = 1.0
	key := func(s string, x, y float64) string { return fmt.Sprintf("%q at %.0f,%.0f", s, x, y) }
	unmatched := live.Texts
	var diffs []string
	for _, a := range served.Texts {
		found := -1
		for i, b := range unmatched {
			if a.T == b.T && math.Abs(a.X-b.X) <= tolerance && math.Abs(a.Y-b.Y) <= tolerance && math.Abs(a.W-b.W) <= tolerance {
				found = i
				break
			}
		}
		if found < 0 {
			diffs = append(diffs, "served only: "+key(a.T, a.X, a.Y))
			continue
		}
		unmatched = append(unmatched[:found:found], unmatched[found+1:]...)
	}
	for _, b := range unmatched {
		diffs = append(diffs, "ECharts only: "+key(b.T, b.X, b.Y))
	}
	sort.Strings(diffs)
	if len(diffs) > 12 {
		diffs = append(diffs[:12], fmt.Sprintf("… and %d more", len(diffs)-12))
	}
	return diffs
}

// TestTakeoverKeepsChartDrawingsUntilEChartsDraws: the program's render of
// a chart has no drawing of its own (go-app patch 22, KeepServedChildren);
// the server's drawings stay in the chart until ECharts draws there. With
// ECharts' script held until the program's first navigation has settled
// (when go-app removes the served nodes no render took), every chart of
// /trade still shows the texts the served page showed, at the same places;
// then ECharts is let in and draws them all. Without the patch each chart
// is blank from the program's first render until ECharts has loaded.
func TestTakeoverKeepsChartDrawingsUntilEChartsDraws(t *testing.T) {
	tb := newTab(t, 60*time.Second)
	if err := chromedp.Run(tb.ctx, onNewDocuments(recordChartText)); err != nil {
		t.Fatal(err)
	}
	held := holdRequestUntil(t, tb, "*/echarts.min.js", `(() => {
		if (performance.getEntriesByName("goapp:first-render").length === 0) return false;
		window.__settledCharts = window.__chartText(":scope > svg");
		return true;
	})()`)
	navigateTo(t, tb, baseURL+"/trade")
	if !<-held {
		t.Fatal("the program's first navigation never settled while ECharts was held")
	}
	if err := tb.waitReady("trade", readyTimeout); err != nil {
		t.Fatal(err)
	}
	var served, settled map[string]chartDrawing
	if err := chromedp.Run(tb.ctx,
		chromedp.Evaluate(`window.__servedCharts`, &served),
		chromedp.Evaluate(`window.__settledCharts`, &settled),
	); err != nil {
		t.Fatal(err)
	}
	if len(served) < 3 {
		t.Fatalf("%d charts in the served /trade; want its three", len(served))
	}
	for id, a := range served {
		if len(a.Texts) < 3 {
			t.Errorf("chart %s: the served page shows %d texts; no drawing was shown", id, len(a.Texts))
			continue
		}
		if diffs := compareTexts(a, settled[id]); len(diffs) > 0 {
			t.Errorf("chart %s: once the program's first navigation settled, before ECharts drew, %d text(s) differ from the served page's:\n\t%s",
				id, len(diffs), strings.Join(diffs, "\n\t"))
		}
	}
}
