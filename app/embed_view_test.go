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

// TestEmbedListNamesEachChartApart: the list an embed link that names no
// chart offers tells every chart from every other, in each language, though
// two views carry a chart of one title (the trade turnover).
func TestEmbedListNamesEachChartApart(t *testing.T) {
	d, err := data.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	item := regexp.MustCompile(`<li><a [^>]*>([^<]*)</a></li>`)
	for _, lang := range i18n.Languages {
		p := &embedPage{of: tradeView, embed: urlstate.Embed{Chart: "nope"}}
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
