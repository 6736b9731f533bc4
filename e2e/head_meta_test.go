//go:build browser

package e2e

import (
	"bytes"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"golang.org/x/net/html"
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

// pageHead is what a page's head says of the page it describes: the tags a
// link preview, a search engine and a share read.
type pageHead struct {
	Lang, Title                  string
	Description, OGTitle, OGDesc []string
	Canonical, OGURL             []string
	Locale, LocaleAlternates     []string
	Alternates                   []string // "hreflang href"
}

// headInBrowser reads pageHead from the page the tab shows, as the program
// has left it.
const headInBrowser = `(() => {
	const all = (sel, a) => [...document.head.querySelectorAll(sel)].map((e) => e.getAttribute(a));
	return {
		Lang: document.documentElement.getAttribute("lang"),
		Title: document.title,
		Description: all('meta[name="description"]', "content"),
		OGTitle: all('meta[property="og:title"]', "content"),
		OGDesc: all('meta[property="og:description"]', "content"),
		Canonical: all('link[rel="canonical"]', "href"),
		OGURL: all('meta[property="og:url"]', "content"),
		Locale: all('meta[property="og:locale"]', "content"),
		LocaleAlternates: all('meta[property="og:locale:alternate"]', "content"),
		Alternates: [...document.head.querySelectorAll('link[rel="alternate"][hreflang]')]
			.map((l) => l.getAttribute("hreflang") + " " + l.getAttribute("href")),
	};
})()`

// headServed reads pageHead from the server's HTML for path, fetched apart
// from the tab, as a link preview or a crawler gets it.
func headServed(t *testing.T, path string) pageHead {
	t.Helper()
	resp, b := fetch(t, path)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d", path, resp.StatusCode)
	}
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	var h pageHead
	attr := func(n *html.Node, key string) (string, bool) {
		for _, a := range n.Attr {
			if a.Key == key {
				return a.Val, true
			}
		}
		return "", false
	}
	var walk func(n *html.Node, inHead bool)
	walk = func(n *html.Node, inHead bool) {
		if n.Type == html.ElementNode {
			switch {
			case n.Data == "html":
				h.Lang, _ = attr(n, "lang")
			case n.Data == "head":
				inHead = true
			case n.Data == "title" && inHead && n.FirstChild != nil:
				h.Title = strings.Join(strings.Fields(n.FirstChild.Data), " ")
			case n.Data == "meta" && inHead:
				name, _ := attr(n, "name")
				prop, _ := attr(n, "property")
				content, _ := attr(n, "content")
				switch {
				case name == "description":
					h.Description = append(h.Description, content)
				case prop == "og:title":
					h.OGTitle = append(h.OGTitle, content)
				case prop == "og:description":
					h.OGDesc = append(h.OGDesc, content)
				case prop == "og:url":
					h.OGURL = append(h.OGURL, content)
				case prop == "og:locale":
					h.Locale = append(h.Locale, content)
				case prop == "og:locale:alternate":
					h.LocaleAlternates = append(h.LocaleAlternates, content)
				}
			case n.Data == "link" && inHead:
				rel, _ := attr(n, "rel")
				href, _ := attr(n, "href")
				if rel == "canonical" {
					h.Canonical = append(h.Canonical, href)
				}
				if hreflang, ok := attr(n, "hreflang"); ok && rel == "alternate" {
					h.Alternates = append(h.Alternates, hreflang+" "+href)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inHead)
		}
	}
	walk(doc, false)
	return h
}

// TestHeadFollowsThePage: after the program changes the page in place (the
// header's language links, a view's link, a bar clicked to select a
// figure) the head says what the server's page for the new address says.
// The canonical link, og:url, og:locale and the alternates had gone on
// naming the first page loaded: Chrome on Android shares a page's
// canonical link, so a reader who switched to Russian shared the English
// page.
func TestHeadFollowsThePage(t *testing.T) {
	tb := newTab(t, 300*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+"/trade")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("trade", readyTimeout); err != nil {
		t.Fatal(err)
	}
	same := func(step, path string) {
		t.Helper()
		var got pageHead
		tb.eval(t, headInBrowser, &got)
		want := headServed(t, path)
		if len(want.Canonical) != 1 || len(want.Alternates) < 2 || len(want.Locale) != 1 || want.Title == "" {
			t.Fatalf("%s: the server's page for %s lacks the tags compared: %+v", step, path, want)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the head in the browser differs from the server's page for %s\n got: %+v\nwant: %+v", step, path, got, want)
		}
	}
	same("first load", "/trade")

	if err := chromedp.Run(tb.ctx, chromedp.Click(`header a[hreflang="ru"]`, chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	tb.waitURL(t, "/ru/trade", "trade")
	same("after switching to Russian", "/ru/trade")

	clickTrade2023Bar(t, tb)
	tb.waitURL(t, "/ru/trade?fig=trade-2023", "trade")
	same("after selecting a figure", "/ru/trade?fig=trade-2023")

	// The views' links are a menu below 1280 px: clicked as the menu's
	// item would be, whichever the width.
	tb.eval(t, `document.querySelector('nav a[href="/ru/energy"]').click()`, nil)
	tb.waitURL(t, "/ru/energy", "energy")
	same("after switching to Energy", "/ru/energy")

	if err := chromedp.Run(tb.ctx, chromedp.Click(`header a[hreflang="az"]`, chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	tb.waitURL(t, "/az/energy", "energy")
	same("after switching to Azerbaijani", "/az/energy")
}
