//go:build !wasm

// Package chartsvg draws the app's charts on the server: the ECharts option
// app/charts builds for the browser, drawn by ECharts 6.1's own server-side
// SVG renderer, run inside the Go binary by the pure-Go JavaScript engine
// goja on an esbuild bundle of our ECharts build with only the SVG renderer
// (tools/echarts/ssr-entry.js, built by `make deps` into bundle/ and
// embedded). No Node.js at run time; a -data file is drawn the same way.
//
// A Renderer loads runtimes with the bundle when drawings need them (a goja
// runtime is not goroutine-safe; Options.Runtimes draw at once) and, with
// Options.IdleAfter, drops them and the compiled bundle when idle; it bounds each drawing's time (goja's
// Interrupt on a timer and on the caller's context) and its input size, and
// never reuses a runtime that was interrupted or panicked. The bundle is
// compiled as the several scripts the build cut it into (scripts.go):
// compiled whole, its syntax tree was the server's highest memory.
//
// RenderThemed gives one SVG for both themes: the light drawing plus a
// <style> that recolours, when the page is dark, what ECharts' dark theme
// colours differently (theme.go). RenderThemedWidths gives a chart's
// drawings at several widths with their dark rules kept apart, and
// OneDarkStyle one <style> for them all. The drawing is a still picture: what
// only the live chart uses (hover rules, hit areas, shapes no theme paints)
// is left out (still.go); in a page, what the page's stylesheet gives
// every text is left out too (ForPage, page_text.go). Ids and classes are
// renamed after the drawing's content, so equal drawings are equal bytes
// and charts on one page never share a name (svg.go).
//
// # Measured
//
// `go run ./tools/chartsvg-measure` on the 12 charts the app builds (2 Dec
// 2026, 2 cores shared with five other builds at load average ~20, so wall
// times are inflated; CPU times are the steadier figure):
//
//   - bundle: 667 kB (228 kB gzip) embedded; it keeps ECharts' development
//     checks (+16 kB) so tests see its warnings.
//   - load: compiling the bundle once 0.47 s CPU (8.6 MB heap, shared;
//     0.23 s in eight scripts, 4 Dec 2026);
//     each runtime then 27–38 ms CPU (62–200 ms wall) and 3.7 MB heap.
//   - time a drawing (800 px wide, one theme, 9 runs each): CPU per drawing
//     from 55 ms (diplomacy-meetings) to 157 ms (timeline-events); wall min
//     77 ms, median 250 ms, max 1.5 s under that load. A themed SVG is two
//     drawings.
//   - SVG bytes, all 12 charts (raw / gzip): light 96,294 / 14,775; dark
//     98,241 / 14,923; both drawings (theme by CSS display) 194,535 / 18,399;
//     one themed SVG 105,601 / 16,476, so the themed SVG is kept: 46% fewer
//     raw bytes, 10% fewer gzip bytes and half the DOM. Per chart, themed:
//     3.8–21.7 kB raw, 0.8–2.2 kB gzip (the timeline the largest).
//   - binary: bin/bilateral (make build, web/ embedded) grows from 24.7 MB
//     to 34.5 MB (gzip 11.2 to 14.2 MB). Beside goja, x/text/collate and
//     regexp2, goja's reflect Method lookups turn off the linker's
//     dead-method elimination, so every exported method of every linked
//     type stays (go-app's too).
//
// In the server (server/site/charts.go, components.ServerDrawings) each chart
// is drawn at 360 and 960 px, themed, and cached; pages grow by 2.4–3.6 kB
// brotli (/trade 4.0 to 7.6 kB, /timeline 3.4 to 6.4 kB). Start-up costs
// 5.1 s CPU instead of 0.7 s (compiling the bundle, and drawing every
// view's charts while the CSP hashes are taken), and resident memory is
// 85–104 MB instead of 35–41 MB: 31 MB of it the binary's mapped pages
// (23.5 before), the rest Go heap for about 9 MB live (compiled bundle,
// runtimes, cache) and the garbage goja's drawing leaves between
// collections.
package chartsvg
