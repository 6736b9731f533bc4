//go:build !wasm

package site_test

import (
	"io"
	"log/slog"
	"regexp"
	"strings"
	"testing"

	"bilateral/app"
	"bilateral/components"
	"bilateral/internal/servertest"
	"bilateral/server/site"
)

var (
	chartDiv = regexp.MustCompile(`<div [^>]*data-chart="([^"]+)"[^>]*>`)
	drawnSVG = regexp.MustCompile(`<svg data-w="(narrow|wide)"`)
)

// chartsOf maps each chart container of a page to what it holds, up to the
// next container.
func chartsOf(page string) map[string]string {
	out := map[string]string{}
	locs := chartDiv.FindAllStringSubmatchIndex(page, -1)
	for i, l := range locs {
		end := len(page)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		out[page[l[2]:l[3]]] = page[l[0]:end]
	}
	return out
}

// TestPagesCarryDrawnCharts: with the server's drawing set up, every chart
// of every view, and of an embed, is in the page already drawn, once per
// width, in the state the URL names.
func TestPagesCarryDrawnCharts(t *testing.T) {
	servertest.Site(t)
	h := site.New(servertest.EmbeddedOptions()) // its own page cache: drawing is turned on below
	if err := site.DrawCharts(slog.New(slog.NewTextHandler(io.Discard, nil))); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { components.ServerDrawings = nil })

	paths := []string{app.EmbedPrefix + "trade?chart=trade-turnover"}
	for _, v := range app.Views {
		paths = append(paths, v.Path)
	}
	total := 0
	for _, p := range paths {
		for id, div := range chartsOf(servertest.Body(t, h, p)) {
			total++
			if !strings.Contains(div, `data-drawn="server"`) {
				t.Errorf("%s: chart %s is not marked drawn by the server", p, id)
			}
			if got := drawnSVG.FindAllStringSubmatch(div, -1); len(got) != len(site.ChartWidths) {
				t.Errorf("%s: chart %s holds %d drawings, want %d", p, id, len(got), len(site.ChartWidths))
			}
		}
	}
	if total < 11 { // two charts that encoded nothing were dropped (issue 14)
		t.Errorf("only %d charts found on the views' pages", total)
	}

	plain := chartsOf(servertest.Body(t, h, "/trade"))["trade-turnover"]
	linked := chartsOf(servertest.Body(t, h, "/trade?fig=trade-2023"))["trade-turnover"]
	if plain == "" || plain == linked {
		t.Error("the chart drawn for /trade?fig=trade-2023 is the one for /trade: the drawing ignores the URL's state")
	}
}
