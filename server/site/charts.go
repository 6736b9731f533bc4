//go:build !wasm

package site

import (
	"context"
	"fmt"
	"log/slog"
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
)

// drawFailures counts the charts the server could not draw; a page made
// while it moved is not kept in the page cache (pagedFromCache).
var drawFailures atomic.Uint64

// DrawCharts makes the prerendered pages carry every chart drawn
// (components.ServerDrawings). A binary built without the ECharts bundle
// does not start: it would serve blank charts without saying why.
func DrawCharts(log *slog.Logger) error {
	r, err := chartsvg.New(chartsvg.Options{
		Warn: func(s string) { log.Warn("ECharts warns while drawing a chart on the server", "msg", s) },
	})
	if err != nil {
		return err
	}
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
