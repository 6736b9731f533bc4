//go:build wasm

package main

import (
	"os"
	"syscall/js"

	"bilateral/app"
	"bilateral/components"
)

// The Go runtime has started once package initialisation runs: a phase of
// the start for the bench (bench/phases.go), after app.js's goapp:go-start.
// Run by go-app's compile worker to warm the module up (GOAPP_WARMUP, go-app
// patch 7), the program does only that and ends.
func init() {
	if os.Getenv("GOAPP_WARMUP") != "" {
		if err := app.Warmup(); err != nil {
			os.Exit(1)
		}
		os.Exit(0)
	}
	if perf := js.Global().Get("performance"); perf.Truthy() {
		perf.Call("mark", "bilateral:go-main")
	}
	components.RequestECharts()
}

// serve is the server's entry point; the Wasm client never serves, and
// RunWhenOnBrowser does not return there.
func serve() {}
