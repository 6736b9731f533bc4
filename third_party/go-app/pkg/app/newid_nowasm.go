//go:build !wasm

package app

import "github.com/google/uuid"

// newID is a random UUID (see newid_wasm.go for why the browser's differs).
func newID() string { return uuid.NewString() }
