//go:build !wasm

package app

import (
	"regexp"
	"strings"
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/data"
)

// TestEmbedListNamesEachChartApart: the list an embed link of a view
// without charts offers (every chart) tells every chart from every other,
// in each language, though two views carry a chart of one title (the trade
// turnover).
func TestEmbedListNamesEachChartApart(t *testing.T) {
	d, err := data.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	item := regexp.MustCompile(`<li><a [^>]*>([^<]*)</a></li>`)
	for _, lang := range i18n.Languages {
		p := &embedPage{of: sourcesView, embed: urlstate.Embed{Chart: "nope"}}
		html := goapp.HTMLString(p.content(d, lang))
		items := item.FindAllStringSubmatch(html, -1)
		if len(items) != len(chartSpecs) {
			t.Fatalf("%s: %d items for %d charts:\n%s", lang, len(items), len(chartSpecs), html)
		}
		seen := map[string]bool{}
		for _, it := range items {
			if name := strings.TrimSpace(it[1]); seen[name] {
				t.Errorf("%s: two charts are offered as %q", lang, name)
			} else {
				seen[name] = true
			}
		}
	}
}

// An embed link naming no chart asks for one among its view's charts, with
// no empty name quoted; one naming a chart the view lacks quotes it.
func TestEmbedLinkWithoutChartOffersItsViews(t *testing.T) {
	d, err := data.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	item := regexp.MustCompile(`<li><a href="/embed/([a-z]+)\?chart=([a-z-]+)"`)
	for chart, want := range map[string]string{"": "Choose a chart to embed:", "nope": "<code>nope</code>"} {
		html := goapp.HTMLString((&embedPage{of: tradeView, embed: urlstate.Embed{Chart: chart}}).content(d, "en"))
		if !strings.Contains(html, want) || strings.Contains(html, "<code></code>") {
			t.Errorf("chart=%q: want %q and no empty name:\n%s", chart, want, html)
		}
		items := item.FindAllStringSubmatch(html, -1)
		if len(items) != 3 {
			t.Errorf("chart=%q: %d charts offered, want the trade view's 3:\n%s", chart, len(items), html)
		}
		for _, it := range items {
			if it[1] != "trade" {
				t.Errorf("chart=%q: offers %s of /%s", chart, it[2], it[1])
			}
		}
	}
}
