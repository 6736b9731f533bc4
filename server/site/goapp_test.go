//go:build !wasm

package site_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"

	"bilateral/internal/goapptest"
	"bilateral/internal/servertest"
	"bilateral/server/site"
)

// Tests of our patches to go-app (third_party/go-app/PATCHES.md), here so
// that they fail if the replace line or a patch is lost in an upgrade.
//
// go-app prerenders every page on the server; v10.1.11 wrote attribute
// values with strconv.Quote, whose \" ends nothing in HTML.

// hostileValues are attribute values that break out of a tag unless every
// one of & < > " ' is escaped, plus text that must stay as it is.
var hostileValues = []string{
	`"><script>alert(1)</script><b x='`,
	`' onmouseover='alert(1)`,
	`x" onload="alert(1)`,
	`&quot;&#34;&amp; already escaped`,
	`</title><meta http-equiv="refresh" content="0;url=https://example.com/">`,
	"no\u00a0break — Россия, Azərbaycan ✓",
	"back\\slash and\nnewline\ttab",
}

func TestAttributeValuesAreHTMLEscaped(t *testing.T) {
	cases := []struct {
		ui   goapp.UI
		want string
	}{
		{goapp.Div().Title(`"><script>alert(1)</script><b x='`),
			`<div title="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;b x=&#39;"></div>`},
		{goapp.A().Href(`/x"><b>inj`), `<a href="/x&#34;&gt;&lt;b&gt;inj"></a>`},
		{goapp.Span().Aria("label", `a & b < c`), `<span aria-label="a &amp; b &lt; c"></span>`},
		// Not Go escapes: the characters themselves, as UTF-8.
		{goapp.Span().Title("1\u00a0000 km — Баку, Azərbaycan"), "<span title=\"1\u00a0000 km — Баку, Azərbaycan\"></span>"},
		{goapp.Span().Title(`back\slash`), `<span title="back\slash"></span>`},
		{goapp.Span().Title("two\nlines"), "<span title=\"two\nlines\"></span>"},
	}
	for _, c := range cases {
		if got := goapp.HTMLString(c.ui); got != c.want {
			t.Errorf("got  %s\nwant %s", got, c.want)
		}
	}
}

// The served page is in the state the program renders: an HTML boolean
// attribute set false is left out (checked="false" was a ticked box and
// disabled="false" a dead button until the program ran), one set true is
// bare, and any other attribute keeps its "true" or "false" (a bare
// aria-current means false). Go-app patch 19.
func TestBooleanAttributesAsTheBrowserReadsThem(t *testing.T) {
	cases := []struct {
		ui   goapp.UI
		want map[string]string // as an HTML parser reads the element
	}{
		{goapp.Input().Type("checkbox").Checked(false), map[string]string{"type": "checkbox"}},
		{goapp.Input().Type("checkbox").Checked(true), map[string]string{"type": "checkbox", "checked": ""}},
		{goapp.Button().Disabled(false), map[string]string{}},
		{goapp.Details().Open(false), map[string]string{}},
		{goapp.Div().Hidden(true), map[string]string{"hidden": ""}},
		{goapp.A().Aria("current", true), map[string]string{"aria-current": "true"}},
		{goapp.Button().Aria("pressed", false), map[string]string{"aria-pressed": "false"}},
		{goapp.Div().DataSet("on", true), map[string]string{"data-on": "true"}},
	}
	for _, c := range cases {
		page := goapp.HTMLString(c.ui)
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		var el *html.Node
		var find func(*html.Node)
		find = func(n *html.Node) {
			if el == nil && n.Type == html.ElementNode && n.Data != "html" && n.Data != "head" && n.Data != "body" {
				el = n
			}
			for k := n.FirstChild; k != nil; k = k.NextSibling {
				find(k)
			}
		}
		find(doc)
		got := map[string]string{}
		for _, a := range el.Attr {
			got[a.Key] = a.Val
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s: read as %v, want %v", page, got, c.want)
		}
	}
}

// Every hostile value reads back, in an HTML parser, as exactly the value
// written, in one element with only the attributes it was given.
func TestAttributeValuesRoundTrip(t *testing.T) {
	for _, v := range hostileValues {
		page := goapp.HTMLString(goapp.Div().Body(
			goapp.A().Href("/trade?q="+v).Title(v).Aria("label", v).DataSet("x", v),
		))
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		var elems []*html.Node
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode {
				elems = append(elems, n)
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		// html, head, body, div, a: nothing else.
		if len(elems) != 5 || elems[4].Data != "a" {
			t.Errorf("%q: the page has %d elements, want html/head/body/div/a:\n%s", v, len(elems), page)
			continue
		}
		want := map[string]string{"href": "/trade?q=" + v, "title": v, "aria-label": v, "data-x": v}
		got := map[string]string{}
		for _, a := range elems[4].Attr {
			got[a.Key] = a.Val
		}
		if len(got) != len(want) {
			t.Errorf("%q: attributes %q, want %q\n%s", v, got, want, page)
			continue
		}
		for k, w := range want {
			if got[k] != w {
				t.Errorf("%q: %s = %q, want %q\n%s", v, k, got[k], w, page)
			}
		}
	}
}

// The same element is written in the same bytes every time, its
// attributes in their names' order (patch 24). go-app wrote them in its
// map's order, which Go varies from one range to the next: a page's bytes,
// its ETag and its compressed copies changed from render to render, and a
// test that read a capped chart box's markup failed in one CI run of many.
func TestAttributesWrittenInOneOrder(t *testing.T) {
	ui := goapp.Div().Class("chart-box").Style("max-width", "799px").ID("x").
		Title("t").Aria("label", "l").DataSet("chart", "c").Role("img")
	want := `<div aria-label="l" class="chart-box" data-chart="c" id="x" role="img" style="max-width:799px" title="t"></div>`
	for i := 0; i < 50; i++ {
		if got := goapp.HTMLString(ui); got != want {
			t.Fatalf("render %d: got  %s\nwant %s", i, got, want)
		}
	}
	// What a head's tag is comes before its value, as link-preview
	// scrapers that read markup as text expect.
	for _, c := range []struct {
		ui   goapp.UI
		want string
	}{
		{goapp.Meta().Name("description").Content("d"), `<meta name="description" content="d">`},
		{goapp.Meta().Property("og:title").Content("t"), `<meta property="og:title" content="t">`},
		{goapp.Meta().HTTPEquiv("refresh").Content("0"), `<meta http-equiv="refresh" content="0">`},
		{goapp.Link().Type("image/png").Href("/i.png").Rel("icon"), `<link rel="icon" href="/i.png" type="image/png">`},
	} {
		if got := goapp.HTMLString(c.ui); got != c.want {
			t.Errorf("got  %s\nwant %s", got, c.want)
		}
	}
}

// go-app v10.1.11 answered /robots.txt, /sitemap.xml and /ads.txt, also
// under /VERSION/, by fetching http://HOST/web/NAME from the Host header's
// site and caching the answer for everyone. The patched handler, on its own
// (without our router in front), never fetches anything.
func TestGoAppNeverFetches(t *testing.T) {
	var hits atomic.Int32
	canary := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/javascript")
		w.Write([]byte("poisoned()"))
	}))
	defer canary.Close()
	servertest.Site(t) // routes and dataset
	h := site.GoAppHandler("", servertest.Version)
	site.SetupPWA(http.NewServeMux(), h, site.Options{})
	for _, name := range []string{"robots.txt", "sitemap.xml", "ads.txt"} {
		for _, p := range []string{"/" + name, "/" + h.Version + "/" + name} {
			r := httptest.NewRequest(http.MethodGet, p, nil)
			r.Host = strings.TrimPrefix(canary.URL, "http://")
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			if strings.Contains(w.Body.String(), "poisoned") {
				t.Errorf("%s answered the Host's content: %d %q", p, w.Code, w.Body)
			}
		}
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("go-app fetched from the Host header's site %d times", n)
	}
}

// preRendered says it has entered once its OnPreRender has run.
type preRendered struct {
	goapp.Compo
	said string
}

func (p *preRendered) OnPreRender(goapp.Context) { p.said = "entered" }
func (p *preRendered) Render() goapp.UI          { return goapp.P().Text(p.said) }

// TestMountRendersOnlyWhatItMounts (patch 11): a component's OnPreRender
// (OnMount in the browser) renders that component again, not every
// component around it. Upstream's dispatch rendered the whole view once
// more for each chart, switch and button mounted in it.
func TestMountRendersOnlyWhatItMounts(t *testing.T) {
	out := &goapptest.Around{Inner: &preRendered{}}
	goapptest.Load(t, out)
	if out.Renders != 1 {
		t.Errorf("the component around was rendered %d times; want 1", out.Renders)
	}
	if err := goapp.Match(goapp.Text("entered"), out, 0, 0, 0, 0); err != nil {
		t.Errorf("the mounted component was not rendered again after OnPreRender: %v", err)
	}
}

// TestLoaderIconIsDecorative: go-app's loader shows the site's icon beside
// its label ("Загрузка Bilateral… 0%"), which says all there is to say.
// Its alt was "wasm loader icon", in English on every page, which a screen
// reader read out on Russian and Azerbaijani pages as well. Go-app patch 29.
func TestLoaderIconIsDecorative(t *testing.T) {
	h := servertest.Site(t)
	for _, path := range []string{"/", "/ru/trade", "/az/energy?tab=table", "/ru/embed/trade?chart=trade-turnover", "/fr/missing"} {
		rec := servertest.Record(h, httptest.NewRequest(http.MethodGet, path, nil))
		doc, err := html.Parse(rec.Body)
		if err != nil {
			t.Fatal(err)
		}
		var icon *html.Node
		var find func(*html.Node)
		find = func(n *html.Node) {
			for _, a := range n.Attr {
				if a.Key == "id" && a.Val == "app-wasm-loader-icon" {
					icon = n
				}
			}
			for k := n.FirstChild; k != nil; k = k.NextSibling {
				find(k)
			}
		}
		find(doc)
		if icon == nil {
			t.Errorf("%s: no loader icon", path)
			continue
		}
		got := map[string]string{}
		for _, a := range icon.Attr {
			got[a.Key] = a.Val
		}
		if alt, ok := got["alt"]; !ok || alt != "" || got["aria-hidden"] != "true" {
			t.Errorf("%s: the loader icon has alt=%q (set: %v) aria-hidden=%q, want alt=\"\" aria-hidden=\"true\"", path, alt, ok, got["aria-hidden"])
		}
	}
}
