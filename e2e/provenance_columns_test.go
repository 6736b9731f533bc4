//go:build browser

package e2e

import (
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// provenanceWordsProbe lists the provenance table's cells holding a word
// wider than the cell: each cell is measured with words kept whole, as a
// reader would want them, then given its wrapping back. A header row
// clipped to a pixel is left out: on a phone the table is a card a row,
// each cell naming its column, and the header row is there for screen
// readers only.
const provenanceWordsProbe = `[...document.querySelectorAll("table.provenance th, table.provenance td")].flatMap((c) => {
	const head = c.closest("thead");
	if (head && head.clientWidth <= 1) return [];
	const was = c.style.overflowWrap;
	c.style.overflowWrap = "normal";
	const over = c.scrollWidth > c.clientWidth + 1;
	c.style.overflowWrap = was;
	return over ? [c.tagName + " in column " + (c.cellIndex + 1) + ": " + c.innerText.split("\n")[0]] : [];
})`

// TestProvenanceWordsFitTheirColumns: the Sources view's provenance table
// keeps every word whole in every language, on a phone (a card a row) and
// on a small tablet (fixed columns, scrolled sideways). Its columns were
// sized for English: in Russian and Azerbaijani "долл/аров", "огово/рок",
// "təxmin/ən" were cut in two and the header "Оговорка" ran into the next
// one.
func TestProvenanceWordsFitTheirColumns(t *testing.T) {
	tb := newTab(t, 2*time.Minute)
	for _, width := range []int64{375, 700} {
		for _, path := range []string{"/sources", "/ru/sources", "/az/sources"} {
			t.Run(fmt.Sprintf("%d%s", width, path), func(t *testing.T) {
				var cut []string
				if err := chromedp.Run(tb.ctx,
					chromedp.EmulateViewport(width, 812),
					chromedp.Navigate(baseURL+path+"?wasm=false"),
					chromedp.Evaluate(provenanceWordsProbe, &cut)); err != nil {
					t.Fatalf("load %s: %v", path, err)
				}
				for _, c := range cut {
					t.Errorf("%s at %d px: a word is cut to fit its cell, %s", path, width, c)
				}
			})
		}
	}
}
