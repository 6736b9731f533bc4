//go:build browser

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// axeSource is axe-core from node_modules (installed by `make deps`), read
// once; it is injected into pages by the test only, never served.
func axeSource(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		t.Fatalf("axe-core missing (run make deps): %v", err)
	}
	return string(b)
}

type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  int    `json:"nodes"`
	Target string `json:"target"`
}

const runAxe = `new Promise((resolve, reject) => {
	axe.run(document, {resultTypes: ["violations"]}).then(r => resolve(r.violations
		.filter(v => v.impact === "serious" || v.impact === "critical")
		.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,
			target: v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(" | ")}))), reject);
})`

// layout reports what matters for a reader on this width: whether the page
// scrolls sideways, and how wide the charts are against their containers.
type layout struct {
	ScrollWidth int    `json:"scrollWidth"`
	InnerWidth  int    `json:"innerWidth"`
	ChartsFit   bool   `json:"chartsFit"`
	Theme       string `json:"theme"`
}

const readLayout = `({
	scrollWidth: document.documentElement.scrollWidth,
	innerWidth: window.innerWidth,
	chartsFit: [...document.querySelectorAll('[data-chart] svg')].every(c =>
		c.getBoundingClientRect().width <= c.closest('[data-chart]').getBoundingClientRect().width + 1),
	theme: document.documentElement.getAttribute('data-theme') || "",
})`

// TestEveryViewAccessibleThemedResponsive loads every view in both themes at
// 375 and 1440 px: axe-core finds no serious or critical violation, nothing
// scrolls sideways, charts fit their boxes, and each combination is
// screenshotted for the README's gallery. A Russian and an Azerbaijani view
// are held to the same, once each: their words are longer and their <html
// lang> differs, which is what axe and the layout can catch there; the other
// themes and widths add nothing a translation changes.
func TestEveryViewAccessibleThemedResponsive(t *testing.T) {
	axe := axeSource(t)
	for _, theme := range []string{"light", "dark"} {
		for _, width := range []int{375, 1440} {
			for _, r := range routes {
				name := fmt.Sprintf("%s-%s-%d", r.view, theme, width)
				t.Run(name, func(t *testing.T) {
					checkAccessibleView(t, axe, r.path, r.view, "en", theme, width, "gallery-"+name)
				})
			}
		}
	}
	for _, r := range []struct{ path, view, lang string }{
		{"/ru/trade", "trade", "ru"},
		{"/az/energy", "energy", "az"},
	} {
		name := fmt.Sprintf("%s-%s-light-375", r.lang, r.view)
		t.Run(name, func(t *testing.T) {
			checkAccessibleView(t, axe, r.path, r.view, r.lang, "light", 375, "a11y-"+name)
		})
	}
}

// checkAccessibleView loads path in theme at width and holds it to axe-core,
// the layout rules and its <html lang>, saving the viewport as shot.
func checkAccessibleView(t *testing.T, axe, path, view, lang, theme string, width int, shot string) {
	t.Helper()
	tb := newTab(t, 90*time.Second)
	if view == "notfound" {
		tb.expect404(baseURL + path)
	}
	openThemed(t, tb, path, view, theme, width)
	var l layout
	var htmlLang string
	if err := chromedp.Run(tb.ctx,
		chromedp.Evaluate(readLayout, &l),
		chromedp.Evaluate(`document.documentElement.lang`, &htmlLang),
	); err != nil {
		t.Fatal(err)
	}
	if htmlLang != lang {
		t.Errorf("<html lang=%q>, want %q", htmlLang, lang)
	}
	if l.Theme != theme {
		t.Errorf("data-theme is %q, want %q", l.Theme, theme)
	}
	if l.ScrollWidth > l.InnerWidth {
		t.Errorf("page scrolls sideways: %d px wide in a %d px window", l.ScrollWidth, l.InnerWidth)
	}
	if !l.ChartsFit {
		t.Errorf("a chart is wider than its container")
	}
	var violations []axeViolation
	err := chromedp.Run(tb.ctx,
		chromedp.Evaluate(axe, nil),
		chromedp.Evaluate(runAxe, &violations, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
			return p.WithAwaitPromise(true)
		}),
	)
	if err != nil {
		t.Fatalf("axe: %v", err)
	}
	for _, v := range violations {
		t.Errorf("axe %s (%s): %s — %d nodes: %s", v.ID, v.Impact, v.Help, v.Nodes, v.Target)
	}
	tb.viewportShot(t, shot)
	checkConsoleAndOrigin(t, tb)
}

// viewportShot saves what the reader sees first (the viewport, not the
// whole page), the picture the README's gallery shows.
func (tb *tab) viewportShot(t *testing.T, name string) {
	t.Helper()
	var png []byte
	if err := chromedp.Run(tb.ctx,
		chromedp.Evaluate(`window.scrollTo(0, 0)`, nil),
		chromedp.CaptureScreenshot(&png)); err != nil {
		t.Errorf("screenshot: %v", err)
		return
	}
	if err := os.WriteFile(filepath.Join(outDir, "screenshots", name+".png"), png, 0o644); err != nil {
		t.Errorf("screenshot: %v", err)
	}
}
