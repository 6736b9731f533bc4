//go:build !linux && !wasm

package assets

// memFileRep: only Linux has memfd; elsewhere bodies are sent from memory.
func memFileRep([]byte) (representation, bool) { return representation{}, false }
