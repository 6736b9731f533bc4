//go:build browser

package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestEmbedCodeCopies opens a chart's embed code and presses its copy
// button: exactly the frame snippet shown reaches the clipboard, and the
// reader is told. The clipboard is stubbed, as in TestShareCopiesExactState.
// The page has no form field for autofill to lay out again
// (components/snippet.go).
func TestEmbedCodeCopies(t *testing.T) {
	tb := newTab(t, 60*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+"/ru/trade")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("trade", readyTimeout); err != nil {
		t.Fatal(err)
	}
	var fields int
	tb.eval(t, `document.querySelectorAll("textarea, input:not([type=hidden]), select").length`, &fields)
	if fields != 0 {
		t.Errorf("the trade view has %d form fields, want none", fields)
	}
	tb.eval(t, `(() => {
		Object.defineProperty(navigator, "clipboard", {configurable: true, value: {
			writeText: (s) => { window.__copied = s; return Promise.resolve(); }}});
		const code = document.querySelector("#turnover .embed-code");
		code.open = true;
		code.querySelector(".snippet-copy").click();
		return 0;
	})()`, nil)
	var got struct {
		Copied string `json:"copied"`
		Shown  string `json:"shown"`
		Status string `json:"status"`
	}
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		tb.eval(t, `(() => { const s = document.querySelector("#turnover .snippet");
			return {copied: window.__copied || "", shown: s.querySelector("pre").textContent,
				status: s.querySelector(".snippet-status").textContent}; })()`, &got)
		if got.Status != "" {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if got.Copied == "" || got.Copied != got.Shown {
		t.Errorf("copied %q, want the snippet shown, %q", got.Copied, got.Shown)
	}
	if want := `<iframe src="` + baseURL + `/ru/embed/trade?chart=`; !strings.HasPrefix(got.Copied, want) {
		t.Errorf("copied %q, want it to begin %q", got.Copied, want)
	}
	if got.Status != "Скопировано." {
		t.Errorf("status %q, want the Russian confirmation", got.Status)
	}
	checkConsoleAndOrigin(t, tb)

	// Without the program, the page's script writes the address the page
	// was reached by, which the server (run without -domain) cannot know.
	served := newTab(t, 60*time.Second)
	var codes []string
	if err := chromedp.Run(served.ctx, chromedp.Navigate(baseURL+"/ru/trade?wasm=false"),
		chromedp.WaitVisible("#turnover .snippet", chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll("#turnover .snippet code")].map((c) => c.textContent)`, &codes)); err != nil {
		t.Fatal(err)
	}
	if len(codes) != 2 || !strings.HasPrefix(codes[0], `<iframe src="`+baseURL+`/ru/embed/trade?chart=`) ||
		!strings.Contains(codes[1], `e.origin !== "`+baseURL+`"`) {
		t.Errorf("the served page's embed code does not name %s: %q", baseURL, codes)
	}
}
