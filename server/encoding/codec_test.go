//go:build !wasm

package encoding

import (
	"strings"
	"testing"
)

// TestEncodeKeepsItsBytesOnly: what Encode returns is kept by the caches
// (dynamicCache, the page cache), so it holds its bytes, not the buffer
// sized for the worst case (a third of the input).
func TestEncodeKeepsItsBytesOnly(t *testing.T) {
	in := []byte(strings.Repeat("<p>Trade turnover, 2023: $4.358 billion.</p>\n", 4000))
	for _, enc := range []string{Brotli, Gzip} {
		out := Encode(in, enc)
		if len(out) == 0 || len(out) > len(in)/10 {
			t.Fatalf("%s: %d bytes of %d; want it compressed", enc, len(out), len(in))
		}
		if cap(out) > len(out)+len(out)/8+64 {
			t.Errorf("%s: %d bytes in %d", enc, len(out), cap(out))
		}
	}
}
