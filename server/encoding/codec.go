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
	return buf.Bytes()
}

// EncodeBest encodes b with brotli (quality 11) and gzip (level 9) at
// once, for bytes made once and served many times (the dataset, the data
// files).
func EncodeBest(b []byte) (br, gz []byte) {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		var buf bytes.Buffer
		w := brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: brotliWindow(len(b))})
		w.Write(b)
		w.Close()
		br = buf.Bytes()
	}()
	go func() {
		defer wg.Done()
		var buf bytes.Buffer
		w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		w.Write(b)
		w.Close()
		gz = buf.Bytes()
	}()
	wg.Wait()
	return br, gz
}

// brotliWindow is the smallest window (as a power of two) that holds n
// bytes: at quality 11 the encoder's memory grows with the window, 16 MiB
// of window costing over 100 MB, which a 60 KB dataset does not need.
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
