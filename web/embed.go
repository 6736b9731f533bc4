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
// the Makefile's VERSION hashes them), this package's Go files and SumFile,
// which FS hides.
//
//go:embed *
var files embed.FS

// FS is web/ as the binary carries it, without the Go files of this package
// and SumFile: they are not for browsers.
func FS() fs.FS { return webFiles{files} }

// SumFile is the build's list of the sizes and SHA-256 sums of FS's files
// (make build writes it with tools/assetsum). It lets the server name every
// file's ETag and trust its .br/.gz without reading them all at start:
// reading them made the whole 17 MB of web/ resident in every server.
const SumFile = "assets.sum"

// Sum is SumFile's contents as the binary carries them; nil when the build
// wrote none (a plain go build of a fresh checkout).
func Sum() []byte {
	b, _ := files.ReadFile(SumFile)
	return b
}

type webFiles struct{ embed.FS }

// hidden reports whether FS hides name: Go files and sum files.
func hidden(name string) bool {
	base := path.Base(name)
	return strings.HasSuffix(base, ".go") || base == SumFile
}

func (w webFiles) Open(name string) (fs.File, error) {
	if hidden(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return w.FS.Open(name)
}

func (w webFiles) ReadFile(name string) ([]byte, error) {
	if hidden(name) {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fs.ErrNotExist}
	}
	return w.FS.ReadFile(name)
}

func (w webFiles) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := w.FS.ReadDir(name)
	kept := entries[:0:0]
	for _, e := range entries {
		if !hidden(e.Name()) {
			kept = append(kept, e)
		}
	}
	return kept, err
}
