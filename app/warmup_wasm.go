//go:build wasm

package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// Warmup is what the program does when go-app's compile worker runs it
// while the page waits for its reader (third_party/go-app/PATCHES.md,
// patch 7): the part of the page's start that needs no page — the
// dataset's fetch and decode, and every view written out as HTML — and
// nothing else. V8 compiles a Wasm function the first time any instance of
// the module runs it, and the worker's instance shares that code with the
// page's: the page's start then finds most of its Go compiled instead of
// compiling it on the reader's main thread.
func Warmup() error {
	d, err := loadDataset()
	if err != nil {
		return err
	}
	SetDataset(d)
	for _, v := range Views {
		goapp.HTMLString(v.page())
	}
	return nil
}
