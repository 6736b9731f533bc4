//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"os"

	"github.com/andybalholm/brotli"
)

// wasmInfo is the Wasm binary's size, raw and compressed as a server would
// send it. A compressed copy the build left beside it (app.wasm.br, .gz) is
// used when it is at least as new; otherwise the bench compresses itself.
type wasmInfo struct {
	Path        string      `json:"path"`
	RawBytes    int64       `json:"raw_bytes"`
	GzipBytes   int64       `json:"gzip_bytes"`   // compress/gzip BestCompression
	GzipFrom    string      `json:"gzip_from"`    // "computed" or the file read
	BrotliBytes int64       `json:"brotli_bytes"` // andybalholm/brotli quality 11
	BrotliFrom  string      `json:"brotli_from"`
	Served      servedAsset `json:"served"` // what GET /web/app.wasm sent a browser-like client
}

type servedAsset struct {
	Bytes    int64  `json:"bytes"`
	Encoding string `json:"encoding"`
}

func wasmSizes(path string) (wasmInfo, error) {
	w := wasmInfo{Path: path}
	st, err := os.Stat(path)
	if err != nil {
		return w, err
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return w, err
	}
	w.RawBytes = int64(len(raw))

	if n, ok := fresherCopy(path+".gz", st.ModTime().Unix()); ok {
		w.GzipBytes, w.GzipFrom = n, path+".gz"
	} else {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		zw.Write(raw)
		if err := zw.Close(); err != nil {
			return w, err
		}
		w.GzipBytes, w.GzipFrom = int64(buf.Len()), "computed"
	}
	if n, ok := fresherCopy(path+".br", st.ModTime().Unix()); ok {
		w.BrotliBytes, w.BrotliFrom = n, path+".br"
	} else {
		n, err := brotliSize(raw)
		if err != nil {
			return w, err
		}
		w.BrotliBytes, w.BrotliFrom = n, "computed"
	}
	return w, nil
}

func fresherCopy(path string, notBefore int64) (int64, bool) {
	st, err := os.Stat(path)
	if err != nil || st.ModTime().Unix() < notBefore || st.Size() == 0 {
		return 0, false
	}
	return st.Size(), true
}

func brotliSize(b []byte) (int64, error) {
	var n countWriter
	bw := brotli.NewWriterLevel(&n, brotli.BestCompression)
	if _, err := bw.Write(b); err != nil {
		return 0, err
	}
	if err := bw.Close(); err != nil {
		return 0, err
	}
	return int64(n), nil
}

type countWriter int64

func (c *countWriter) Write(p []byte) (int, error) {
	*c += countWriter(len(p))
	return len(p), nil
}
