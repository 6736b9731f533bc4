//go:build !wasm

// Package web is what the browser downloads: the stylesheets, icons,
// scripts and service worker kept here, and what make build adds (app.wasm,
// echarts.min.js and the .br/.gz copies). The server embeds the directory
// (server/assets serves it); go:embed cannot reach a parent directory, so
// the embedding lives here, beside the files.
package web

import (
	"embed"
	"io/fs"
	"path"
	"strings"
)

// files is every file of web/ but those whose names start with . or _ (as
// the Makefile's VERSION hashes them), and this package's Go files, which
// FS hides.
//
//go:embed *
var files embed.FS

// FS is web/ as the binary carries it, without the Go files of this package:
// they are not for browsers.
func FS() fs.FS { return webFiles{files} }

type webFiles struct{ embed.FS }

func isGo(name string) bool { return strings.HasSuffix(path.Base(name), ".go") }

func (w webFiles) Open(name string) (fs.File, error) {
	if isGo(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return w.FS.Open(name)
}

func (w webFiles) ReadFile(name string) ([]byte, error) {
	if isGo(name) {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fs.ErrNotExist}
	}
	return w.FS.ReadFile(name)
}

func (w webFiles) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := w.FS.ReadDir(name)
	kept := entries[:0:0]
	for _, e := range entries {
		if !isGo(e.Name()) {
			kept = append(kept, e)
		}
	}
	return kept, err
}
