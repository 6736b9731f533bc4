//go:build browser

package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestEmbedCodeCopies is a reader on the page as served, the program not
// yet running (it waits for the reader's first input): they open a chart's
// embed code and press its Copy button. The button starts the program, which
// presses it again once in charge; exactly the frame snippet shown reaches
// the clipboard, the reader is told, and the box they opened stays open
// through the program's takeover (go-app patch 18). The page has no form
// field for autofill to lay out again (components/snippet.go). The
// clipboard is stubbed (clipboardStub).
func TestEmbedCodeCopies(t *testing.T) {
	tb := newReaderTab(t, 60*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+"/ru/trade")); err != nil {
		t.Fatal(err)
	}
	var running bool
	tb.eval(t, `(() => {
		`+clipboardStub+`
		const code = document.querySelector("#turnover .embed-code");
		code.open = true;
		code.querySelector(".snippet-copy").click();
		return document.documentElement.hasAttribute("data-ready");
	})()`, &running)
	if running {
		t.Fatal("the program ran before the reader's first input; this test needs the page as served")
	}
	if err := tb.waitReady("trade", readyTimeout); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Copied string `json:"copied"`
		Shown  string `json:"shown"`
		Status string `json:"status"`
		Open   bool   `json:"open"`
		Fields int    `json:"fields"`
	}
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		tb.eval(t, `(() => { const d = document.querySelector("#turnover .embed-code");
			return {copied: window.__copied || "", shown: d.querySelector("pre").textContent,
				status: d.querySelector(".snippet-status").textContent, open: d.open,
				fields: document.querySelectorAll("textarea, input:not([type=hidden]), select").length}; })()`, &got)
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
	if !got.Open {
		t.Error("the embed code the reader opened was shut when the program took the page over")
	}
	if got.Fields != 0 {
		t.Errorf("the trade view has %d form fields, want none", got.Fields)
	}
	checkConsoleAndOrigin(t, tb)

	// Without the program, the page's script writes the address the page
	// was reached by, which the server (run without -domain) cannot know.
	served := newTab(t, 60*time.Second)
	var codes []string
	if err := chromedp.Run(served.ctx, chromedp.Navigate(baseURL+"/ru/trade?wasm=false"),
		chromedp.WaitReady("#turnover .snippet", chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll("#turnover .snippet code")].map((c) => c.textContent)`, &codes)); err != nil {
		t.Fatal(err)
	}
	if len(codes) != 2 || !strings.HasPrefix(codes[0], `<iframe src="`+baseURL+`/ru/embed/trade?chart=`) ||
		!strings.Contains(codes[1], `e.origin !== "`+baseURL+`"`) {
		t.Errorf("the served page's embed code does not name %s: %q", baseURL, codes)
	}
}
