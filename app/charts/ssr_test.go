//go:build !wasm

package charts

import (
	"context"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"bilateral/server/chartsvg"
)

// TestECharts6Draws proves ECharts 6 accepts every builder's JSON: drawn by
// the server's engine (server/chartsvg: ECharts' own SVG renderer with its
// development checks, in goja), with no error, no warning, and an SVG that
// shows the text we put in.
func TestECharts6Draws(t *testing.T) {
	var mu sync.Mutex
	var said []string
	r := chartsvg.New(chartsvg.Options{Runtimes: 1, Timeout: time.Minute, Warn: func(s string) {
		mu.Lock()
		said = append(said, s)
		mu.Unlock()
	}})

	d := dataset(t)
	lanes, laneOf := byCategory(d)
	build := map[string]func() (Chart, error){
		"oil": func() (Chart, error) {
			return BarsOf(d, "en", BarSpec{Selected: "oil-2019", Series: []string{"oil-transit"}, Targets: []string{"oil-2018-agreed"}})
		},
		"trade": func() (Chart, error) {
			return Bars(d, "en", "trade-2023", "trade-annual", "trade-h1")
		},
		"investment": func() (Chart, error) {
			return FigureBars(d, "en", "", "investment-ru-az-2023", "investment-az-ru-2023", "fdi-ru-az-2023")
		},
		"companies": func() (Chart, error) {
			return Composition(d, "en", "", "companies-russian-capital", "companies-fully-russian", "companies-joint-ventures")
		},
		"timeline": func() (Chart, error) {
			return Timeline(d, "en", TimelineOptions{Events: d.Events, Lanes: lanes, LaneOf: laneOf, Selected: "gas-agreement-2022"})
		},
	}
	// Text each drawing must show (SVG escapes quotes, so none are used).
	want := map[string][]string{
		"oil":        {"agreed target", "Not reported", "about 900,000 t", "1.3–1.5 million t", "million tonnes"},
		"trade":      {"about $3.709 billion", "+17.5%", "<pattern", "Trade turnover"},
		"investment": {"over $8.7 billion", "$295 million", "billion US dollars"},
		"companies":  {"over 1,400", "nearly 300", "over 1,100", "approximate", "<pattern"},
		"timeline":   {"Oil and gas", "Non-Aligned Movement"},
	}

	// Text each drawing must keep at 360 px (labels may break into lines).
	narrowWant := map[string][]string{
		"oil":        {"900,000", "1.1", "600,000", "1.3–1.5", "agreed", "Not reported", "2018", "2022"},
		"trade":      {"$3.709", "$4.358", "$2.165", "$2.168", "+17.5%", "+0.15%", "2023", "H1 2024"},
		"investment": {"over $8.7", "over $1", "$295"},
	}

	for name, f := range build {
		c, err := f()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		svg, err := r.Render(context.Background(), []byte(c.Option.JSON()), 600, 400, false)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		mu.Lock()
		for _, w := range said {
			t.Errorf("%s: ECharts warns: %s", name, w)
		}
		said = nil
		mu.Unlock()
		if len(svg) < 2000 || !strings.HasPrefix(string(svg), "<svg") {
			t.Errorf("%s: SVG of %d bytes is too small to be the chart", name, len(svg))
		}
		for _, s := range want[name] {
			if !strings.Contains(string(svg), s) {
				t.Errorf("%s: SVG lacks %q", name, s)
			}
		}
		if dir := os.Getenv("CHARTS_KEEP_SVG"); dir != "" {
			_ = os.WriteFile(filepath.Join(dir, name+".svg"), svg, 0o644)
		}
		// On a phone's width the narrow media query applies; no value
		// label is dropped for it.
		phone, err := r.Render(context.Background(), []byte(c.Option.JSON()), 360, 400, false)
		if err != nil {
			t.Errorf("%s at 360 px: %v", name, err)
			continue
		}
		for _, s := range narrowWant[name] {
			if !strings.Contains(string(phone), s) {
				t.Errorf("%s at 360 px: SVG lacks %q", name, s)
			}
		}
		if dir := os.Getenv("CHARTS_KEEP_SVG"); dir != "" {
			_ = os.WriteFile(filepath.Join(dir, name+"-360.svg"), phone, 0o644)
		}
	}
}

// TestValueAxesSpeakTheLanguage: a Russian or Azerbaijani chart's value
// axis writes its ticks as the page does ("1 200", "0,5"), never in
// ECharts' English ("1,200" reads as 1.2 in Russian), in the server's
// drawing at a desktop's and a phone's width alike.
func TestValueAxesSpeakTheLanguage(t *testing.T) {
	r := chartsvg.New(chartsvg.Options{Runtimes: 1, Timeout: time.Minute})
	d := dataset(t)
	english := regexp.MustCompile(`^[0-9]{1,3}(,[0-9]{3})+$|^[0-9]+\.[0-9]{1,2}$`)
	text := regexp.MustCompile(`<text[^>]*>([^<]*)</text>`)
	for _, lang := range []string{"ru", "az"} {
		build := valueAxisCharts(d, lang)
		// Ticks each drawing must write in lang, wide and narrow.
		thousand := map[string]string{"ru": "1\u00a0200", "az": "1.200"}[lang]
		want := map[string][2][]string{
			"oil":       {{"0", "0,5", "1", "1,5"}, {"0", "1", "2"}},
			"companies": {{"0", "300", thousand}, {"0", "300", thousand}},
		}
		for name, f := range build {
			c, err := f()
			if err != nil {
				t.Fatalf("%s %s: %v", lang, name, err)
			}
			for k, width := range []int{600, 360} {
				svg, err := r.Render(context.Background(), []byte(c.Option.JSON()), width, 400, false)
				if err != nil {
					t.Fatalf("%s %s at %d px: %v", lang, name, width, err)
				}
				seen := map[string]bool{}
				for _, m := range text.FindAllStringSubmatch(string(svg), -1) {
					s := html.UnescapeString(m[1])
					seen[s] = true
					if english.MatchString(s) {
						t.Errorf("%s %s at %d px: a tick in English: %q", lang, name, width, s)
					}
				}
				for _, w := range want[name][k] {
					if !seen[w] {
						t.Errorf("%s %s at %d px: no tick %q in %q", lang, name, width, w, keys(seen))
					}
				}
			}
		}
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
