//go:build !wasm

package app

import (
	"testing"

	"github.com/google/uuid"
)

// Patch 25 (third_party/go-app/PATCHES.md): the browser's ids are the
// version 4 UUIDs google/uuid makes from the same random bytes.
func TestRandomUUIDAsGoogleUUIDWritesIt(t *testing.T) {
	for _, b := range [][16]byte{
		{},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff},
		{0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0, 0x0f, 0xed, 0xcb, 0xa9, 0x87, 0x65, 0x43, 0x21},
	} {
		want, err := uuid.NewRandomFromReader(fixedBytes(b))
		if err != nil {
			t.Fatal(err)
		}
		if got := randomUUID(b); got != want.String() {
			t.Errorf("randomUUID(%x) = %s, google/uuid writes %s", b, got, want)
		}
	}
}

// fixedBytes reads b, once.
type fixedBytes [16]byte

func (f fixedBytes) Read(p []byte) (int, error) { return copy(p, f[:]), nil }
