//go:build !wasm

package site_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"bilateral/app"
	"bilateral/app/i18n"
	"bilateral/internal/servertest"
)

// Every block of every view, with its charts drawn or as tables, says where
// its content comes from exactly once: a chart's caption, a group of cards'
// line and a list's line never repeat each other in one block.
func TestOneSourceLinePerBlock(t *testing.T) {
	h := servertest.Site(t)
	for _, v := range app.Views {
		for _, q := range []string{"", "?tab=table"} {
			for _, lang := range []string{"en", "ru"} {
				path := v.Path + q
				if lang != i18n.Default {
					path = "/" + lang + path
				}
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
				if rec.Code != http.StatusOK {
					t.Fatalf("GET %s: %d", path, rec.Code)
				}
				doc, err := html.Parse(rec.Body)
				if err != nil {
					t.Fatal(err)
				}
				chartSource := i18n.T(lang, "chart.source")
				counts, data := map[string]int{}, map[string]bool{}
				var walk func(n *html.Node, block string)
				walk = func(n *html.Node, block string) {
					if n.Type == html.ElementNode {
						cls := " " + attr(n, "class") + " "
						switch {
						case n.Data == "section" && strings.Contains(cls, " block "):
							block = attr(n, "id")
							counts[block] += 0
						case strings.Contains(cls, " card-source "):
							counts[block]++
						case n.Data == "figcaption" || n.Data == "caption":
							if strings.Contains(textOf(n), chartSource) {
								counts[block]++
							}
						}
						if block != "" && (strings.Contains(cls, " card ") || strings.Contains(cls, " list-block ") ||
							strings.Contains(cls, " chart-figure ") || strings.Contains(cls, " chart-table ")) {
							data[block] = true
						}
					}
					for c := n.FirstChild; c != nil; c = c.NextSibling {
						walk(c, block)
					}
				}
				walk(doc, "")
				for block, n := range counts {
					if block == "" {
						continue
					}
					if n > 1 || (data[block] && n != 1) {
						t.Errorf("GET %s: block #%s has %d source lines, want one", path, block, n)
					}
				}
			}
		}
	}
}
