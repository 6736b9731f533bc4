//go:build !wasm

package site_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"

	"bilateral/app"
	"bilateral/components"
	"bilateral/data"
	"bilateral/internal/servertest"
	"bilateral/server/site"
)

// Hostile text must never become markup: every view, every embed page and
// the not-found page are rendered with hostile text in the path, in the
// query and in every reader-facing text of a -data dataset, parsed as a
// browser would, and compared with the same page from clean input. The
// hostile page may have other text, but no element, attribute name or
// script the clean one does not have, and no event handler attribute.

// hostile is appended to text; hostileURL is its form without white space,
// for fields the loader refuses white space in (the source's URL).
const (
	hostile    = `"><script>alert(1)</script><b x='`
	hostileURL = `"><script>alert(1)</script><b/x='`
)

// queryKeys are every parameter a view or embed reads (app/urlstate).
var queryKeys = []string{"tab", "fig", "event", "from", "to", "cat", "chart"}

func TestHostileTextInPath(t *testing.T) {
	h := servertest.Site(t)
	for _, p := range []string{
		"/" + hostile,
		"/x" + hostileURL,
		"/trade/" + hostile,
		app.EmbedPrefix + hostile,
		"/" + `</title><meta/http-equiv="refresh"/content="0;url=https://example.com/">`,
		"/" + `</title><meta http-equiv="refresh" content="0;url=https://example.com/">`,
	} {
		target := (&url.URL{Path: p}).EscapedPath()
		got, ok := renderOrRefuse(t, h, target)
		if !ok {
			continue // refused before any page is made
		}
		clean := render(t, h, (&url.URL{Path: defang(p)}).EscapedPath())
		assertNoNewMarkup(t, target, clean, got)
	}
}

func TestHostileTextInQuery(t *testing.T) {
	h := servertest.Site(t)
	for _, page := range allPages(t, h) {
		sep := "?"
		if strings.Contains(page, "?") {
			sep = "&"
		}
		for _, value := range []string{hostile, hostileURL} {
			target := page + sep + query(value)
			clean := render(t, h, page+sep+query(defang(value)))
			assertNoNewMarkup(t, target, clean, render(t, h, target))
		}
	}
}

// defang is s without the characters that make markup, each replaced by
// one letter, so that the app sees text of the same shape (not an
// identifier, as long) and answers with the same notices.
func defang(s string) string {
	return strings.NewReplacer(`"`, "q", `'`, "q", `<`, "l", `>`, "g", `&`, "a", `=`, "e").Replace(s)
}

// query sets every parameter, and one named value, to value.
func query(value string) string {
	q := url.Values{}
	for _, k := range queryKeys {
		q.Set(k, value)
	}
	q.Set(value, value)
	return q.Encode()
}

func TestHostileTextInDataset(t *testing.T) {
	servertest.Site(t) // registers the routes and sets the embedded dataset
	// Its own site: pages are cached (server/pagecache), and this test
	// renders them with drawing turned off.
	h := site.New(servertest.EmbeddedOptions())
	// The pages' own markup is compared: a test before this one that ran
	// the server's main left chart drawing on, and a drawing's SVG rightly
	// changes shape with the data's text (hostile text in drawings:
	// server/chartsvg's tests).
	draw := components.ServerDrawings
	components.ServerDrawings = nil
	t.Cleanup(func() {
		components.ServerDrawings = draw
		ds, err := data.LoadDefault()
		if err != nil {
			t.Fatal(err)
		}
		app.SetDataset(ds)
	})
	pages := allPages(t, h)
	clean := map[string]*html.Node{}
	for _, p := range pages {
		clean[p] = render(t, h, p)
	}

	raw, changed := hostileDataset(t, data.Default)
	ds, err := data.Parse("hostile.json", raw)
	if err != nil {
		t.Fatalf("the hostile dataset does not load: %v", err)
	}
	app.SetDataset(ds)
	hostileSite := site.New(site.Options{Dataset: ds, Raw: raw, Version: servertest.Version})
	for _, p := range pages {
		got := render(t, hostileSite, p)
		assertNoNewMarkup(t, p+" with hostile data", clean[p], got)
		if !strings.Contains(textOf(got), hostile) && !strings.Contains(textOf(got), hostileURL) &&
			!attrHas(got, hostile) && !attrHas(got, hostileURL) {
			t.Errorf("%s: the hostile text appears nowhere: the test no longer reaches the page", p)
		}
	}
	// The test is only as good as the fields it reaches: every text the
	// reader sees must have taken the payload. (source.url cannot: the
	// loader refuses quotes and angle brackets in a URL, data's
	// TestSourceURLRefusesMarkup.)
	for _, must := range []string{
		"source.publisher", "source.title.en", "source.terms.en", "source.sections[].title.en",
		"countries[].name.en", "entities[].name.en", "entities[].role.en", "entities[].note.en",
		"entities[].articleSpelling", "figures[].label.en", "figures[].note.en", "figures[].derived.note.en",
		"series[].title.en", "series[].points[].note.en", "events[].title.en", "events[].summary.en",
		"lists[].title.en", "lists[].items[].text.en", "gaps[].text.en", "categories[].label.en",
	} {
		if !changed[must] {
			t.Errorf("%s did not take the hostile text (the loader refused it, or the field is gone)", must)
		}
	}
}

// hostileDataset appends the payload to every string of the dataset the
// loader still accepts with it: fields are grouped by their path with the
// array indexes taken out ("figures[].label.en"), and a group is changed
// when the dataset with that group changed still loads (identifiers,
// references, dates and vocabulary do not). It returns the dataset with
// every such group changed, and the groups.
func hostileDataset(t *testing.T, clean []byte) ([]byte, map[string]bool) {
	t.Helper()
	decode := func() any {
		dec := json.NewDecoder(bytes.NewReader(clean))
		dec.UseNumber() // numbers stay exactly as written
		var v any
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	groups := map[string]bool{}
	walkStrings(decode(), "", func(path string, s *string) { groups[path] = true })

	loads := func(v any) bool {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		_, err = data.Parse("hostile.json", b)
		return err == nil
	}
	payload := map[string]string{}
	for g := range groups {
		for _, p := range []string{hostile, hostileURL} {
			v := decode()
			walkStrings(v, "", func(path string, s *string) {
				if path == g {
					*s += p
				}
			})
			if loads(v) {
				payload[g] = p
				break
			}
		}
	}
	v := decode()
	walkStrings(v, "", func(path string, s *string) {
		if p, ok := payload[path]; ok {
			*s += p
		}
	})
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	changed := map[string]bool{}
	for g := range payload {
		changed[g] = true
	}
	return b, changed
}

// walkStrings calls f with the path and address of every string in v, a
// value decoded from JSON into any.
func walkStrings(v any, path string, f func(path string, s *string)) {
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			p := k
			if path != "" {
				p = path + "." + k
			}
			if s, ok := e.(string); ok {
				f(p, &s)
				v[k] = s
				continue
			}
			walkStrings(e, p, f)
		}
	case []any:
		for i, e := range v {
			if s, ok := e.(string); ok {
				f(path+"[]", &s)
				v[i] = s
				continue
			}
			walkStrings(e, path+"[]", f)
		}
	}
}

// allPages is every view, the embed page of every view (the list of its
// charts) and every chart's embed page, as the embed index links them.
func allPages(t *testing.T, h http.Handler) []string {
	t.Helper()
	var pages []string
	seen := map[string]bool{}
	for _, v := range app.Views {
		pages = append(pages, v.Path)
		index := app.EmbedPrefix + v.Name
		pages = append(pages, index)
		for _, a := range elements(render(t, h, index), "a") {
			href := attr(a, "href")
			if strings.HasPrefix(href, app.EmbedPrefix) && strings.Contains(href, "chart=") && !seen[href] {
				seen[href] = true
				pages = append(pages, href)
			}
		}
	}
	if len(seen) == 0 {
		t.Fatal("the embed pages link no chart")
	}
	return pages
}

// render GETs target from h and parses the HTML page it answers.
func render(t *testing.T, h http.Handler, target string) *html.Node {
	t.Helper()
	doc, ok := renderOrRefuse(t, h, target)
	if !ok {
		t.Fatalf("GET %s: refused, want an HTML page", target)
	}
	return doc
}

// renderOrRefuse is render for targets the server may refuse before any
// page is made: a refusal is a 4xx answer without markup.
func renderOrRefuse(t *testing.T, h http.Handler, target string) (*html.Node, bool) {
	t.Helper()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, target, nil))
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		if w.Code < 400 || w.Code > 499 || strings.Contains(w.Body.String(), "<") {
			t.Fatalf("GET %s: %d %s %q, want an HTML page or a plain refusal", target, w.Code, ct, w.Body)
		}
		return nil, false
	}
	doc, err := html.Parse(w.Body)
	if err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
	return doc, true
}

// assertNoNewMarkup fails when got has an element or attribute name that
// clean has not, an on* attribute, a script clean has not, or a link to
// another scheme than clean's.
func assertNoNewMarkup(t *testing.T, what string, clean, got *html.Node) {
	t.Helper()
	cm, gm := markup(clean), markup(got)
	var extra []string
	for k := range gm {
		if !cm[k] {
			extra = append(extra, k)
		}
	}
	sort.Strings(extra)
	if len(extra) > 0 {
		t.Errorf("%s: markup the clean page does not have: %s", what, strings.Join(extra, ", "))
	}
}

var eventAttr = regexp.MustCompile(`^on`)

// markup is what hostile text must not add to a page: every element
// ("<b>"), attribute name ("<a href>"), script ("script src=/app.js" or its
// inline text), event handler attribute ("on* …", never in a clean page)
// and URL scheme of a link ("scheme javascript").
func markup(doc *html.Node) map[string]bool {
	m := map[string]bool{}
	var walk func(n *html.Node, inSVG bool)
	walk = func(n *html.Node, inSVG bool) {
		if n.Type == html.ElementNode {
			// A server-drawn chart's shapes follow its text (a longer label
			// gets a clip path), so inside an <svg> only what a drawing never
			// holds counts as new markup; events, schemes and scripts always do.
			drawn := inSVG && svgDrawing[n.Data]
			inSVG = inSVG || n.Data == "svg"
			if !drawn {
				m["<"+n.Data+">"] = true
			}
			for _, a := range n.Attr {
				if !drawn {
					m["<"+n.Data+" "+a.Key+">"] = true
				}
				if eventAttr.MatchString(strings.ToLower(a.Key)) {
					m["on* "+a.Key+"="+a.Val] = true
				}
				switch a.Key {
				case "href", "src", "action", "formaction", "content":
					if u, err := url.Parse(strings.TrimSpace(a.Val)); err == nil && u.Scheme != "" {
						m["scheme "+strings.ToLower(u.Scheme)] = true
					}
				}
			}
			if n.Data == "script" {
				m[fmt.Sprintf("script src=%s type=%s text=%q", attr(n, "src"), attr(n, "type"), textOf(n))] = true
			}
			if n.Data == "meta" && attr(n, "http-equiv") != "" {
				m["meta http-equiv="+attr(n, "http-equiv")+" content="+attr(n, "content")] = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inSVG)
		}
	}
	walk(doc, false)
	return m
}

// svgDrawing is what ECharts' SVG renderer draws with: shapes, text, groups,
// clip paths, patterns and gradients, its own <style>; no script, no
// foreignObject, no link.
var svgDrawing = map[string]bool{
	"g": true, "path": true, "rect": true, "circle": true, "ellipse": true, "line": true,
	"polyline": true, "polygon": true, "text": true, "tspan": true, "defs": true,
	"clippath": true, "clipPath": true, "pattern": true, "lineargradient": true, "linearGradient": true,
	"radialgradient": true, "radialGradient": true, "stop": true, "style": true, "title": true,
}

func elements(doc *html.Node, tag string) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == tag {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// attrHas reports whether some attribute value of doc contains s.
func attrHas(doc *html.Node, s string) bool {
	found := false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for _, a := range n.Attr {
			if strings.Contains(a.Val, s) {
				found = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return found
}

// A path that is not UTF-8 reaches only the not-found page, which writes it
// out (its message, its og:url): as U+FFFD, never as raw bytes into a page
// that says it is UTF-8.
func TestInvalidUTF8PathWrittenAsReplacement(t *testing.T) {
	h := servertest.Site(t)
	for _, target := range []string{"/%FFx", "/trade/%C3%28", app.EmbedPrefix + "%FE"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
		body := rec.Body.String()
		if !utf8.ValidString(body) {
			t.Errorf("%s: %d answered with bytes that are not UTF-8", target, rec.Code)
		}
		if rec.Code == http.StatusNotFound && !strings.Contains(body, "\uFFFD") {
			t.Errorf("%s: the not-found page does not write the path's bad bytes as U+FFFD", target)
		}
	}
}
