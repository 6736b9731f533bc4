//go:build !wasm

package main

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"bilateral/app"
	"bilateral/components"
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

func getPage(t *testing.T, h http.Handler, path string) string {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("%s: status %d", path, rec.Code)
	}
	b, _ := io.ReadAll(rec.Body)
	return string(b)
}

// TestPagesCarryDrawnCharts: with the server's drawing set up, every chart
// of every view, and of an embed, is in the page already drawn, once per
// width, in the state the URL names.
func TestPagesCarryDrawnCharts(t *testing.T) {
	site(t)
	h := newMux(embeddedSite()) // its own page cache: drawing is turned on below
	if err := setupChartDrawing(slog.New(slog.NewTextHandler(io.Discard, nil))); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { components.ServerDrawings = nil })

	paths := []string{app.EmbedPrefix + "trade?chart=trade-turnover"}
	for _, v := range app.Views {
		paths = append(paths, v.Path)
	}
	total := 0
	for _, p := range paths {
		for id, div := range chartsOf(getPage(t, h, p)) {
			total++
			if !strings.Contains(div, `data-drawn="server"`) {
				t.Errorf("%s: chart %s is not marked drawn by the server", p, id)
			}
			if got := drawnSVG.FindAllStringSubmatch(div, -1); len(got) != len(chartWidths) {
				t.Errorf("%s: chart %s holds %d drawings, want %d", p, id, len(got), len(chartWidths))
			}
		}
	}
	if total < 12 {
		t.Errorf("only %d charts found on the views' pages", total)
	}

	plain := chartsOf(getPage(t, h, "/trade"))["trade-turnover"]
	linked := chartsOf(getPage(t, h, "/trade?fig=trade-2023"))["trade-turnover"]
	if plain == "" || plain == linked {
		t.Error("the chart drawn for /trade?fig=trade-2023 is the one for /trade: the drawing ignores the URL's state")
	}
}
