//go:build !wasm

// Command chartsvg-scripts rewrites the server's ECharts bundle, as esbuild
// writes it, into the several scripts server/chartsvg loads one after
// another (chartsvg.SplitScripts says why and how):
//
//	go run ./tools/chartsvg-scripts server/chartsvg/bundle/echarts-ssr.js
//
// The file is replaced only once the split scripts have compiled.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"bilateral/server/chartsvg"
)

// scripts is how many the bundle becomes: eight gave the lowest memory of
// 4, 8, 16 and 30 to within 0.3 MB, and a script is still a whole part of
// ECharts when an error names it.
const scripts = 8

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: go run ./tools/chartsvg-scripts <bundle.js>")
		os.Exit(2)
	}
	if err := split(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "chartsvg-scripts:", err)
		os.Exit(1)
	}
}

func split(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	out, err := chartsvg.SplitScripts(string(src), scripts)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".split-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after the rename, nothing is left to remove
	if _, err := tmp.WriteString(out); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(info.Mode().Perm()); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
