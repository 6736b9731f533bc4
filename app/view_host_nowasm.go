//go:build !wasm

package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// hostDOM is the browser's: the server sends one view and keeps nothing.
type hostDOM struct{}

func (d *hostDOM) forget() {}

// settled has nothing to show on the server: the page is the HTML written.
func (h *viewHost) settled(goapp.Context, int) {}
