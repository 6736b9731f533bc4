//go:build browser

package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// phoneTablesProbe lists what a reader of a table on a phone could not read
// whole: a caption cut by the table's scroll box or the screen, a table
// that needs scrolling sideways, a cell squeezed into a narrow column that
// wraps its text (one word a line made rows a thousand pixels tall), a row
// taller than the screen, a number broken across two lines. It counts the
// tables too, so a page that lost them fails.
//
// With cards false (a width where a table is a table) only the caption is
// checked: a wide table scrolls sideways there by design.
const phoneTablesProbe = `((cards) => {
	document.querySelectorAll("section.block").forEach((s) => { s.style.contentVisibility = "visible"; });
	const lines = (node) => {
		const r = document.createRange();
		r.selectNodeContents(node);
		return new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top))).size;
	};
	const problems = [];
	const wraps = [...document.querySelectorAll(".table-wrap")];
	wraps.forEach((w, i) => {
		const name = "table " + (i + 1) + " (" + (w.getAttribute("aria-label") || "").slice(0, 40) + ")";
		const box = w.getBoundingClientRect();
		const cap = w.querySelector("caption");
		if (!cap) {
			problems.push(name + ": no caption");
		} else {
			const c = cap.getBoundingClientRect();
			if (c.left < box.left - 1 || c.right > box.right + 1 || c.right > innerWidth) {
				problems.push(name + ": caption spans " + Math.round(c.left) + "–" + Math.round(c.right) +
					" px, its box " + Math.round(box.left) + "–" + Math.round(box.right) + ", the screen 0–" + innerWidth);
			}
			if (cap.scrollWidth > cap.clientWidth + 1) {
				problems.push(name + ": caption " + cap.scrollWidth + " px wide in " + cap.clientWidth);
			}
		}
		if (!cards) return;
		if (w.scrollWidth > w.clientWidth + 1) {
			problems.push(name + ": scrolls sideways, " + w.scrollWidth + " px in " + w.clientWidth);
		}
		w.querySelectorAll("tbody tr").forEach((tr, j) => {
			const h = tr.getBoundingClientRect().height;
			if (h > innerHeight) {
				problems.push(name + " row " + (j + 1) + ": " + Math.round(h) + " px tall, taller than the screen");
			}
			[...tr.children].forEach((cell) => {
				const cw = cell.getBoundingClientRect().width;
				if (lines(cell) > 1 && cw < box.width / 2) {
					problems.push(name + " row " + (j + 1) + ": \"" + cell.textContent.slice(0, 30) + "\" wraps in a column " +
						Math.round(cw) + " px wide, " + Math.round(h) + " px tall");
				}
				const walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
				for (let t = walk.nextNode(); t; t = walk.nextNode()) {
					for (const m of t.data.matchAll(/\d[\d.,\u00a0\u202f]*\d/g)) {
						const r = document.createRange();
						r.setStart(t, m.index);
						r.setEnd(t, m.index + m[0].length);
						if (new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size > 1) {
							problems.push(name + " row " + (j + 1) + ": the number " + m[0] + " is broken across lines");
						}
					}
				}
			});
		});
	});
	return {tables: wraps.length, problems};
})`

// phoneTablePages are the pages with tables: every view's tables tab, and
// the Sources view, whose tables are always shown.
var phoneTablePages = []struct {
	path, view string
}{
	{"/legal?tab=table", "legal"},
	{"/trade?tab=table", "trade"},
	{"/energy?tab=table", "energy"},
	{"/diplomacy?tab=table", "diplomacy"},
	{"/timeline?tab=table", "timeline"},
	{"/sources", "sources"},
}

// TestPhoneTables: at 375 px, in both themes and every language, every
// table on every view reads whole without scrolling sideways, as served
// and once the program has taken the page over (which shifts nothing). A chart's table twin had
// its caption inside its sideways scroll box, as wide as the table (up to
// 1,024 px) and cut at 325, and rows up to 1,073 px tall around a
// derivation wrapped one or two words a line in a narrow column.
func TestPhoneTables(t *testing.T) {
	for _, theme := range []string{"light", "dark"} {
		t.Run(theme, func(t *testing.T) {
			tb := newTab(t, 4*time.Minute)
			err := chromedp.Run(tb.ctx,
				chromedp.EmulateViewport(375, 812),
				onNewDocuments(recordShifts),
				chromedp.Navigate(baseURL+"/healthz"),
				chromedp.Evaluate(`localStorage.setItem("bilateral.theme", "`+theme+`")`, nil),
			)
			if err != nil {
				t.Fatalf("set up: %v", err)
			}
			for _, lang := range []string{"", "/ru", "/az"} {
				for _, p := range phoneTablePages {
					// The served page in every language; the program's own
					// render in English (the takeover tests hold the two the same).
					loads := []string{"served"}
					if lang == "" {
						loads = append(loads, "taken over")
					}
					for _, load := range loads {
						path := lang + p.path
						u := baseURL + path + pathJoin(path) + "wasm=false"
						if load != "served" {
							u = baseURL + path
						}
						if err := chromedp.Run(tb.ctx, chromedp.Navigate(u)); err != nil {
							t.Fatalf("load %s: %v", path, err)
						}
						if load != "served" {
							if err := tb.waitReady(p.view, readyTimeout); err != nil {
								t.Fatalf("%s: %v", path, err)
							}
							// The cards are the program's as they were the
							// server's: taking the page over moves nothing.
							var shifts []layoutShift
							err := chromedp.Run(tb.ctx, chromedp.Evaluate(readShifts, &shifts,
								func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }))
							if err != nil {
								t.Fatalf("%s: read shifts: %v", path, err)
							}
							sum := 0.0
							for _, s := range shifts {
								sum += s.Value
							}
							if sum > maxLayoutShift {
								t.Errorf("%s (%s): layout shift %.4f > %.2f: %+v", path, load, sum, maxLayoutShift, shifts)
							}
						}
						var got struct {
							Tables   int      `json:"tables"`
							Problems []string `json:"problems"`
						}
						tb.eval(t, phoneTablesProbe+"(true)", &got)
						if got.Tables == 0 {
							t.Errorf("%s (%s): no tables", path, load)
						}
						for _, pr := range got.Problems {
							t.Errorf("%s (%s): %s", path, load, pr)
						}
					}
				}
			}
			checkConsoleAndOrigin(t, tb)
		})
	}
}

// TestWideTableCaptions: where a table is a table (above 40rem) and wider
// than its box, a chart's twin on a small tablet or a phone held sideways,
// its caption stays inside the box, wrapping, even once the table is
// scrolled sideways; it was as wide as the table and cut at the box.
func TestWideTableCaptions(t *testing.T) {
	tb := newTab(t, 2*time.Minute)
	for _, width := range []int64{700, 844} {
		for _, p := range phoneTablePages {
			path := "/ru" + p.path
			if err := chromedp.Run(tb.ctx,
				chromedp.EmulateViewport(width, 812),
				chromedp.Navigate(baseURL+path+pathJoin(path)+"wasm=false")); err != nil {
				t.Fatalf("load %s: %v", path, err)
			}
			var got struct {
				Tables   int      `json:"tables"`
				Problems []string `json:"problems"`
			}
			// Scrolled to its far end, each box shows the table's last
			// column; its caption still starts at the box's left edge.
			tb.eval(t, `(() => {
				document.querySelectorAll("section.block").forEach((s) => { s.style.contentVisibility = "visible"; });
				document.querySelectorAll(".table-wrap").forEach((w) => { w.scrollLeft = w.scrollWidth; });
			})()`, nil)
			tb.eval(t, phoneTablesProbe+"(false)", &got)
			if got.Tables == 0 {
				t.Errorf("%s at %d px: no tables", path, width)
			}
			for _, pr := range got.Problems {
				t.Errorf("%s at %d px: %s", path, width, pr)
			}
		}
	}
}
