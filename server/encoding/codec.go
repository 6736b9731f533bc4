//go:build !wasm

package encoding

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/andybalholm/brotli"
)

// Brotli and gzip are written and read here only: per request for what is
// made per request (Dynamic), at their best once for what is served many
// times (EncodeBest), and read back to check a precompressed file
// (NewReader).

const (
	// Brotli quality for bodies made per request: 5 compresses a page
	// better than gzip -9 in a fraction of a millisecond; 11, used ahead of
	// time for web/, costs tens of milliseconds on a page.
	dynamicBrotliQuality = 5
)

var (
	// compressSlots bounds the compressions running at once: they are
	// CPU-bound, so more than the CPUs only queue inside the scheduler, and
	// each holds a writer of about a megabyte that the pools below keep.
	compressSlots = make(chan struct{}, max(2, runtime.GOMAXPROCS(0)))

	// A 64 KiB window (LGWin 16) covers a page whole and needs 40% less
	// memory per writer than the default.
	brotliWriters = sync.Pool{New: func() any {
		return brotli.NewWriterOptions(nil, brotli.WriterOptions{Quality: dynamicBrotliQuality, LGWin: 16})
	}}
	gzipWriters = sync.Pool{New: func() any {
		w, _ := gzip.NewWriterLevel(nil, gzip.DefaultCompression)
		return w
	}}
)

// Encode encodes b with enc ("br" or "gzip").
func Encode(b []byte, enc string) []byte {
	compressSlots <- struct{}{}
	defer func() { <-compressSlots }()
	var buf bytes.Buffer
	buf.Grow(len(b)/3 + 64)
	switch enc {
	case Brotli:
		w := brotliWriters.Get().(*brotli.Writer)
		w.Reset(&buf)
		w.Write(b)
		w.Close()
		brotliWriters.Put(w)
	case Gzip:
		w := gzipWriters.Get().(*gzip.Writer)
		w.Reset(&buf)
		w.Write(b)
		w.Close()
		gzipWriters.Put(w)
	default:
		return b
	}
	// The caches keep what Encode returns (dynamicCache, the page cache's
	// copy), and a buffer grown for the worst case is three times a page's
	// Brotli bytes: 4.9 MB of the heap held by 60 pages (7 Dec 2026).
	return bytes.Clone(buf.Bytes())
}

// EncodeBest encodes b with enc (Brotli or Gzip) at its best (brotli
// quality 11 with a window as large as b, gzip level 9), for bytes made once
// and served many times: the dataset, the data files, and web/ through
// tools/precompress. The output is deterministic: a gzip header with no
// name and no time.
func EncodeBest(b []byte, enc string) []byte {
	var buf bytes.Buffer
	switch enc {
	case Brotli:
		w := brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: brotliWindow(len(b))})
		w.Write(b)
		w.Close()
	case Gzip:
		w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		w.Write(b)
		w.Close()
	default:
		return b
	}
	return buf.Bytes()
}

// brotliWindow is the smallest window (as a power of two, up to 16 MiB)
// that holds n bytes: it lets matches reach across a whole file, and at
// quality 11 the encoder's memory grows with the window, 16 MiB of window
// costing over 100 MB, which a 60 KB dataset does not need.
func brotliWindow(n int) int {
	lg := 10
	for lg < 24 && 1<<lg < n {
		lg++
	}
	return lg
}

// NewReader decodes r, encoded with enc (Brotli or Gzip).
func NewReader(enc string, r io.Reader) (io.Reader, error) {
	switch enc {
	case Brotli:
		return brotli.NewReader(r), nil
	case Gzip:
		return gzip.NewReader(r)
	}
	return nil, fmt.Errorf("no decoder for %q", enc)
}
