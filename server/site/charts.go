//go:build !wasm

package site

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"time"

	"bilateral/components"
	"bilateral/server/chartsvg"
)

// chartWidths are the widths the server draws each chart at. The page
// carries one SVG per width and web/bilateral.css shows the one for the
// chart's box (a phone's or a wider screen's), so text is never shrunk to
// unreadable nor the chart left narrow on a desktop before ECharts redraws
// it at the box's exact width.
var chartWidths = []struct {
	name string
	px   int
}{{"narrow", 360}, {"wide", 960}}

const (
	// chartCacheSize bounds the drawings kept: every chart of every view in
	// every state the URL can name is far fewer than this.
	chartCacheSize = 1024
	// chartDrawTime bounds the drawings of one chart for one page.
	chartDrawTime = 10 * time.Second
	// chartRuntimes draw at once: each holds ECharts (3.7 MB) and the
	// garbage of its drawings, and pages are drawn once (the page cache
	// keeps them), so memory matters more than a cold page's wait.
	chartRuntimes = 1
	// chartIdle is how long the drawing runtimes and the compiled ECharts
	// are kept after the last drawing: past the burst of a service worker's
	// install, which fetches every page at once.
	chartIdle = 30 * time.Second
)

// renderSlots bounds the pages go-app renders at once (those the page cache
// does not hold; its scripts, answered from memory, take none: see
// goappResources): their charts are drawn chartRuntimes at a time anyway,
// and ten pages made at once held ~8 MB of half-built pages waiting for the
// runtime. One more than the runtimes keeps a page being built while another
// is drawn.
var renderSlots = make(chan struct{}, chartRuntimes+1)

// drawer is the Renderer DrawCharts set up (tests look at its runtimes).
var drawer *chartsvg.Renderer

// drawFailures counts the charts the server could not draw; a page made
// while it moved is not kept in the page cache (pagedFromCache).
var drawFailures atomic.Uint64

// DrawCharts makes the prerendered pages carry every chart drawn
// (components.ServerDrawings). A binary built without the ECharts bundle,
// or with one that does not load, does not start: it would serve blank
// charts without saying why. The runtime loaded to check that is kept for
// the first drawings; the runtimes are dropped, and the memory given back
// to the system, chartIdle after the last drawing.
func DrawCharts(log *slog.Logger) error {
	r := chartsvg.New(chartsvg.Options{
		Runtimes:  chartRuntimes,
		IdleAfter: chartIdle,
		Idle:      debug.FreeOSMemory,
		Warn:      func(s string) { log.Warn("ECharts warns while drawing a chart on the server", "msg", s) },
	})
	if err := r.Check(); err != nil {
		return err
	}
	drawer = r
	cache := chartsvg.NewCache(r, chartCacheSize)
	components.ServerDrawings = func(option string, height int, links map[string]string) []string {
		ctx, cancel := context.WithTimeout(context.Background(), chartDrawTime)
		defer cancel()
		out := make([]string, 0, len(chartWidths))
		for _, w := range chartWidths {
			svg, err := cache.Themed(ctx, []byte(option), w.px, height)
			if err != nil {
				// The page still works: the Wasm draws the chart.
				drawFailures.Add(1)
				log.Warn("a chart was not drawn on the server", "err", err)
				return nil
			}
			s, ok := strings.CutPrefix(string(svg), "<svg ")
			if !ok {
				drawFailures.Add(1)
				log.Warn("a chart was not drawn on the server", "err", fmt.Sprintf("drawing starts %.20q", svg))
				return nil
			}
			out = append(out, chartsvg.Linked(`<svg data-w="`+w.name+`" aria-hidden="true" `+s, []byte(option), links))
		}
		return out
	}
	return nil
}
