//go:build !wasm

package site_test

import (
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"bilateral/app"
	"bilateral/components"
	"bilateral/internal/servertest"
	"bilateral/server/chartsvg"
	"bilateral/server/site"
	"bilateral/web"
)

var (
	chartDiv = regexp.MustCompile(`<div [^>]*data-chart="([^"]+)"[^>]*>`)
	drawnSVG = regexp.MustCompile(`<svg data-w="(\d+)"`)
	// A chart's box, capped where its place never makes it wider
	// (components.Chart.MaxWidth).
	cappedBox = regexp.MustCompile(`<div class="chart-box" style="max-width:(\d+)px"><div [^>]*data-chart="([^"]+)"`)
)

// drawnWidths is what a chart in a box at most maxWidth px wide (0: any)
// is drawn at: every width such a box can show, the first always.
func drawnWidths(maxWidth int) []int {
	out := []int{site.ChartWidths[0]} // appended to: not a view of the server's slice
	for _, w := range site.ChartWidths[1:] {
		if maxWidth == 0 || w <= maxWidth {
			out = append(out, w)
		}
	}
	return out
}

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
// width its box can show, in the state the URL names.
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
	total, capped := 0, 0
	for _, p := range paths {
		body := servertest.Body(t, h, p)
		caps := map[string]int{}
		for _, m := range cappedBox.FindAllStringSubmatch(body, -1) {
			caps[m[2]], _ = strconv.Atoi(m[1])
		}
		for id, div := range chartsOf(body) {
			total++
			if !strings.Contains(div, `data-drawn="server"`) {
				t.Errorf("%s: chart %s is not marked drawn by the server", p, id)
			}
			if strings.Contains(div, `dominant-baseline="central"`) {
				t.Errorf("%s: chart %s's texts still carry what the stylesheet gives them (chartsvg.ForPage)", p, id)
			}
			var widths []int
			for _, m := range drawnSVG.FindAllStringSubmatch(div, -1) {
				w, _ := strconv.Atoi(m[1])
				widths = append(widths, w)
			}
			if want := drawnWidths(caps[id]); !slices.Equal(widths, want) {
				t.Errorf("%s: chart %s (box at most %d px, 0: any) holds drawings %v px wide, want %v", p, id, caps[id], widths, want)
			}
			if caps[id] > 0 {
				capped++
			}
		}
	}
	if capped == 0 {
		t.Error("no chart's box is capped: the glance's chart on / should be (app.glanceChartWidth)")
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

// TestStylesheetSizesChartsAsDrawn: the stylesheet makes a chart exactly as
// wide as one of the server's drawings, the widest its box holds, and shows
// that drawing, and knows no width the server does not draw: otherwise
// ECharts would redraw a chart at another width than the drawing it
// replaces, and the chart's insides would move at the takeover.
func TestStylesheetSizesChartsAsDrawn(t *testing.T) {
	css, err := fs.ReadFile(web.FS(), "bilateral.css")
	if err != nil {
		t.Fatal(err)
	}
	rule := regexp.MustCompile(`@container \(min-width: (\d+)px\) \{ \.chart \{ width: (\d+)px; \} ` +
		`\.chart > svg\[data-w\] \{ display: none; \} \.chart > svg\[data-w="(\d+)"\] \{ display: block; \} \}`)
	var widths []int
	for _, m := range rule.FindAllStringSubmatch(string(css), -1) {
		if m[1] != m[2] || m[2] != m[3] {
			t.Errorf("a box from %spx wide makes the chart %spx and shows the drawing %spx wide", m[1], m[2], m[3])
		}
		w, _ := strconv.Atoi(m[1])
		widths = append(widths, w)
	}
	if !slices.Equal(widths, site.ChartWidths) {
		t.Errorf("the stylesheet sizes charts at %v px, the server draws them at %v", widths, site.ChartWidths)
	}
	if n := strings.Count(string(css), "@container"); n != len(widths) {
		t.Errorf("the stylesheet has %d container queries, %d of them the charts' widths", n, len(widths))
	}
	if first := fmt.Sprintf(`.chart > svg[data-w="%d"] { display: block; }`, site.ChartWidths[0]); !strings.Contains(string(css), "\n"+first) {
		t.Errorf("a box narrower than every width shows no drawing: want %q outside the queries", first)
	}
}

// TestStylesheetGivesDrawnTextsWhatThePageLeftOut: a page's drawings leave
// out of each text the baseline and family every text shares
// (chartsvg.ForPage); without the stylesheet's rule giving them back, every
// label would sit off its place and change font at the takeover.
func TestStylesheetGivesDrawnTextsWhatThePageLeftOut(t *testing.T) {
	css, err := fs.ReadFile(web.FS(), "bilateral.css")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(css), "\n"+chartsvg.PageTextCSS+"\n") {
		t.Errorf("bilateral.css lacks the rule the drawings' texts rely on:\n%s", chartsvg.PageTextCSS)
	}
}

// TestUndrawnPageNotKept: a page made while one of its charts could not be
// drawn (under load, its drawing ran out of time) is served as it is but
// made again, drawn, for the next reader, and that page is kept. Only the
// page with the undrawn chart is refused: the cache once refused every page
// made while any drawing failed, so under a burst of cold pages almost none
// was kept and each was drawn again and again.
func TestUndrawnPageNotKept(t *testing.T) {
	servertest.Site(t)
	h := site.New(servertest.EmbeddedOptions()) // its own page cache
	calls, failNext := 0, false
	components.ServerDrawings = func(option string, height, maxWidth int, links map[string]string) []string {
		calls++
		if failNext {
			failNext = false
			return nil
		}
		return []string{`<svg data-w="310" aria-hidden="true"></svg>`}
	}
	t.Cleanup(func() { components.ServerDrawings = nil })

	failNext = true
	if body := servertest.Body(t, h, "/trade"); !strings.Contains(body, `data-drawn="server"`) || strings.Count(body, `data-chart="`) == strings.Count(body, `data-drawn="server"`) {
		t.Fatal("/trade came with every chart drawn, or none: the failed drawing was not the only one missing")
	}
	if body := servertest.Body(t, h, "/energy"); strings.Count(body, `data-chart="`) != strings.Count(body, `data-drawn="server"`) {
		t.Fatal("/energy came with a chart undrawn")
	}
	before := calls
	if body := servertest.Body(t, h, "/trade"); strings.Count(body, `data-chart="`) != strings.Count(body, `data-drawn="server"`) {
		t.Error("the second /trade still has a chart undrawn: the undrawn page was kept")
	}
	if calls == before {
		t.Error("the second /trade drew nothing: the page with an undrawn chart was kept")
	}
	before = calls
	servertest.Body(t, h, "/trade")
	servertest.Body(t, h, "/energy")
	if calls != before {
		t.Errorf("%d drawings for pages made whole before: a whole page was not kept", calls-before)
	}
}
