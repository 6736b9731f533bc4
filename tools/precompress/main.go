//go:build !wasm

// Command precompress writes X.br (brotli, quality 11) and X.gz (gzip, best
// compression) beside each file X named on the command line, so the server
// can send them as they are instead of compressing on every request:
//
//	go run ./tools/precompress web/app.wasm web/*.js web/*.css web/icons/*.svg
//
// A variant is written only when it is smaller than X; a variant that would
// not be is removed, so a stale one cannot outlive a change to X. A variant
// that already decodes to exactly X is kept as it is, so rerunning the
// command after an unchanged build costs a decompression, not a compression.
// The outputs are deterministic (no name, no time stamp in the gzip header),
// so the build's VERSION hash does not change when the input does not.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"bilateral/server/encoding"
)

// coding is one content coding: its file suffix, encoder and decoder.
type coding struct {
	suffix string
	encode func([]byte) ([]byte, error)
	decode func([]byte) ([]byte, error)
}

var encodings = []coding{
	{".br", encodeBrotli, decodeBrotli},
	{".gz", encodeGzip, decodeGzip},
}

func main() {
	quiet := flag.Bool("q", false, "print nothing but errors")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: precompress [-q] FILE...")
		fmt.Fprintln(os.Stderr, "writes FILE.br and FILE.gz beside each FILE when they are smaller than FILE")
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	files := inputs(flag.Args())

	type result struct {
		lines []string
		err   error
	}
	results := make([]result, len(files))
	var wg sync.WaitGroup
	for i, f := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i].lines, results[i].err = precompress(f)
		}()
	}
	wg.Wait()

	failed := false
	for _, r := range results {
		if r.err != nil {
			fmt.Fprintln(os.Stderr, "precompress:", r.err)
			failed = true
			continue
		}
		if !*quiet {
			for _, l := range r.lines {
				fmt.Println(l)
			}
		}
	}
	if failed {
		os.Exit(1)
	}
}

// inputs drops duplicates (web/*.js also matches web/echarts.min.js) and
// names that are themselves variants, in case a glob caught them.
func inputs(args []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, a := range args {
		a = filepath.Clean(a)
		if seen[a] || strings.HasSuffix(a, ".br") || strings.HasSuffix(a, ".gz") {
			continue
		}
		seen[a] = true
		out = append(out, a)
	}
	sort.Strings(out)
	return out
}

// precompress brings X.br and X.gz up to date with X and describes what it did.
func precompress(file string) ([]string, error) {
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var lines []string
	for _, enc := range encodings {
		out := file + enc.suffix
		start := time.Now()
		if old, err := os.ReadFile(out); err == nil && len(old) < len(src) {
			if dec, err := enc.decode(old); err == nil && bytes.Equal(dec, src) {
				lines = append(lines, fmt.Sprintf("%-32s %9d → %9d bytes (%s, up to date)", out, len(src), len(old), pct(len(old), len(src))))
				continue
			}
		}
		b, err := enc.encode(src)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", out, err)
		}
		if len(b) >= len(src) {
			if err := os.Remove(out); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return nil, err
			}
			lines = append(lines, fmt.Sprintf("%-32s skipped: %d bytes compressed is not smaller than %d", out, len(b), len(src)))
			continue
		}
		if err := writeFile(out, b); err != nil {
			return nil, err
		}
		lines = append(lines, fmt.Sprintf("%-32s %9d → %9d bytes (%s, %s)", out, len(src), len(b), pct(len(b), len(src)), time.Since(start).Round(time.Millisecond)))
	}
	return lines, nil
}

func pct(n, of int) string {
	return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(of))
}

// writeFile replaces name atomically, so an interrupted build never leaves a
// truncated variant that the server would send.
func writeFile(name string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), ".precompress-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}

func encodeBrotli(src []byte) ([]byte, error) {
	return encoding.EncodeBest(src, encoding.Brotli), nil
}

func encodeGzip(src []byte) ([]byte, error) {
	return encoding.EncodeBest(src, encoding.Gzip), nil
}

func decodeBrotli(b []byte) ([]byte, error) { return decode(encoding.Brotli, b) }

func decodeGzip(b []byte) ([]byte, error) { return decode(encoding.Gzip, b) }

func decode(enc string, b []byte) ([]byte, error) {
	r, err := encoding.NewReader(enc, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}
