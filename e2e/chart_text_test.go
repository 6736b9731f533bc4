//go:build browser

package e2e

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chartText is one text ECharts drew: its box in the page, its colour, the
// colour behind it and whether ECharts hid it.
type chartText struct {
	Chart  string  `json:"chart"`
	Text   string  `json:"text"`
	X      float64 `json:"x"`
	Y      float64 `json:"y"`
	W      float64 `json:"w"`
	H      float64 `json:"h"`
	Fill   string  `json:"fill"`
	Behind string  `json:"behind"`
	Hidden bool    `json:"hidden"`
	Data   bool    `json:"data"` // a label of a mark, not an axis tick
}

// readChartText reads every text of every chart on the page from ECharts'
// own scene (the canvas has no DOM to measure): labels, axis names and
// ticks, titles. A text drawn inside a mark is judged against the mark's
// fill; any other against the card behind the chart.
const readChartText = `(() => {
  const rgb = s => { const c = document.createElement('canvas').getContext('2d'); c.fillStyle = s; return c.fillStyle; };
  const cardOf = el => { for (let e = el; e; e = e.parentElement) { const b = getComputedStyle(e).backgroundColor;
    if (b && b !== 'transparent' && !/rgba\(.*, 0\)$/.test(b)) return b; } return 'rgb(255, 255, 255)'; };
  const out = [];
  document.querySelectorAll('[data-chart]').forEach(el => {
    const inst = echarts.getInstanceByDom(el);
    if (!inst) return;
    const card = cardOf(el);
    for (const d of inst.getZr().storage.getDisplayList(true, true)) {
      // zrender draws a label as tspans, one a line, children of its Text.
      if (d.type !== 'tspan' || !d.style || !d.style.text || d.style.opacity === 0) continue;
      const label = d.parent || d;
      const r = d.getBoundingRect().clone(); r.applyTransform(d.getComputedTransform());
      let behind = card;
      const host = label.__hostTarget;
      if (label.style && label.style.backgroundColor && typeof label.style.backgroundColor === 'string') behind = label.style.backgroundColor;
      else if (host && host.textConfig && /inside/i.test(String(host.textConfig.position || '')) && host.style && typeof host.style.fill === 'string') {
        const f = rgb(host.style.fill);
        if (!/rgba/.test(f) || parseFloat(f.split(',')[3]) > 0.5) behind = f;
      }
      out.push({chart: el.dataset.chart, text: String(d.style.text), x: r.x, y: r.y, w: r.width, h: r.height,
        fill: typeof d.style.fill === 'string' ? rgb(d.style.fill) : '', behind: rgb(behind), hidden: !!(d.ignore || d.invisible || label.ignore || label.invisible), data: !!host});
    }
  });
  return out;
})()`

// chartViews are the views with charts, and their paths.
var chartViews = []struct{ path, view string }{
	{"/", "overview"}, {"/trade", "trade"}, {"/energy", "energy"},
	{"/diplomacy", "diplomacy"}, {"/legal", "legal"}, {"/timeline", "timeline"},
}

// openThemed opens path at width in theme, the stored choice set before the
// page loads as a returning reader's would be, and waits until it is ready.
func openThemed(t *testing.T, tb *tab, path, view, theme string, width int) {
	t.Helper()
	err := chromedp.Run(tb.ctx,
		chromedp.EmulateViewport(int64(width), 900),
		chromedp.Navigate(baseURL+"/healthz"),
		chromedp.Evaluate(`localStorage.setItem("bilateral.theme", "`+theme+`")`, nil),
		chromedp.Navigate(baseURL+path),
	)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	if err := tb.waitReady(view, readyTimeout); err != nil {
		t.Fatal(err)
	}
}

// loadThemed opens path at width in theme, as a returning reader's stored
// choice would, and waits for every chart to be drawn by ECharts.
func loadThemed(t *testing.T, tb *tab, path, view, theme string, width int) {
	t.Helper()
	openThemed(t, tb, path, view, theme, width)
	deadline := time.Now().Add(readyTimeout)
	for {
		var pending int
		tb.eval(t, `[...document.querySelectorAll('[data-chart]')].filter(el => el.dataset.rendered !== 'true').length`, &pending)
		if pending == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d charts not drawn", pending)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// chartTextRuns are the languages, themes and widths TestChartTextReadable
// reads. English runs the full cross product; Russian and Azerbaijani, whose
// words and numbers run longest, run where they break first (375 px, both
// themes) and the desktop once (1440 px light): the dark desktop changes only
// colours, which the English run checks, and the full product for three
// languages would triple a run that is already the suite's longest.
var chartTextRuns = []struct {
	lang   string // URL prefix, "" for English
	theme  string
	widths []int
}{
	{"", "light", []int{375, 1440}}, {"", "dark", []int{375, 1440}},
	{"ru", "light", []int{375, 1440}}, {"ru", "dark", []int{375}},
	{"az", "light", []int{375, 1440}}, {"az", "dark", []int{375}},
}

// TestChartTextReadable checks, per view and language at 375 and 1440 px and
// in both themes, that no two texts of a chart overprint each other, that
// ECharts hid no mark's label, and that every chart text reaches WCAG AA
// contrast (4.5:1) against what is behind it.
func TestChartTextReadable(t *testing.T) {
	for _, run := range chartTextRuns {
		for _, width := range run.widths {
			for _, v := range chartViews {
				lang, theme, path := run.lang, run.theme, v.path
				name := fmt.Sprintf("%s-%s-%d", v.view, theme, width)
				if lang != "" {
					path = "/" + lang + strings.TrimSuffix(v.path, "/")
					if path == "/"+lang {
						path += "/"
					}
					name = lang + "-" + name
				}
				t.Run(name, func(t *testing.T) {
					tb := newTab(t, 90*time.Second)
					loadThemed(t, tb, path, v.view, theme, width)
					var texts []chartText
					tb.eval(t, readChartText, &texts)
					if len(texts) == 0 && v.view != "legal" {
						t.Fatal("no chart text read")
					}
					for i, a := range texts {
						// An axis may thin its ticks; a mark's label is data.
						if a.Hidden && a.Data {
							t.Errorf("%s: %q hidden by ECharts", a.Chart, a.Text)
						}
						if r := contrastOf(a.Fill, a.Behind); a.Fill != "" && r < 4.5 {
							t.Errorf("%s: %q is %s on %s, contrast %.2f (want 4.5)", a.Chart, a.Text, a.Fill, a.Behind, r)
						}
						for _, b := range texts[i+1:] {
							if a.Chart == b.Chart && !a.Hidden && !b.Hidden && overlap(a, b) > 2 {
								t.Errorf("%s: %q (%.0f,%.0f %.0fx%.0f) and %q (%.0f,%.0f %.0fx%.0f) overprint (%.0f px)", a.Chart, a.Text, a.X, a.Y, a.W, a.H, b.Text, b.X, b.Y, b.W, b.H, overlap(a, b))
							}
						}
					}
					if t.Failed() {
						tb.screenshot(t, "chart-text-"+name)
					}
				})
			}
		}
	}
}

// overlap is how many pixels two boxes overlap by on their narrower side.
func overlap(a, b chartText) float64 {
	w := math.Min(a.X+a.W, b.X+b.W) - math.Max(a.X, b.X)
	h := math.Min(a.Y+a.H, b.Y+b.H) - math.Max(a.Y, b.Y)
	if w <= 0 || h <= 0 {
		return 0
	}
	return math.Min(w, h)
}

// contrastOf is WCAG's contrast ratio of two CSS colours as a canvas writes
// them ("#rrggbb" or "rgba(r, g, b, a)"); a translucent text is blended on
// its background first.
func contrastOf(fg, bg string) float64 {
	fr, fgG, fb, fa := parseColour(fg)
	br, bgG, bb, _ := parseColour(bg)
	fr, fgG, fb = fr*fa+br*(1-fa), fgG*fa+bgG*(1-fa), fb*fa+bb*(1-fa)
	l1, l2 := lum(fr, fgG, fb), lum(br, bgG, bb)
	if l1 < l2 {
		l1, l2 = l2, l1
	}
	return (l1 + 0.05) / (l2 + 0.05)
}

func parseColour(s string) (r, g, b, a float64) {
	a = 1
	if strings.HasPrefix(s, "#") && len(s) == 7 {
		n, _ := strconv.ParseUint(s[1:], 16, 32)
		return float64(n >> 16 & 0xff), float64(n >> 8 & 0xff), float64(n & 0xff), 1
	}
	s = strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(s, "rgba("), "rgb("), ")")
	parts := strings.Split(s, ",")
	v := make([]float64, 4)
	v[3] = 1
	for i := 0; i < len(parts) && i < 4; i++ {
		v[i], _ = strconv.ParseFloat(strings.TrimSpace(parts[i]), 64)
	}
	return v[0], v[1], v[2], v[3]
}

func lum(r, g, b float64) float64 {
	lin := func(c float64) float64 {
		c /= 255
		if c <= 0.03928 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}
