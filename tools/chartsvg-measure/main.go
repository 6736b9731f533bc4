//go:build !wasm

// Command chartsvg-measure measures the server's chart drawing
// (server/chartsvg) on every chart the app builds from the embedded
// dataset: bundle size, runtime load time and memory, time per drawing and
// SVG bytes (raw and gzip) for one SVG per theme versus one themed SVG.
//
//	go run ./tools/chartsvg-measure [-runs 9] [-width 800]
//
// Times are wall clock and process CPU; on a shared machine CPU is the
// steadier of the two.
package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"slices"
	"syscall"
	"time"

	"bilateral/app"
	"bilateral/data"
	"bilateral/server/chartsvg"
)

func main() {
	runs := flag.Int("runs", 9, "drawings of each chart to time")
	width := flag.Int("width", 800, "drawing width in pixels")
	flag.Parse()
	if err := run(*runs, *width); err != nil {
		fmt.Fprintln(os.Stderr, "chartsvg-measure:", err)
		os.Exit(1)
	}
}

// cpu is the process's user+system CPU time so far.
func cpu() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func heap() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

func gz(b []byte) int {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Len()
}

func run(runs, width int) error {
	ctx := context.Background()
	d, err := data.LoadDefault()
	if err != nil {
		return err
	}
	list, err := app.AllCharts(d, "en")
	if err != nil {
		return err
	}
	fmt.Printf("bundle: %d bytes\n", chartsvg.BundleSize())

	hStart := heap()
	t0, c0 := time.Now(), cpu()
	first := chartsvg.New(chartsvg.Options{Runtimes: 1})
	if err := load(first); err != nil {
		return err
	}
	fmt.Printf("first runtime (compile + load): %v wall, %v CPU\n", time.Since(t0).Round(time.Millisecond), (cpu() - c0).Round(time.Millisecond))
	h0 := heap()
	fmt.Printf("heap: %.1f MB for the compiled bundle\n", float64(h0-hStart)/1e6)
	r := chartsvg.New(chartsvg.Options{Runtimes: 1, Timeout: time.Minute})
	if err := load(r); err != nil {
		return err
	}
	const n = 4
	t0, c0 = time.Now(), cpu()
	var rs []*chartsvg.Renderer // one runtime each, loaded now
	for range n {
		rs = append(rs, chartsvg.New(chartsvg.Options{Runtimes: 1}))
		if err := load(rs[len(rs)-1]); err != nil {
			return err
		}
	}
	fmt.Printf("one more runtime (load): %v wall, %v CPU\n", (time.Since(t0) / n).Round(time.Millisecond), ((cpu() - c0) / n).Round(time.Millisecond))
	h1 := heap()
	fmt.Printf("heap: %.1f MB a runtime (%d+1 runtimes; the compiled bundle is shared)\n", float64(h1-h0)/1e6/(n+1), n)

	fmt.Printf("\n%-20s %6s | %22s %8s | %15s %15s %15s %15s\n", "chart", "height",
		"ms wall min/med/max", "ms CPU", "light raw/gz", "dark raw/gz", "both raw/gz", "themed raw/gz")
	var walls []time.Duration
	var sum [8]int
	for _, c := range list {
		h := c.Height
		if h == 0 {
			h = 320
		}
		opt := []byte(c.Option)
		var ws []time.Duration
		var light []byte
		c0 := cpu()
		for range runs {
			t := time.Now()
			light, err = r.Render(ctx, opt, width, h, false)
			if err != nil {
				return fmt.Errorf("%s: %w", c.ID, err)
			}
			ws = append(ws, time.Since(t))
		}
		cpuEach := (cpu() - c0) / time.Duration(runs)
		slices.Sort(ws)
		walls = append(walls, ws...)
		dark, err := r.Render(ctx, opt, width, h, true)
		if err != nil {
			return fmt.Errorf("%s dark: %w", c.ID, err)
		}
		themed, err := r.RenderThemed(ctx, opt, width, h)
		if err != nil {
			return fmt.Errorf("%s themed: %w", c.ID, err)
		}
		both := append(append([]byte{}, light...), dark...)
		sizes := [8]int{len(light), gz(light), len(dark), gz(dark), len(both), gz(both), len(themed), gz(themed)}
		for i := range sum {
			sum[i] += sizes[i]
		}
		ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
		fmt.Printf("%-20s %6d | %6.1f %6.1f %8.1f %8.1f | %7d %7d %7d %7d %7d %7d %7d %7d\n", c.ID, h,
			ms(ws[0]), ms(ws[len(ws)/2]), ms(ws[len(ws)-1]), ms(cpuEach),
			sizes[0], sizes[1], sizes[2], sizes[3], sizes[4], sizes[5], sizes[6], sizes[7])
	}
	fmt.Printf("%-20s %6s | %22s %8s | %7d %7d %7d %7d %7d %7d %7d %7d\n", "total", "", "", "",
		sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6], sum[7])
	slices.Sort(walls)
	fmt.Printf("\nall drawings: min %v, median %v, max %v wall\n", walls[0].Round(time.Millisecond/10),
		walls[len(walls)/2].Round(time.Millisecond/10), walls[len(walls)-1].Round(time.Millisecond/10))
	h2 := heap()
	fmt.Printf("heap after drawing: %.1f MB (%+.1f MB)\n", float64(h2-h0)/1e6, (float64(h2)-float64(h1))/1e6)
	runtime.KeepAlive(rs)
	return nil
}

// load makes r load a runtime and keep it, as its first drawing does (Check
// would drop it again).
func load(r *chartsvg.Renderer) error {
	_, err := r.Render(context.Background(), []byte(`{}`), 10, 10, false)
	return err
}
