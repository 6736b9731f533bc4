//go:build browser

package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// recordLoaderBox keeps the go-app loader's box as the parser finishes the
// page, before the program runs: window.__loaderBox, [x, y, width, height],
// or null when the page has none.
const recordLoaderBox = `document.addEventListener("DOMContentLoaded", () => {
	const a = document.getElementById("app-wasm-loader");
	const r = a && a.getBoundingClientRect();
	window.__loaderBox = r ? [r.x, r.y, r.width, r.height] : null;
});`

// TestLoaderIsABadgeOverThePage: under a policy that starts the Wasm
// without waiting for the reader (the suite's idle, load: the offline
// answer for a state without a page, the static export's 404.html) go-app's
// loader shows its progress until the program runs. Over a page the server
// drew it must be a small badge in a corner, not go-app's full-screen
// loader in front of the page: its rule had asked for a .shell directly in
// the body, and since every view is kept in a slot of its own (.views) none
// is, so the loader covered every view while the Wasm loaded.
func TestLoaderIsABadgeOverThePage(t *testing.T) {
	tb := newTab(t, 2*time.Minute)
	if err := chromedp.Run(tb.ctx, chromedp.EmulateViewport(375, 800), onNewDocuments(recordLoaderBox)); err != nil {
		t.Fatalf("set up: %v", err)
	}
	for _, path := range []string{"/legal", "/ru/trade?fig=trade-2023", "/no-such-page", "/embed/trade?chart=trade-turnover"} {
		var box []float64
		err := chromedp.Run(tb.ctx,
			chromedp.Navigate(baseURL+path),
			chromedp.Poll(`window.__loaderBox !== undefined`, nil, chromedp.WithPollingTimeout(20*time.Second)),
			chromedp.Evaluate(`window.__loaderBox`, &box),
		)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if len(box) != 4 {
			t.Errorf("%s: no loader as the page was parsed under the %q policy; the probe cannot tell", path, suiteStart)
			continue
		}
		if w, h := box[2], box[3]; w > 260 || h > 80 {
			t.Errorf("%s: the loader is %.0f×%.0f px at (%.0f, %.0f) over a 375×800 page: it covers the page the server drew", path, w, h, box[0], box[1])
		}
	}
}
