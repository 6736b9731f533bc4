//go:build !wasm

package site

import (
	"slices"
	"testing"
)

// TestStateLinks: of a page's links, only those to a state of one of the
// views (a root-relative address with a query) are deep links to make,
// each once, in the page's order; links to other sites, files, embeds, a
// view's plain page, or that only look like links, are not.
func TestStateLinks(t *testing.T) {
	views := []string{"/", "/trade", "/timeline"}
	page := `<!doctype html><html><head><link rel="canonical" href="/trade?fig=canonical"></head><body>
<a href="/trade?fig=trade-2023">a figure</a>
<a href="/timeline?event=treaty-1997#main">an event, its fragment dropped</a>
<a href="/trade?fig=trade-2023">the same figure again</a>
<a href="/trade?fig=a&amp;tab=table">two keys, the entity decoded</a>
<A HREF="/?event=x">the overview, upper case</A>
<a href="/trade">a plain view</a>
<a href="/embed/trade?chart=trade-turnover">an embed</a>
<a href="/data/figures.csv?lang=ru">a file</a>
<a href="/energy?fig=x">not one of the views asked about</a>
<a href="https://example.org/trade?fig=x">another site</a>
<a href="//example.org/trade?fig=x">another site, scheme-relative</a>
<a href="javascript:alert(1)?x">a script</a>
<a href="/trade?">an empty query</a>
<a title="/trade?fig=title">no href</a>
<area href="/trade?fig=area">
<p>/trade?fig=text</p>
<a href="/trade?fig=%zz">a bad escape</a>
<a href="/trade?fig=a&#39;b">another entity</a>
<a href="/trade?fig=a;b">a semicolon</a>
<a class="bar" data-href="/trade?fig=data" href="/trade?fig=bar" >after another attribute</a>
<a
href="/timeline?event=newline">a newline before it</a>
</body></html>`
	got := stateLinks([]byte(page), views)
	want := []string{
		"/trade?fig=trade-2023",
		"/timeline?event=treaty-1997",
		"/trade?fig=a&tab=table",
		"/?event=x",
		"/trade?fig=bar",
		"/timeline?event=newline",
	}
	if !slices.Equal(got, want) {
		t.Errorf("stateLinks =\n%q\nwant\n%q", got, want)
	}
}
