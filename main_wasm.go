//go:build wasm

package main

import (
	"syscall/js"

	"bilateral/components"
)

// The Go runtime has started once package initialisation runs: a phase of
// the start for the bench (bench/phases.go), after app.js's goapp:go-start.
func init() {
	if perf := js.Global().Get("performance"); perf.Truthy() {
		perf.Call("mark", "bilateral:go-main")
	}
	components.RequestECharts()
}

// serve is the server's entry point; the Wasm client never serves, and
// RunWhenOnBrowser does not return there.
func serve() {}
