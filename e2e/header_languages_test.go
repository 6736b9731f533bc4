//go:build browser

package e2e

import (
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestHeaderControlsApartInEveryLanguage: at every desktop width, in every
// language, the header's views, language switch and settings sit side by
// side without overlapping, so a click on one never lands on another (the
// Russian views' names once ran under the language switch at 1280 px). The
// not-found page has the same header, switch included, as high as a view's.
func TestHeaderControlsApartInEveryLanguage(t *testing.T) {
	for _, lang := range []string{"", "/ru", "/az"} {
		for _, w := range []int{1024, 1280, 1440, 1600} {
			t.Run(fmt.Sprintf("%s-%d", "en"+lang, w), func(t *testing.T) {
				tb := newTab(t, 90*time.Second)
				tb.expect404(baseURL + lang + "/no-such-page")
				var heights []float64
				for _, p := range []struct{ path, view string }{{"/timeline", "timeline"}, {"/no-such-page", "notfound"}} {
					if err := chromedp.Run(tb.ctx,
						chromedp.EmulateViewport(int64(w), 800),
						chromedp.Navigate(baseURL+lang+p.path),
					); err != nil {
						t.Fatal(err)
					}
					if err := tb.waitReady(p.view, readyTimeout); err != nil {
						t.Fatal(err)
					}
					// The visible controls, left to right, each with its box.
					var boxes []struct {
						Name        string
						Left, Right float64
					}
					tb.eval(t, `[".brand", ".nav-row", ".nav-menu", ".lang-switch", ".settings"]
						.map(s => document.querySelector(s))
						.filter(e => e && e.checkVisibility())
						.map(e => { const r = e.getBoundingClientRect();
							const last = e.matches(".nav-row") ? e.querySelector("li:last-child").getBoundingClientRect() : r;
							return {name: e.className, left: r.left, right: Math.max(r.right > window.innerWidth ? r.right : last.right, last.right)}; })`, &boxes)
					if len(boxes) < 4 {
						t.Fatalf("%s: found %d of the header's controls: %+v", p.view, len(boxes), boxes)
					}
					for i := 1; i < len(boxes); i++ {
						if boxes[i].Left < boxes[i-1].Right-0.5 {
							t.Errorf("%s: %q (from %.0f px) overlaps %q (to %.0f px)", p.view, boxes[i].Name, boxes[i].Left, boxes[i-1].Name, boxes[i-1].Right)
						}
					}
					if last := boxes[len(boxes)-1]; last.Right > float64(w)+0.5 {
						t.Errorf("%s: %q runs to %.0f px, past the %d px window", p.view, last.Name, last.Right, w)
					}
					var h float64
					tb.eval(t, `document.querySelector("header.top").getBoundingClientRect().height`, &h)
					heights = append(heights, h)
				}
				if heights[0] != heights[1] {
					t.Errorf("the not-found page's header is %.0f px high, a view's %.0f px", heights[1], heights[0])
				}
			})
		}
	}
}
