//go:build !wasm

// Package chartsvg draws the app's charts on the server: the ECharts option
// app/charts builds for the browser, drawn by ECharts 6.1's own server-side
// SVG renderer, run inside the Go binary by the pure-Go JavaScript engine
// goja on an esbuild bundle of our ECharts build with only the SVG renderer
// (tools/echarts/ssr-entry.js, built by `make deps` into bundle/ and
// embedded). No Node.js at run time; a -data file is drawn the same way.
//
// A Renderer keeps a small pool of runtimes with the bundle loaded (a goja
// runtime is not goroutine-safe), bounds each drawing's time (goja's
// Interrupt on a timer and on the caller's context) and its input size, and
// never reuses a runtime that was interrupted or panicked.
//
// RenderThemed gives one SVG for both themes: the light drawing plus a
// <style> that recolours, when the page is dark, what ECharts' dark theme
// colours differently (theme.go). Ids and classes are renamed after the
// drawing's content, so equal drawings are equal bytes and charts on one
// page never share a name (svg.go).
package chartsvg
