//go:build browser

package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// embedHostPage is a page that frames src at width × height and keeps every
// message it receives in window.__embeds, as embedMessage reads them.
func embedHostPage(src string, width, height int) string {
	return fmt.Sprintf(`<!doctype html><title>host</title><script>
		window.__embeds = [];
		addEventListener("message", (e) => window.__embeds.push({origin: e.origin, data: e.data}));
		</script><iframe src="%s" width="%d" height="%d"></iframe>`, src, width, height)
}

// embedMessage is a message a host page received (embedHostPage).
type embedMessage struct {
	Origin string `json:"origin"`
	Data   struct {
		Type   string `json:"type"`
		Height int    `json:"height"`
	} `json:"data"`
}

// TestEmbedInForeignPage frames an embed from a page of another origin, as a
// newspaper site would, and waits for the embed to say it is drawn.
func TestEmbedInForeignPage(t *testing.T) {
	host := serveForeignPage(t, embedHostPage(baseURL+"/embed/energy?chart=energy-oil&fig=oil-2019", 900, 560))
	tb := newTab(t, 60*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(host)); err != nil {
		t.Fatal(err)
	}
	var msgs []embedMessage
	// The page says its height from its load on (web/theme.js), and the
	// program says it is ready once in charge.
	ready := -1
	for deadline := time.Now().Add(readyTimeout); time.Now().Before(deadline) && ready < 0; time.Sleep(200 * time.Millisecond) {
		tb.eval(t, `window.__embeds`, &msgs)
		for i, m := range msgs {
			if m.Data.Type == "bilateral:ready" {
				ready = i
			}
		}
	}
	if ready < 0 {
		problems, _ := tb.snapshot()
		t.Fatalf("the framed embed never reported ready (messages %+v); console: %v", msgs, problems)
	}
	for _, m := range msgs {
		if m.Origin != baseURL || m.Data.Height < 300 {
			t.Errorf("embed message %+v", m)
		}
	}
	problems, _ := tb.snapshot()
	if len(problems) > 0 {
		t.Errorf("console: %v", problems)
	}
}

// TestEmbedFraming checks only embeds may be framed by other sites.
func TestEmbedFraming(t *testing.T) {
	for path, framable := range map[string]bool{
		"/embed/energy?chart=energy-oil": true,
		"/energy":                        false,
		"/":                              false,
	} {
		resp, _ := fetch(t, path)
		csp := resp.Header.Get("Content-Security-Policy")
		xfo := resp.Header.Get("X-Frame-Options")
		if framable && (!strings.Contains(csp, "frame-ancestors *") || xfo != "") {
			t.Errorf("%s: CSP %q, X-Frame-Options %q: an embed must be framable", path, csp, xfo)
		}
		if !framable && (!strings.Contains(csp, "frame-ancestors 'none'") || xfo != "DENY") {
			t.Errorf("%s: CSP %q, X-Frame-Options %q: must refuse frames", path, csp, xfo)
		}
	}
}

// TestEmbedView loads an embed directly: one chart, its title, the source
// link and a link back to the full view with the same state; no navigation.
func TestEmbedView(t *testing.T) {
	tb := newTab(t, 60*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+"/embed/trade?chart=trade-turnover&fig=trade-2023")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("embed", readyTimeout); err != nil {
		t.Fatal(err)
	}
	var st struct {
		Charts int    `json:"charts"`
		Nav    int    `json:"nav"`
		Back   string `json:"back"`
		Cite   bool   `json:"cite"`
	}
	tb.eval(t, `({charts: document.querySelectorAll('[data-chart][data-rendered="true"]').length,
		nav: document.querySelectorAll('nav').length,
		back: (document.querySelector('.embed-back a') || {}).getAttribute?.('href') || "",
		cite: !!document.querySelector('.citation a[href^="https://caliber.az"]')})`, &st)
	if st.Charts != 1 || st.Nav != 0 || st.Back != "/trade?fig=trade-2023" || !st.Cite {
		t.Errorf("embed page: %+v", st)
	}
	checkConsoleAndOrigin(t, tb)
}
