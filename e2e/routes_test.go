//go:build browser

package e2e

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// route is one page of the app and what a reader must see on it.
type route struct {
	path string
	view string   // the value of <html data-ready> once the view is drawn
	want []string // substrings of document.body.innerText
	fold bool     // match want case-insensitively
}

// routes is the table the app is held to; the lead tunes the strings.
var routes = []route{
	{path: "/", view: "overview", want: []string{"4.358", "17.5", "1,400", "Caliber.az"}},
	{path: "/legal", view: "legal", want: []string{"170", "1997", "Declaration of Allied Cooperation",
		"How the article sees it", "“crucial strategic partner for Russia", "The article's view · Caliber.az · Legal relations"}},
	{path: "/trade", view: "trade", want: []string{"4.358", "2.168", "295",
		"No. 3 Russia", "Italy (position not stated)", "“The investment landscape is equally robust”"}},
	{path: "/energy", view: "energy", want: []string{"Transneft", "Novorossiysk", "Not reported", "How the article sees it"}},
	{path: "/diplomacy", view: "diplomacy", want: []string{"Gerasimov", "Dunford", "Non-Aligned",
		"No date given (placed at 2022)", "“a flexible and pragmatic approach to foreign relations”"}},
	{path: "/timeline", view: "timeline", want: []string{"Declaration of Allied Cooperation", "1992"}},
	{path: "/sources", view: "sources", want: []string{"Danford", "Scaparrotti", "only one number to a source of its own"}},
	{path: "/no-such-page", view: "notfound", want: []string{"not found"}, fold: true},
}

// minCharts is the least number of [data-chart] elements a view must have.
var minCharts = map[string]int{"trade": 1}

// pageState is what the suite reads from a drawn view in one evaluation.
type pageState struct {
	Ready string `json:"ready"`
	Title string `json:"title"`
	H1    *struct {
		Text string `json:"text"`
	} `json:"h1"`
	Text   string `json:"text"`
	Charts []struct {
		ID       string `json:"id"`
		Rendered string `json:"rendered"`
		Drawn    bool   `json:"drawn"` // holds a canvas or svg with a non-zero size
	} `json:"charts"`
	Citations []struct {
		Href    string `json:"href"`
		Visible bool   `json:"visible"`
	} `json:"citations"`
}

const readPageState = `(() => {
	const visible = (e) => e.getClientRects().length > 0 &&
		getComputedStyle(e).visibility !== "hidden";
	const h1 = document.querySelector("h1");
	return {
		ready: document.documentElement.dataset.ready || "",
		title: document.title,
		h1: h1 ? {text: h1.innerText.trim()} : null,
		text: ` + pageText + `,
		charts: [...document.querySelectorAll("[data-chart]")].map((e) => ({
			id: e.dataset.chart,
			rendered: e.dataset.rendered || "",
			drawn: [...e.querySelectorAll("canvas, svg")].some((c) => {
				const r = c.getBoundingClientRect();
				return r.width > 0 && r.height > 0;
			}),
		})),
		citations: [...document.querySelectorAll("a[href]")]
			.filter((a) => {
				const h = a.getAttribute("href");
				try {
					const u = new URL(h);
					return u.protocol === "https:" &&
						(u.hostname === "caliber.az" || u.hostname.endsWith(".caliber.az"));
				} catch (_) { return false; }
			})
			.map((a) => ({href: a.getAttribute("href"), visible: visible(a)})),
	};
})()`

// TestRoutes loads every route cold in a fresh tab and checks the readiness
// contract, the visible text, charts, title, heading, citation link, console
// and that nothing is fetched from another origin. Each view is screenshotted.
func TestRoutes(t *testing.T) {
	titles := map[string]string{} // view → document.title
	for _, r := range routes {
		t.Run(r.view, func(t *testing.T) {
			if title := checkRoute(t, r); title != "" {
				titles[r.view] = title
			}
		})
	}

	// Every view has its own title.
	byTitle := map[string][]string{}
	for _, r := range routes {
		if title, ok := titles[r.view]; ok {
			byTitle[title] = append(byTitle[title], r.view)
		}
	}
	for title, views := range byTitle {
		if len(views) > 1 {
			t.Errorf("views %s share the document.title %q; each view needs its own",
				strings.Join(views, ", "), title)
		}
	}
}

// checkRoute runs one route's checks and returns its non-empty title, if any.
func checkRoute(t *testing.T, r route) string {
	tb := newTab(t, 60*time.Second)
	defer tb.writeLog(t, r.view)

	if r.view == "notfound" {
		tb.expect404(baseURL + r.path)
	}
	start := time.Now()
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+r.path)); err != nil {
		t.Fatalf("navigate to %s: %v", r.path, err)
	}
	readyErr := tb.waitReady(r.view, readyTimeout)
	if readyErr == nil {
		t.Logf("%s ready as %q after %s", r.path, r.view, time.Since(start).Round(time.Millisecond))
	}
	tb.screenshot(t, r.view)

	var st pageState
	if err := chromedp.Run(tb.ctx, chromedp.Evaluate(readPageState, &st)); err != nil {
		t.Fatalf("read page state: %v", err)
	}
	if readyErr != nil {
		// Keep checking: what is on the page helps find why it never finished.
		t.Errorf("%s: %v (visible text starts %q)", r.path, readyErr, clip(st.Text, 200))
	}

	// Visible text.
	text := st.Text
	if r.fold {
		text = strings.ToLower(text)
	}
	for _, w := range r.want {
		if r.fold {
			w = strings.ToLower(w)
		}
		if !strings.Contains(text, w) {
			t.Errorf("visible text lacks %q", w)
		}
	}

	// Charts: every container drawn, and as many as the view needs.
	for _, c := range st.Charts {
		if c.Rendered != "true" {
			t.Errorf("chart %q: data-rendered=%q, want \"true\" once the view is ready", c.ID, c.Rendered)
		} else if !c.Drawn {
			t.Errorf("chart %q: data-rendered=\"true\" but it holds no canvas or svg with a size", c.ID)
		}
	}
	if n, min := len(st.Charts), minCharts[r.view]; n < min {
		t.Errorf("%d [data-chart] elements, want at least %d", n, min)
	}

	// Title and heading.
	if strings.TrimSpace(st.Title) == "" {
		t.Errorf("document.title is empty")
	}
	switch {
	case st.H1 == nil:
		t.Errorf("no <h1>")
	case st.H1.Text == "":
		t.Errorf("<h1> has no text")
	}

	// The article's terms require a link back to it on every view.
	visibleCitation := false
	for _, c := range st.Citations {
		visibleCitation = visibleCitation || c.Visible
	}
	switch {
	case len(st.Citations) == 0:
		t.Errorf("no link to https://caliber.az…")
	case !visibleCitation:
		t.Errorf("links to caliber.az (%s) are all hidden", st.Citations[0].Href)
	}

	checkConsoleAndOrigin(t, tb)
	return strings.TrimSpace(st.Title)
}

// checkConsoleAndOrigin fails on console errors, exceptions and error log
// entries, and on any request to an origin other than the test server.
func checkConsoleAndOrigin(t *testing.T, tb *tab) {
	t.Helper()
	problems, requests := tb.snapshot()
	if len(problems) > 0 {
		t.Errorf("%d console error(s):\n  %s", len(problems), strings.Join(problems, "\n  "))
	}
	var foreign []string
	for _, raw := range requests {
		if reason := foreignRequest(raw); reason != "" {
			foreign = append(foreign, reason)
		}
	}
	if len(foreign) > 0 {
		t.Errorf("%d request(s) to another origin than %s:\n  %s",
			len(foreign), hostPort, strings.Join(foreign, "\n  "))
	}
}

// foreignRequest explains why a URL leaves the test server, or returns "".
// data:, blob: and the like never leave the browser.
func foreignRequest(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Sprintf("%s (unparsable: %v)", raw, err)
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "ws", "wss":
		if u.Host != hostPort {
			return raw
		}
	}
	return ""
}

func clip(s string, n int) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return string(r)
}
