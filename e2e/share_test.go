//go:build browser

package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestShareCopiesExactState checks the share control's clipboard path: it
// copies the full address of the current state and confirms on screen. The
// clipboard is stubbed so the test reads what was written without needing
// the browser's permission prompt.
func TestShareCopiesExactState(t *testing.T) {
	tb := newTab(t, 60*time.Second)
	path := "/timeline?tab=table&cat=nam&event=nam-baku-summit-2019"
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+path)); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("timeline", readyTimeout); err != nil {
		t.Fatal(err)
	}
	tb.eval(t, `(() => {
		Object.defineProperty(navigator, "share", {value: undefined, configurable: true});
		`+clipboardStub+`
		document.querySelector(".share-button").click();
		return 0;
	})()`, nil)
	var got struct {
		Copied string `json:"copied"`
		Status string `json:"status"`
	}
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		tb.eval(t, `({copied: window.__copied || "", status: document.querySelector(".share-status").innerText})`, &got)
		if got.Status != "" {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if got.Copied != baseURL+path {
		t.Errorf("copied %q, want %q", got.Copied, baseURL+path)
	}
	if !strings.Contains(got.Status, "Link copied") {
		t.Errorf("no on-screen confirmation, status %q", got.Status)
	}
	checkConsoleAndOrigin(t, tb)
}
