//go:build browser

package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestHeadDoesNotGrow: every state the program shows sets the page's
// title and link-preview tags again. go-app's browser SetTwitterCard adds
// five <meta> elements each time it is called rather than setting them, so
// each view visited and each year typed (a replaced state) added five more:
// a tab left open on the energy view's slider grew its head without end.
func TestHeadDoesNotGrow(t *testing.T) {
	tb := newTab(t, 120*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+"/energy")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("energy", readyTimeout); err != nil {
		t.Fatal(err)
	}
	// How many <meta> elements of each name or property the head holds.
	const metas = `(() => {
		const n = {};
		document.head.querySelectorAll("meta").forEach((m) => {
			const k = m.getAttribute("name") || m.getAttribute("property") || m.getAttribute("charset") || "?";
			n[k] = (n[k] || 0) + 1;
		});
		return n;
	})()`
	var before map[string]int
	tb.eval(t, metas, &before)

	typeYear(t, tb, "year-to", "2019")
	tb.waitURL(t, "/energy?to=2019", "energy")
	typeYear(t, tb, "year-from", "2005")
	tb.waitURL(t, "/energy?from=2005&to=2019", "energy")
	for _, v := range []string{"trade", "timeline", "energy"} {
		if err := chromedp.Run(tb.ctx, chromedp.Click(`nav a[href="/`+v+`"]`, chromedp.ByQuery)); err != nil {
			t.Fatal(err)
		}
		if err := tb.waitReady(v, readyTimeout); err != nil {
			t.Fatal(err)
		}
	}

	var after map[string]int
	tb.eval(t, metas, &after)
	for k, n := range after {
		if n > before[k] || strings.HasPrefix(k, "twitter:") && n > 1 {
			t.Errorf("<meta> %s: %d in the head, %d after two years typed and three views", k, before[k], n)
		}
	}
	// The tags name the state shown, not the first page's.
	var title string
	tb.eval(t, `(document.head.querySelector('meta[name="twitter:title"]') || {}).content || ""`, &title)
	if want := "Energy"; !strings.Contains(title, want) {
		t.Errorf("twitter:title is %q, want the energy view's", title)
	}
}

// TestManifestFollowsLanguage: each language's pages link its own web
// manifest, from which the app installs, starting in that language. The
// language switch changed the page's language in place but left the first
// page's manifest linked: a reader who opened /ru/trade, switched to
// English and installed got the Russian app.
func TestManifestFollowsLanguage(t *testing.T) {
	tb := newTab(t, 120*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+"/ru/trade")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("trade", readyTimeout); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ lang, path, manifest string }{
		{"en", "/trade", "/manifest.webmanifest"},
		{"az", "/az/trade", "/az/manifest.webmanifest"},
	} {
		if err := chromedp.Run(tb.ctx, chromedp.Click(`header a[hreflang="`+c.lang+`"]`, chromedp.ByQuery)); err != nil {
			t.Fatal(err)
		}
		tb.waitURL(t, c.path, "trade")
		var got []string
		tb.eval(t, `[...document.querySelectorAll('link[rel="manifest"]')].map((l) => l.getAttribute("href"))`, &got)
		if len(got) != 1 || got[0] != c.manifest {
			t.Errorf("after switching to %s the page links the manifest %q, want %s", c.lang, got, c.manifest)
		}
	}
}
