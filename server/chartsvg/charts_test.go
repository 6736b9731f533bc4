//go:build !wasm

package chartsvg

import (
	"context"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"bilateral/app"
	"bilateral/data"
)

// appCharts builds every chart of every view from the embedded dataset.
func appCharts(t *testing.T) []app.BuiltChart {
	t.Helper()
	return appChartsIn(t, "en")
}

// eachDrawing draws every chart of every view in every language at each
// of widths, light, and hands each drawing to check; a drawing that fails
// is reported and skipped.
func eachDrawing(t *testing.T, r *Renderer, widths []int, check func(lang string, c app.BuiltChart, width int, svg []byte)) {
	t.Helper()
	for _, lang := range []string{"en", "ru", "az"} {
		for _, c := range appChartsIn(t, lang) {
			for _, width := range widths {
				svg, err := r.Render(context.Background(), []byte(c.Option), width, heightOf(c), false)
				if err != nil {
					t.Errorf("%s %s at %d px: %v", lang, c.ID, width, err)
					continue
				}
				check(lang, c, width, svg)
			}
		}
	}
}

// appChartsIn is appCharts in language lang.
func appChartsIn(t *testing.T, lang string) []app.BuiltChart {
	t.Helper()
	d, err := data.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	list, err := app.AllCharts(d, lang)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) < 10 { // ten since two charts that encoded nothing were dropped (issue 14)
		t.Fatalf("only %d charts built", len(list))
	}
	return list
}

// shownText is the text an option asks ECharts to show: category names and
// label texts that are plain strings (not {templates}).
func shownText(t *testing.T, option string) []string {
	t.Helper()
	var o any
	if err := json.Unmarshal([]byte(option), &o); err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(key string, v any)
	walk = func(key string, v any) {
		switch v := v.(type) {
		case map[string]any:
			if key == "label" || key == "axisLabel" {
				if show, ok := v["show"].(bool); ok && !show {
					return
				}
				if f, ok := v["formatter"].(string); ok && !strings.ContainsAny(f, "{") {
					out = append(out, f)
				}
			}
			if key == "xAxis" || key == "yAxis" {
				label, _ := v["axisLabel"].(map[string]any)
				// A category axis with no gaps at its ends names a value
				// axis' ticks (app/charts/ticks.go), which the narrow layout
				// names anew: ticks, not names the reader must find.
				if v["type"] == "category" && label["show"] != false && v["boundaryGap"] != false {
					for _, c := range v["data"].([]any) {
						if s, ok := c.(string); ok {
							out = append(out, s)
						}
					}
				}
			}
			for k, x := range v {
				if k != "tooltip" && k != "aria" {
					walk(k, x)
				}
			}
		case []any:
			for _, x := range v {
				walk(key, x)
			}
		}
	}
	walk("", o)
	return out
}

var space = regexp.MustCompile(`\s+`)

// TestEveryChartDraws draws every chart the app builds, for both themes in
// one SVG as pages carry it: well-formed, showing the chart's text, still
// (no hover classes or hit areas), and without a warning from ECharts'
// development checks.
func TestEveryChartDraws(t *testing.T) {
	r := renderer(t)
	ids := map[string]string{}
	drawings := map[string]string{}
	idAttr := regexp.MustCompile(` id="([^"]+)"`)
	for _, c := range appCharts(t) {
		takeWarnings()
		svg, err := r.RenderThemed(context.Background(), []byte(c.Option), 800, heightOf(c))
		if err != nil {
			t.Errorf("%s: %v", c.ID, err)
			continue
		}
		for _, w := range takeWarnings() {
			t.Errorf("%s: ECharts warns: %s", c.ID, w)
		}
		// A still picture: what only the live chart uses is left out
		// (still.go), here as ECharts really writes it.
		for _, live := range []string{"-cls-", "CDATA", "pointer-events"} {
			if strings.Contains(string(svg), live) {
				t.Errorf("%s: the drawing keeps %q, which only the live chart uses", c.ID, live)
			}
		}
		text := " " + space.ReplaceAllString(strings.Join(svgText(t, svg), " "), " ") + " "
		want := shownText(t, c.Option)
		if len(want) == 0 {
			t.Errorf("%s: the option shows no text to look for", c.ID)
		}
		for _, s := range want {
			if !strings.Contains(text, " "+space.ReplaceAllString(s, " ")+" ") {
				t.Errorf("%s: SVG lacks %q", c.ID, s)
			}
		}
		// Ids must be unique on a page holding every chart. Two charts drawn
		// from the same option (the Overview repeats the trade chart) are
		// the same drawing, so sharing its patterns' ids changes nothing.
		for _, m := range idAttr.FindAllStringSubmatch(string(svg), -1) {
			if other, ok := ids[m[1]]; ok && drawings[other] != string(svg) {
				t.Errorf("%s: id %q is also in %s", c.ID, m[1], other)
			}
			ids[m[1]] = c.ID
		}
		drawings[c.ID] = string(svg)
		if again, err := r.RenderThemed(context.Background(), []byte(c.Option), 800, heightOf(c)); err != nil || string(again) != string(svg) {
			t.Errorf("%s: drawn twice, the SVGs differ (%v)", c.ID, err)
		}
	}
}

// heightOf is the chart's height on the page.
func heightOf(c app.BuiltChart) int {
	if c.Height == 0 {
		return 320
	}
	return c.Height
}

// TestDrawingsAtManyWidthsAreEachAlone: ECharts lays a chart out again for
// each further width after reading the option once, and each of those
// drawings must be the one made at that width alone, or the page would show
// a drawing ECharts in the browser (which draws at one width) does not
// make. Drawn in the order asked, a wide chart after a narrow one kept
// traces of the narrow layout (the option's media query) on every chart.
func TestDrawingsAtManyWidthsAreEachAlone(t *testing.T) {
	r := renderer(t)
	widths := []int{600, 310, 960, 340, 325, 800, 360, 480}
	for _, c := range appCharts(t) {
		together, err := r.RenderThemedWidths(context.Background(), []byte(c.Option), widths, heightOf(c))
		if err != nil {
			t.Fatalf("%s: %v", c.ID, err)
		}
		for i, w := range widths {
			alone, err := r.RenderThemed(context.Background(), []byte(c.Option), w, heightOf(c))
			if err != nil {
				t.Fatalf("%s at %d px: %v", c.ID, w, err)
			}
			if string(alone) != string(together[i].Standalone()) {
				t.Errorf("%s at %d px: the drawing made after others differs from the one made alone", c.ID, w)
			}
		}
	}
}

// TestDarkDrawnOnce: the charts the app builds are drawn dark at their
// widest width only, their narrower dark drawings recoloured from their
// light ones (RenderThemedWidths), and each recoloured drawing is the dark
// drawing itself, in every language (TestDrawingsAtManyWidthsAreEachAlone
// checks the English pages whole). It also fails when the charts mostly
// fall back to drawing dark at every width, which costs a chart 7 of its
// 16 drawings more: a cold page's cost on the server is its drawings. A
// width whose light drawing has a value the widest does not map (a title's
// font made smaller for a narrow chart, where its colour is one the dark
// theme gives two values) is drawn dark.
func TestDarkDrawnOnce(t *testing.T) {
	r := renderer(t)
	widths := []int{960, 800, 600, 480, 360, 340, 325, 310}
	ctx := context.Background()
	for _, lang := range []string{"en", "ru", "az"} {
		recolourable, all := 0, 0
		for _, c := range appChartsIn(t, lang) {
			light, err := r.renumbered(ctx, []byte(c.Option), widths, heightOf(c), "")
			if err != nil {
				t.Fatal(err)
			}
			dark, err := r.renumbered(ctx, []byte(c.Option), widths, heightOf(c), "dark")
			if err != nil {
				t.Fatal(err)
			}
			got, unrecoloured := darkFrom(light, dark[0])
			var fell []int
			for _, i := range unrecoloured {
				fell = append(fell, widths[i])
			}
			for i := 1; i < len(widths); i++ {
				all++
				if got[i] == "" {
					continue
				}
				recolourable++
				if got[i] != dark[i] {
					t.Errorf("%s %s at %d px: recoloured from the light drawing, it is not the dark drawing", lang, c.ID, widths[i])
				}
			}
			if len(fell) > 0 {
				t.Logf("%s %s: drawn dark at %v px too", lang, c.ID, fell)
			}
		}
		t.Logf("%s: %d of %d narrower dark drawings recoloured instead of drawn", lang, recolourable, all)
		if recolourable*10 < all*9 {
			t.Errorf("%s: only %d of %d narrower dark drawings recoloured, want at least 90%%", lang, recolourable, all)
		}
	}
}
