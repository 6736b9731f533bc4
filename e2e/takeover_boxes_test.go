//go:build browser

package e2e

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// recordBoxes keeps, once the parser has finished the page the server sent
// and the page's own scripts have run (before any program runs), the box of
// every element of the view's shell, and offers the same reading for later
// (window.__boxes). An element is named by its path of element indices
// from the shell, which the program's render keeps, since it renders the
// same tree. Left out: what is inside a chart
// box (the server's SVG, then ECharts'; the box itself is kept) and
// the install placeholder (a fixed button once the browser offers it).
// Blocks far from the screen are laid out with a placeholder height until
// they near it (content-visibility: auto, web/bilateral.css), a height that
// depends on when they were last seen: the reading lays every block out.
const recordBoxes = `(() => {
	window.__boxes = () => {
		const shell = document.querySelector(".shell");
		const out = {};
		if (!shell) return out;
		const blocks = Array.from(document.querySelectorAll("section.block"));
		blocks.forEach((s) => { s.style.contentVisibility = "visible"; });
		const walk = (el, path) => {
			const r = el.getBoundingClientRect();
			const cls = typeof el.className === "string" ? el.className : "";
			out[path] = { x: r.x, y: r.y, w: r.width, h: r.height,
				what: el.tagName.toLowerCase() + (cls ? "." + cls.trim().split(/\s+/).join(".") : "") };
			if (el.hasAttribute("data-chart")) return;
			Array.from(el.children).forEach((c, i) => {
				if (!c.classList.contains("install")) walk(c, path + "/" + i);
			});
		};
		walk(shell, "");
		blocks.forEach((s) => { s.style.contentVisibility = ""; });
		return out;
	};
	// On the window, so it runs after the page's own DOMContentLoaded
	// listeners (web/theme.js), which complete the page as served: its
	// embed code's address, its scroll to a selection.
	window.addEventListener("DOMContentLoaded", () => {
		window.__served = window.__boxes();
		const install = document.querySelector(".top .install[hidden]");
		window.__installDisplay = install ? getComputedStyle(install).display : "(no placeholder)";
	});
})()`

type box struct {
	X, Y, W, H float64
	What       string
}

// TestTakeoverKeepsEveryBox holds the issue's "the page the server sends is
// the page the client renders" to every element, not just to the layout
// shift budget: on every view at 375 and 1440 px, each element of the page
// as served keeps its place and size once the program has rendered its own
// and drawn every chart, and the program adds or drops none. A space the
// served HTML had between two inline elements and the program's did not,
// or a placeholder that took a gap in the header's row, moved the header's
// links by 8 px, under the layout-shift budget but seen.
func TestTakeoverKeepsEveryBox(t *testing.T) {
	for _, width := range []int{375, 1440} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			notFound := func(r route) bool { return r.view == "notfound" }
			eachViewTakenOver(t, width, recordBoxes, notFound, func(t *testing.T, tb *tab, r route) {
				var served, rendered map[string]box
				var installDisplay string
				err := chromedp.Run(tb.ctx,
					chromedp.Evaluate(`window.__served`, &served),
					chromedp.Evaluate(`window.__boxes()`, &rendered),
					chromedp.Evaluate(`window.__installDisplay`, &installDisplay),
				)
				if err != nil {
					t.Fatalf("%s: read boxes: %v", r.path, err)
				}
				if len(served) < 50 {
					t.Fatalf("%s: %d elements in the served shell; the probe did not see the page", r.path, len(served))
				}
				// The browser offers installation only once the program runs,
				// and never to this suite's throwaway profiles: the served
				// placeholder must take no room in the header's row, where
				// the shown button (fixed in a corner) takes none either.
				if installDisplay != "none" {
					t.Errorf("%s: the served install placeholder is display %q, want none", r.path, installDisplay)
				}
				if diffs := compareBoxes(served, rendered); len(diffs) > 0 {
					t.Errorf("%s at %d px: the program's page differs from the server's in %d element(s):\n\t%s",
						r.path, width, len(diffs), strings.Join(diffs, "\n\t"))
				}
			})
		})
	}
}

// compareBoxes lists, path by path, the elements whose box moved or resized
// by more than half a pixel, or that only one of the two pages has.
func compareBoxes(served, rendered map[string]box) []string {
	const tolerance = 0.5
	var diffs []string
	for path, a := range served {
		b, ok := rendered[path]
		switch {
		case !ok:
			diffs = append(diffs, fmt.Sprintf("%s %s: gone", path, a.What))
		case a.What != b.What:
			diffs = append(diffs, fmt.Sprintf("%s: %s became %s", path, a.What, b.What))
		case math.Abs(a.X-b.X) > tolerance || math.Abs(a.Y-b.Y) > tolerance ||
			math.Abs(a.W-b.W) > tolerance || math.Abs(a.H-b.H) > tolerance:
			diffs = append(diffs, fmt.Sprintf("%s %s: %.1f,%.1f %.1f×%.1f → %.1f,%.1f %.1f×%.1f",
				path, a.What, a.X, a.Y, a.W, a.H, b.X, b.Y, b.W, b.H))
		}
	}
	for path, b := range rendered {
		if _, ok := served[path]; !ok {
			diffs = append(diffs, fmt.Sprintf("%s %s: new", path, b.What))
		}
	}
	sort.Strings(diffs)
	if len(diffs) > 20 {
		diffs = append(diffs[:20], fmt.Sprintf("… and %d more", len(diffs)-20))
	}
	return diffs
}
