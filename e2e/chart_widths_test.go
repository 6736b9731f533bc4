//go:build browser

package e2e

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chartWidthsProbe reads, for every chart of the served page, the width of
// the drawing the stylesheet shows ("none" when it shows none) and the
// widths of all the drawings the page carries. A chart far below the
// screen is in a section the browser does not lay out (content-visibility)
// and its container queries keep the last width they were laid out at:
// its box's size is asked for first, which lays it out, as a reader
// scrolling to it would.
const chartWidthsProbe = `[...document.querySelectorAll("[data-chart]")].map((c) => {
	c.parentElement.getBoundingClientRect();
	const svgs = [...c.querySelectorAll(":scope > svg[data-w]")];
	const shown = svgs.filter((s) => getComputedStyle(s).display !== "none").map((s) => s.dataset.w);
	return { id: c.dataset.chart, shown: shown.join(",") || "none", carried: svgs.map((s) => s.dataset.w) };
})`

// TestEveryDrawingShownAtSomeWidth: on screens from 300 to 2,560 px wide,
// every chart of every view (and of an embed) shows exactly one of the
// server's drawings at every width, so no screen gets a blank chart until
// the program draws it, and every drawing a page carries is shown at some
// width, so no page carries a drawing no screen can show (the glance's
// chart on / sits in a box that never reaches 800 px, and its page carries
// no 800 or 960 px drawing: app.glanceChartWidth). Read from the served
// page, without the program.
func TestEveryDrawingShownAtSomeWidth(t *testing.T) {
	paths := map[string]string{"embed": "/embed/overview?chart=overview-trade"}
	for _, r := range routes {
		if r.view != "notfound" && r.view != "sources" {
			paths[r.view] = r.path
		}
	}
	tb := newTab(t, 5*time.Minute)
	for name, path := range paths {
		t.Run(name, func(t *testing.T) {
			if err := loadDrawn(tb, baseURL+path+pathJoin(path)+"wasm=false"); err != nil {
				t.Fatalf("load %s: %v", path, err)
			}
			shownAt := map[string]map[string][]int{} // chart → drawing → screen widths
			carried := map[string][]string{}
			for w := 300; w <= 2560; w += 5 {
				var charts []struct {
					ID, Shown string
					Carried   []string
				}
				if err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(int64(w), 900),
					chromedp.Evaluate(chartWidthsProbe, &charts)); err != nil {
					t.Fatalf("%s at %d px: %v", path, w, err)
				}
				if len(charts) == 0 {
					t.Fatalf("%s at %d px: no chart", path, w)
				}
				for _, c := range charts {
					if shownAt[c.ID] == nil {
						shownAt[c.ID] = map[string][]int{}
					}
					shownAt[c.ID][c.Shown] = append(shownAt[c.ID][c.Shown], w)
					carried[c.ID] = c.Carried
				}
			}
			for id, byDrawing := range shownAt {
				for shown, screens := range byDrawing {
					if shown == "none" || strings.Contains(shown, ",") {
						t.Errorf("%s: chart %s shows drawings %q on %s", path, id, shown, spans(screens))
					}
				}
				for _, w := range carried[id] {
					if byDrawing[w] == nil {
						var seen []string
						for s := range byDrawing {
							seen = append(seen, s)
						}
						sort.Strings(seen)
						t.Errorf("%s: chart %s carries a %s px drawing no screen from 300 to 2,560 px shows (shown: %v)", path, id, w, seen)
					}
				}
				if !slices.Contains(carried[id], "310") {
					t.Errorf("%s: chart %s carries no 310 px drawing, the one a narrow box scales: %v", path, id, carried[id])
				}
			}
		})
	}
}

// pathJoin is what goes between path and one more query parameter.
func pathJoin(path string) string {
	if strings.Contains(path, "?") {
		return "&"
	}
	return "?"
}

// spans writes sorted screen widths, 5 px apart where contiguous, as ranges.
func spans(ws []int) string {
	var out []string
	for i := 0; i < len(ws); {
		j := i
		for j+1 < len(ws) && ws[j+1]-ws[j] <= 5 {
			j++
		}
		out = append(out, fmt.Sprintf("%d–%d px", ws[i], ws[j]))
		i = j + 1
	}
	return strings.Join(out, ", ")
}

// loadDrawn loads url and waits until every chart of the page holds a
// server drawing. The server bounds a page's drawing in time and sends the
// page undrawn when it cannot draw in time (a busy machine: a CI run saw
// many charts not drawn while service workers precached every page at
// once), drawing it again on the next request; so the page is loaded again,
// a few times, rather than waited on for ever.
func loadDrawn(tb *tab, url string) error {
	var drawn bool
	for try := 1; try <= 5; try++ {
		if err := chromedp.Run(tb.ctx,
			chromedp.EmulateViewport(1280, 900),
			chromedp.Navigate(url),
			chromedp.Evaluate(`document.querySelectorAll("[data-chart]").length > 0 &&
				[...document.querySelectorAll("[data-chart]")].every((c) => c.querySelector(":scope > svg"))`, &drawn)); err != nil {
			return err
		}
		if drawn {
			return nil
		}
		time.Sleep(time.Duration(try) * 2 * time.Second)
	}
	return fmt.Errorf("the server sent %s without every chart drawn, five times", url)
}
