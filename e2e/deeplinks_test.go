//go:build browser

package e2e

import (
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// deepLink is a URL a reader may paste, the view it opens, and a JavaScript
// expression that is true only when the link's state is on screen.
type deepLink struct {
	path, view, applied string
}

var deepLinks = []deepLink{
	{"/trade?fig=trade-2023", "trade",
		`!!document.querySelector('.card.selected[data-figure="trade-2023"]') && document.title.includes("Trade turnover, 2023")`},
	{"/trade?tab=table", "trade",
		`!!document.querySelector('[data-table="trade-turnover"] table') && !document.querySelector('[data-chart]') &&
		 document.querySelector('.segmented a.current').getAttribute('href') === '/trade?tab=table'`},
	{"/energy?fig=oil-2019", "energy",
		`!!document.querySelector('.card.selected[data-figure="oil-2019"]')`},
	{"/energy?tab=table&fig=oil-2022", "energy",
		`!!document.querySelector('[data-table="energy-oil"] tr.selected#row-oil-2022')`},
	{"/legal?event=treaty-friendship-1997", "legal",
		`!!document.querySelector('tr.selected#event-treaty-friendship-1997')`},
	{"/diplomacy?tab=table&event=gerasimov-dunford-2017", "diplomacy",
		`!!document.querySelector('tr.selected#event-gerasimov-dunford-2017') && !document.querySelector('[data-chart]')`},
	{"/timeline?event=declaration-allied-cooperation-2022", "timeline",
		`document.querySelector('#details h2').textContent.includes("Declaration of Allied Cooperation") &&
		 !!document.querySelector('li.selected#event-declaration-allied-cooperation-2022')`},
	{"/timeline?from=2015&to=2023&cat=nam", "timeline",
		`document.querySelector('#cat-nam').checked && !document.querySelector('#cat-energy').checked &&
		 document.querySelector('#year-from').value === "2015" && document.querySelector('#year-to').value === "2023" &&
		 [...document.querySelectorAll('.event-list li')].length > 0 &&
		 ![...document.querySelectorAll('.event-list li')].some(li => /Treaty|gas/i.test(li.textContent))`},
	{"/sources?fig=companies-joint-ventures", "sources",
		`!!document.querySelector('tr.selected#prov-companies-joint-ventures')`},
	{"/?fig=trade-2023", "overview",
		`!!document.querySelector('.card.selected[data-figure="trade-2023"]')`},
}

// TestDeepLinks opens each link cold and checks its state is applied.
func TestDeepLinks(t *testing.T) {
	for _, l := range deepLinks {
		t.Run(strings.TrimPrefix(l.path, "/"), func(t *testing.T) {
			tb := newTab(t, 60*time.Second)
			if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+l.path)); err != nil {
				t.Fatalf("navigate: %v", err)
			}
			if err := tb.waitReady(l.view, readyTimeout); err != nil {
				t.Fatal(err)
			}
			var ok bool
			if err := chromedp.Run(tb.ctx, chromedp.Evaluate(l.applied, &ok)); err != nil {
				t.Fatalf("evaluate: %v", err)
			}
			if !ok {
				t.Errorf("%s: state not applied: %s", l.path, l.applied)
			}
			checkConsoleAndOrigin(t, tb)
		})
	}
}

// TestHostileQueries feeds links a stranger could craft: each page still
// works, says politely what it could not use, and renders nothing as HTML.
func TestHostileQueries(t *testing.T) {
	cases := []struct{ path, view, notice string }{
		{"/trade?fig=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E", "trade", "not a valid id"},
		{"/timeline?from=99999999999999999999999&to=-3", "timeline", "too large"},
		{"/timeline?tab=chart&tab=table", "timeline", "given more than once"},
		{"/timeline?cat=%ff%fe", "timeline", "not valid text"},
		{"/energy?fig=%zz", "energy", "not correctly encoded"},
		{"/trade?fig=no-such-figure", "trade", "does not have"},
		{"/timeline?event=no-such-event", "timeline", "does not have"},
		{"/legal?tab=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E", "legal", "not one of the choices"},
	}
	for _, c := range cases {
		t.Run(c.path, func(t *testing.T) {
			tb := newTab(t, 60*time.Second)
			if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+c.path)); err != nil {
				t.Fatalf("navigate: %v", err)
			}
			if err := tb.waitReady(c.view, readyTimeout); err != nil {
				t.Fatal(err)
			}
			var res struct {
				Notice   string `json:"notice"`
				Pwned    bool   `json:"pwned"`
				Injected int    `json:"injected"`
			}
			js := `({notice: [...document.querySelectorAll('.url-notice')].map(n => n.innerText).join(" "),
				pwned: !!window.__pwned,
				injected: document.querySelectorAll('main script, main img[src="x"]').length})`
			if err := chromedp.Run(tb.ctx, chromedp.Evaluate(js, &res)); err != nil {
				t.Fatalf("evaluate: %v", err)
			}
			if !strings.Contains(res.Notice, c.notice) {
				t.Errorf("notice %q lacks %q", res.Notice, c.notice)
			}
			if res.Pwned || res.Injected > 0 {
				t.Errorf("query content was rendered as HTML (pwned=%v, injected=%d)", res.Pwned, res.Injected)
			}
			checkConsoleAndOrigin(t, tb)
		})
	}
}

// TestPrerenderedDeepLink checks what a link preview sees: the server's HTML
// for a deep link names the state in its title and social tags. The harness
// runs without -domain and -allowed-hosts, so the canonical link and og:url
// are root-relative: no Host header reaches a page (SECURITY.md).
func TestPrerenderedDeepLink(t *testing.T) {
	cases := []struct{ path, title string }{
		{"/timeline?event=declaration-allied-cooperation-2022", "Event: Declaration of Allied Cooperation, 22 February 2022"},
		{"/trade?fig=trade-2023&utm_source=x", "Trade turnover, 2023: $4.358 billion"},
	}
	for _, c := range cases {
		resp, err := http.Get(baseURL + c.path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		html := string(b)
		canonical := strings.Split(c.path, "&utm")[0]
		if !strings.Contains(html, "<title>"+strings.ReplaceAll(c.title, "&", "&amp;")) {
			t.Errorf("%s: <title> does not start with %q", c.path, c.title)
		}
		for _, want := range []struct{ tag, key, val, attr, prefix string }{
			{"meta", "property", "og:title", "content", c.title},
			{"meta", "name", "twitter:title", "content", c.title},
			{"meta", "property", "og:url", "content", canonical},
			{"link", "rel", "canonical", "href", canonical},
			{"meta", "property", "og:image", "content", "/preview/"},
			{"meta", "property", "og:image:width", "content", "1200"},
			{"meta", "property", "og:image:height", "content", "630"},
			{"meta", "name", "twitter:card", "content", "summary_large_image"},
		} {
			got, ok := tagAttr(html, want.tag, want.key, want.val, want.attr)
			if !ok || !strings.HasPrefix(got, want.prefix) {
				t.Errorf("%s: <%s %s=%q> has %s=%q, want it to start with %q", c.path, want.tag, want.key, want.val, want.attr, got, want.prefix)
			}
		}
		// The picture it names is there, as the unfurler fetches it.
		img, _ := tagAttr(html, "meta", "property", "og:image", "content")
		resp, err = http.Get(baseURL + strings.ReplaceAll(img, "&amp;", "&"))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "image/png" {
			t.Errorf("%s: its picture %s answers %d %s", c.path, img, resp.StatusCode, resp.Header.Get("Content-Type"))
		}
	}
}

var attrPairRE = regexp.MustCompile(`([a-zA-Z:-]+)="([^"]*)"`)

// tagAttr finds the <tag> whose attribute key equals val and returns its
// attribute attr; go-app writes attributes in random order, so no string
// match of a whole tag would be stable.
func tagAttr(html, tag, key, val, attr string) (string, bool) {
	re := regexp.MustCompile(`<` + tag + `\b[^>]*>`)
	for _, m := range re.FindAllString(html, -1) {
		attrs := map[string]string{}
		for _, p := range attrPairRE.FindAllStringSubmatch(m, -1) {
			attrs[p[1]] = p[2]
		}
		if attrs[key] == val {
			v, ok := attrs[attr]
			return v, ok
		}
	}
	return "", false
}
