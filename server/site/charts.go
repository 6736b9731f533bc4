//go:build !wasm

package site

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"bilateral/components"
	"bilateral/server/chartsvg"
)

// chartWidths are the widths, in CSS pixels, the server draws each chart
// at. The page carries one SVG per width, and web/bilateral.css makes each
// chart the widest of them its box holds and shows that drawing, so text is
// drawn at its size, never scaled, and ECharts, once the Wasm runs, redraws
// the chart at that same width: nothing inside a chart moves at the
// takeover. A chart's box is the screen's width less 50 px up to 768 px; the
// first four widths are the boxes of the common phones (360, 375, 390 and
// 412 px screens; 393–430 px ones lose at most 20 px), the others keep a
// tablet's or a desktop's chart within 15% of its box up to 960 px (a wider
// box centres a 960 px chart). Only a box narrower than the first width (a
// 320 px screen, a small embed) scales its drawing down and is redrawn at
// its own width. Each width is another SVG per chart in every page (about
// 1 kB compressed) and another drawing when a page is first made.
var chartWidths = []int{310, 325, 340, 360, 480, 600, 800, 960}

// widthsUpTo is chartWidths less those a box at most maxWidth px wide never
// shows (none left out when maxWidth is 0); the first always stays, since a
// narrower box scales it down.
func widthsUpTo(maxWidth int) []int {
	if maxWidth <= 0 {
		return chartWidths
	}
	n := 1
	for n < len(chartWidths) && chartWidths[n] <= maxWidth {
		n++
	}
	return chartWidths[:n]
}

const (
	// chartCacheSize bounds the drawings kept, and chartCacheBytes their
	// bytes: a drawing is 3–19 kB, and the views' charts in their plain
	// state take 0.7 MB at eight widths in one language (88 drawings). The
	// pages made from them stay in the page cache, so a drawing is asked
	// for again only by another page with the same chart (an embed, a deep
	// link that leaves the chart as it is), soon after: 1 MiB holds a
	// language's views. Every MiB held is one the collector has not under
	// the heap limit (server.go): thirty cold pages (every view, a deep
	// link and two embeds in three languages, ten at a time) peaked at
	// 62.2 MB for 47 s of CPU with 1 MiB, 64.3 MB for 66 s with 3 MiB
	// (4 Dec 2026; the server's memory has a 64 MB budget).
	chartCacheSize  = 1024
	chartCacheBytes = 1 << 20
	// chartDrawTime bounds how long a page waits for the drawings of one
	// chart; the drawing itself goes on, within the Renderer's own bound,
	// and is in the cache for the page's next request (chartsvg.Cache).
	chartDrawTime = 10 * time.Second
	// chartRuntimes draw at once: each holds ECharts (3.7 MB) and the
	// garbage of its drawings, and pages are drawn once (the page cache
	// keeps them), so memory matters more than a cold page's wait.
	chartRuntimes = 1
	// chartIdle is how long the drawing runtimes and the compiled ECharts
	// are kept after the last drawing: past the burst of a service worker's
	// install, which fetches every page at once (drawing without a pause,
	// renderSlots at a time), and not much longer. Held, they are ~15 MB of
	// the live heap, and under the heap limit (server.go) the collector then
	// ran every 25 ms on an 18 MB heap: the dataset, identity, 64 clients,
	// 7.7k req/s with them held, 11.2k on a server without them. The bench
	// measures it ~15 s after its last drawing: with 30 s it had them held,
	// 0.66x http.FileServer's rate; with 5 s, 0.78-0.79x (6 Dec 2026).
	// Loading them again costs the next cold page ~0.12 s.
	chartIdle = 5 * time.Second
)

// drawer is the Renderer DrawCharts set up (tests look at its runtimes).
var drawer *chartsvg.Renderer

// DrawCharts makes the prerendered pages carry every chart drawn
// (components.ServerDrawings). A binary built without the ECharts bundle,
// or with one that does not load, does not start: it would serve blank
// charts without saying why. The runtime loaded to check that is dropped
// at once (the first drawing loads its own); the runtimes are dropped, and
// the memory given back to the system, chartIdle after the last drawing.
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
	cache := chartsvg.NewCache(r, chartCacheSize, chartCacheBytes)
	components.ServerDrawings = func(option string, height, maxWidth int, links map[string]string) []string {
		ctx, cancel := context.WithTimeout(context.Background(), chartDrawTime)
		defer cancel()
		widths := widthsUpTo(maxWidth)
		drawings, err := cache.ThemedWidths(ctx, []byte(option), widths, height)
		if err != nil {
			// The page still works: the Wasm draws the chart. It is not
			// kept in the page cache (pageHandler).
			if errors.Is(err, context.DeadlineExceeded) {
				log.Warn("a chart was not drawn in time for its page; its next request gets it if the drawing ends", "err", err)
			} else {
				log.Warn("a chart was not drawn on the server", "err", err)
			}
			return nil
		}
		out := make([]string, 0, len(widths)+1)
		if style := chartsvg.OneDarkStyle(drawings); style != "" {
			out = append(out, style)
		}
		for i, d := range drawings {
			s, ok := strings.CutPrefix(string(d.SVG), "<svg ")
			if !ok {
				log.Warn("a chart was not drawn on the server", "err", fmt.Sprintf("drawing starts %.20q", d.SVG))
				return nil
			}
			out = append(out, chartsvg.Linked(`<svg data-w="`+strconv.Itoa(widths[i])+`" aria-hidden="true" `+s, []byte(option), links))
		}
		return out
	}
	return nil
}
