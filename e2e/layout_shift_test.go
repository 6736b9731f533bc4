//go:build browser

package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
)

// maxLayoutShift is the budget: the served page is the page the
// client renders, so the Wasm taking over moves (almost) nothing.
const maxLayoutShift = 0.01

// recordShifts runs before any of the page's own scripts, so every shift from
// the first paint on is kept, with the elements that moved.
const recordShifts = `(() => {
	window.__shifts = [];
	const describe = (n) => {
		if (!n) return "(a node since removed)";
		let d = n.nodeName.toLowerCase();
		if (n.id) d += "#" + n.id;
		if (typeof n.className === "string" && n.className.trim()) d += "." + n.className.trim().split(/\s+/).join(".");
		return d;
	};
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) {
			if (e.hadRecentInput) continue;
			window.__shifts.push({
				value: e.value,
				time: Math.round(e.startTime),
				ready: document.documentElement.dataset.ready || "",
				sources: (e.sources || []).map((s) => describe(s.node) +
					" x " + Math.round(s.previousRect.x) + "→" + Math.round(s.currentRect.x) +
					" y " + Math.round(s.previousRect.y) + "→" + Math.round(s.currentRect.y) +
					" w " + Math.round(s.previousRect.width) + "→" + Math.round(s.currentRect.width) +
					" h " + Math.round(s.previousRect.height) + "→" + Math.round(s.currentRect.height)),
			});
		}
	}).observe({type: "layout-shift", buffered: true});
})()`

// readShifts waits two frames, so a shift from the frame that set data-ready
// has been reported, then returns what the observer kept.
const readShifts = `new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(window.__shifts || []))))`

type layoutShift struct {
	Value   float64  `json:"value"`
	Time    float64  `json:"time"`
	Ready   string   `json:"ready"`
	Sources []string `json:"sources"`
}

// TestLayoutShift loads every view and a deep link, cold and warm, in both
// themes at 375 and 1440 px, and holds the layout shifts from navigation to
// data-ready (the Wasm in charge) to the budget. One tab per theme and width
// keeps the matrix quick; cold is that tab's cache (HTTP and the worker's)
// cleared before the load, warm is the same URL loaded again at once.
func TestLayoutShift(t *testing.T) {
	var pages []route
	for _, r := range routes {
		if r.view != "notfound" {
			pages = append(pages, r)
		}
	}
	pages = append(pages, route{path: "/trade?fig=trade-2023", view: "trade"})

	for _, theme := range []string{"light", "dark"} {
		for _, width := range []int{375, 1440} {
			t.Run(fmt.Sprintf("%s-%d", theme, width), func(t *testing.T) {
				tb := newTab(t, 5*time.Minute)
				err := chromedp.Run(tb.ctx,
					chromedp.EmulateViewport(int64(width), 900),
					onNewDocuments(recordShifts),
					chromedp.Navigate(baseURL+"/healthz"),
					chromedp.Evaluate(`localStorage.setItem("bilateral.theme", "`+theme+`")`, nil),
				)
				if err != nil {
					t.Fatalf("set up: %v", err)
				}
				for _, r := range pages {
					label := r.view
					if strings.Contains(r.path, "?") {
						label += "-deeplink"
					}
					for _, warmth := range []string{"cold", "warm"} {
						// A sub-test each, so one view can be run alone:
						// -run 'TestLayoutShift/light-1440/sources'.
						t.Run(label+"-"+warmth, func(t *testing.T) {
							name := fmt.Sprintf("%s %s %s %d px", r.path, warmth, theme, width)
							if warmth == "cold" {
								err := chromedp.Run(tb.ctx,
									network.ClearBrowserCache(),
									storage.ClearDataForOrigin(baseURL, "cache_storage"),
								)
								if err != nil {
									t.Fatalf("%s: clear cache: %v", name, err)
								}
							}
							if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+r.path)); err != nil {
								t.Fatalf("%s: load: %v", name, err)
							}
							if err := tb.waitReady(r.view, readyTimeout); err != nil {
								t.Fatalf("%s: %v", name, err)
							}
							var shifts []layoutShift
							err := chromedp.Run(tb.ctx, chromedp.Evaluate(readShifts, &shifts,
								func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }))
							if err != nil {
								t.Fatalf("%s: read shifts: %v", name, err)
							}
							sum := 0.0
							var moved []string
							for _, s := range shifts {
								sum += s.Value
								moved = append(moved, fmt.Sprintf("%.4f at %.0f ms (ready=%q): %s",
									s.Value, s.Time, s.Ready, strings.Join(s.Sources, "; ")))
							}
							t.Logf("%s: CLS %.4f", name, sum)
							if sum > 0 && sum <= maxLayoutShift {
								// Under the budget but not nothing: what moved, so a
								// creeping shift is seen before it fails.
								t.Logf("%s: moved: %s", name, strings.Join(moved, "; "))
							}
							if sum > maxLayoutShift {
								t.Errorf("%s: layout shift %.4f > %.2f:\n\t%s", name, sum, maxLayoutShift,
									strings.Join(moved, "\n\t"))
							}
						})
					}
				}
				checkConsoleAndOrigin(t, tb)
			})
		}
	}
}
