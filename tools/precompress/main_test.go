//go:build !wasm

package main

import (
	"bytes"
	"crypto/rand"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestPrecompress(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "a.js")
	noise := filepath.Join(dir, "noise.bin")
	src := bytes.Repeat([]byte("function f(x) { return x * 2; }\n"), 200)
	random := make([]byte, 4096)
	rand.Read(random)
	must(t, os.WriteFile(text, src, 0o644))
	must(t, os.WriteFile(noise, random, 0o644))
	// A variant from an earlier build: incompressible input removes it.
	must(t, os.WriteFile(noise+".gz", []byte("stale"), 0o644))

	if _, err := precompress(text); err != nil {
		t.Fatal(err)
	}
	if _, err := precompress(noise); err != nil {
		t.Fatal(err)
	}
	for _, enc := range encodings {
		b, err := os.ReadFile(text + enc.suffix)
		if err != nil {
			t.Fatalf("%s: %v", enc.suffix, err)
		}
		if len(b) >= len(src) {
			t.Errorf("%s: %d bytes, not smaller than %d", enc.suffix, len(b), len(src))
		}
		if dec, err := enc.decode(b); err != nil || !bytes.Equal(dec, src) {
			t.Errorf("%s does not decode to the file: %v", enc.suffix, err)
		}
		if _, err := os.Stat(noise + enc.suffix); !os.IsNotExist(err) {
			t.Errorf("noise%s exists: an incompressible file gets no variant", enc.suffix)
		}
	}

	// Deterministic, and an up-to-date variant is left alone.
	first, _ := os.ReadFile(text + ".gz")
	old := time.Now().Add(-time.Hour)
	must(t, os.Chtimes(text+".gz", old, old))
	if _, err := precompress(text); err != nil {
		t.Fatal(err)
	}
	again, _ := os.ReadFile(text + ".gz")
	st, _ := os.Stat(text + ".gz")
	if !bytes.Equal(first, again) || !st.ModTime().Equal(old) {
		t.Error("an up-to-date .gz was rewritten")
	}

	// A changed file gets new variants.
	src2 := append(src, []byte("// changed\n")...)
	must(t, os.WriteFile(text, src2, 0o644))
	if _, err := precompress(text); err != nil {
		t.Fatal(err)
	}
	for _, enc := range encodings {
		b, _ := os.ReadFile(text + enc.suffix)
		if dec, err := enc.decode(b); err != nil || !bytes.Equal(dec, src2) {
			t.Errorf("%s is stale after the file changed", enc.suffix)
		}
	}
}

func TestInputs(t *testing.T) {
	got := inputs([]string{"web/b.js", "web/a.css", "./web/b.js", "web/a.css.br", "web/x.gz"})
	if len(got) != 2 || got[0] != "web/a.css" || got[1] != "web/b.js" {
		t.Errorf("inputs = %q", got)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
