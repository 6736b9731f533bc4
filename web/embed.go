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
// the Makefile's VERSION hashes them), this package's Go files, SumFile and
// WorkerFile, which FS hides.
//
//go:embed *
var files embed.FS

// FS is web/ as the binary carries it, without the Go files of this package,
// SumFile and WorkerFile: they are not for browsers. The server sends and
// the export copies every file of FS.
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

// WorkerFile is the service worker's template, go-app's
// Handler.ServiceWorkerTemplate: go-app fills its placeholders
// ({{.Version}}, {{.ResourcesToCache}}) and serves the worker at
// /app-worker.js (server/site/pwa.go). Unfilled it is no script, so FS
// hides it, and any .br/.gz copy of it: sent at /web/app-worker.js and
// copied into the static export, it was one more address of the site that
// answered a broken worker.
const WorkerFile = "app-worker.js"

// WorkerTemplate is WorkerFile's contents, for the server to fill.
func WorkerTemplate() []byte {
	b, err := files.ReadFile(WorkerFile)
	if err != nil {
		panic(err) // embedded with the binary
	}
	return b
}

type webFiles struct{ embed.FS }

// hidden reports whether FS hides name, a path in web/: Go files, sum
// files and the worker's template.
func hidden(name string) bool {
	base := path.Base(name)
	plain := strings.TrimSuffix(strings.TrimSuffix(name, ".br"), ".gz")
	return strings.HasSuffix(base, ".go") || base == SumFile || plain == WorkerFile
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
		if !hidden(path.Join(name, e.Name())) {
			kept = append(kept, e)
		}
	}
	return kept, err
}
