//go:build browser

package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// recordServedNodes keeps, as the parser finishes the page the server sent
// (before any program runs), every element of the view's shell outside the
// chart boxes (whose drawings ECharts replaces), and offers the ones no
// longer in the page later (window.__notKept), each named by its tag,
// classes and parent.
const recordServedNodes = `(() => {
	document.addEventListener("DOMContentLoaded", () => {
		const shell = document.querySelector(".shell");
		const served = shell ? [shell, ...shell.querySelectorAll("*")].filter((el) => !el.closest("[data-chart]")) : [];
		const name = (el) => el.tagName.toLowerCase() + (typeof el.className === "string" && el.className ? "." + el.className.trim().split(/\s+/).join(".") : "");
		window.__servedCount = served.length;
		window.__notKept = () => served.filter((el) => !el.isConnected).map((el) => name(el) + " in " + (el.parentElement ? name(el.parentElement) : "?"));
	});
})()`

// TestTakeoverKeepsServedNodes: the program's first render takes the page
// the server sent over, element by element (go-app patch 13), instead of
// making it anew: the browser does not style and lay out the whole page a
// second time, and what the reader focused or selected stays. Every element
// of the served shell outside the charts' drawings is still in the page
// once the program is in charge, on every view.
func TestTakeoverKeepsServedNodes(t *testing.T) {
	notFound := func(r route) bool { return r.view == "notfound" }
	eachViewTakenOver(t, 375, recordServedNodes, notFound, func(t *testing.T, tb *tab, r route) {
		var count int
		var gone []string
		err := chromedp.Run(tb.ctx,
			chromedp.Evaluate(`window.__servedCount`, &count),
			chromedp.Evaluate(`window.__notKept()`, &gone),
		)
		if err != nil {
			t.Fatalf("%s: read nodes: %v", r.path, err)
		}
		if count < 50 {
			t.Fatalf("%s: %d elements in the served shell; the probe did not see the page", r.path, count)
		}
		if n := len(gone); n > 0 {
			if n > 20 {
				gone = append(gone[:20], "…")
			}
			t.Errorf("%s: %d of %d served elements were replaced by the program's render:\n\t%s",
				r.path, n, count, strings.Join(gone, "\n\t"))
		}
	})
}

// TestTakeoverKeepsFocus: under the reader's start policy a button's focus
// is what starts the program (a reader tabbing through the page); its first
// render used to put a new page in place of the served one, and the focus
// went back to the document's start. Now the focused button is the same
// element once the program is in charge, and it still has the focus.
func TestTakeoverKeepsFocus(t *testing.T) {
	tb := newReaderTab(t, 2*time.Minute)
	var focused bool
	err := chromedp.Run(tb.ctx,
		chromedp.Navigate(baseURL+"/trade"),
		chromedp.WaitReady(`main button`, chromedp.ByQuery),
		chromedp.Evaluate(`(() => { window.__focused = document.querySelector("main button"); window.__focused.focus(); return document.activeElement === window.__focused; })()`, &focused),
	)
	if err != nil {
		t.Fatalf("load /trade and focus a button: %v", err)
	}
	if !focused {
		t.Fatal("the probe could not focus a button of the served page")
	}
	if err := tb.waitReady("trade", readyTimeout); err != nil {
		t.Fatalf("the focus did not start the program: %v", err)
	}
	var kept, connected bool
	err = chromedp.Run(tb.ctx,
		chromedp.Evaluate(`window.__focused.isConnected`, &connected),
		chromedp.Evaluate(`document.activeElement === window.__focused`, &kept),
	)
	if err != nil {
		t.Fatalf("read the focus: %v", err)
	}
	if !connected || !kept {
		t.Errorf("after the takeover the focused button is in the page: %v, still focused: %v", connected, kept)
	}
}
