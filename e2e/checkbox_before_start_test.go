//go:build browser

package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestCheckboxClickedBeforeTheStart: a reader's first click on a category
// of the timeline starts the program, whose first render took the page
// over with the box unchecked and the click forgotten: the reader saw
// nothing happen. Like a button clicked then (goappReplay), the box is
// clicked again once the view is ready, and the filter takes it.
func TestCheckboxClickedBeforeTheStart(t *testing.T) {
	tb := newReaderTab(t, 2*time.Minute)
	if err := chromedp.Run(tb.ctx,
		chromedp.Navigate(baseURL+"/ru/timeline"),
		chromedp.Click("#cat-diplomacy", chromedp.ByID)); err != nil {
		t.Fatal(err)
	}
	tb.waitURL(t, "/ru/timeline?cat=diplomacy", "timeline")
	var checked bool
	tb.eval(t, `document.getElementById("cat-diplomacy").checked`, &checked)
	if !checked {
		t.Error("the filter is on but its box is not checked")
	}
}
