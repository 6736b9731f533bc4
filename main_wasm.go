//go:build wasm

package main

// serve is the server's entry point; the Wasm client never serves, and
// RunWhenOnBrowser does not return there.
func serve() {}
