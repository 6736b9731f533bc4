//go:build browser

package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestDownloadCarriesFootnotes takes the trade chart away as an SVG and
// checks the picture still says what its marks mean (its footnotes), where
// it came from (the page's address, and the publisher's as a real link, which
// the article's terms require) and keeps its panels' own titles.
func TestDownloadCarriesFootnotes(t *testing.T) {
	tb := newTab(t, 60*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+"/trade")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("trade", readyTimeout); err != nil {
		t.Fatal(err)
	}
	tb.eval(t, captureDownloads, nil)
	svg := tb.takeDownload(t, `figure:has([data-chart="trade-turnover"]) [data-download="svg"]`)
	for _, want := range []string{"Hatched, dashed bars are derived", baseURL + "/trade", "Trade turnover by year", "Caliber.az",
		`<a href="https://caliber.az/" xlink:href="https://caliber.az/"><text`} {
		if !strings.Contains(svg.Body, want) {
			t.Errorf("downloaded SVG lacks %q", want)
		}
	}
	checkConsoleAndOrigin(t, tb)
}
