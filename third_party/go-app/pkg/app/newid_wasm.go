package app

import "syscall/js"

// newID is a random (version 4) UUID from the browser's own
// crypto.getRandomValues, which, unlike crypto.randomUUID, pages served
// over plain HTTP have too. Patch 25: github.com/google/uuid brought
// crypto/rand, crypto/md5, crypto/sha1, math/big and database/sql/driver
// into every Wasm for the device's and the broadcast channel's ids.
func newID() string {
	buf := js.Global().Get("Uint8Array").New(16)
	js.Global().Get("crypto").Call("getRandomValues", buf)
	var b [16]byte
	js.CopyBytesToGo(b[:], buf)
	return randomUUID(b)
}
