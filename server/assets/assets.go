//go:build !wasm

package assets

import (
	"bytes"
	"crypto/sha256"
	"io"
	"mime"
	"path"
	"strings"
	"sync"

	"bilateral/server/encoding"
	"bilateral/web"
)

const (
	immutable = "public, max-age=31536000, immutable"
	NoCache   = "no-cache"

	// UncompressedLengthHeader carries the identity length of an asset,
	// which go-app's loader needs for its progress bar: Content-Length is
	// the length of the encoded bytes, but the loader counts decoded ones.
	UncompressedLengthHeader = "X-Uncompressed-Content-Length"

	// maxRanges bounds the byte ranges one request may ask for; more is
	// refused with 416 rather than answered with a huge multipart body.
	maxRanges = 8
)

// Asset is one file served as it is, with the encodings of it we hold.
type Asset struct {
	name  string
	ctype string
	etag  string                    // strong ETag of the identity bytes, quoted
	reps  map[string]representation // by encoding; encoding.Identity always present
	encs  []string                  // available encodings, best first
	check *check                    // taken from the build's sum file: bytes still to check (sum.go)
}

// Name is where the asset is, relative to the site's root ("app.wasm",
// "data/figures.csv").
func (a *Asset) Name() string { return a.name }

// Size is the length of the asset's own (identity) bytes.
func (a *Asset) Size() int64 { return a.reps[encoding.Identity].size }

// Encodings are the encodings of the asset held beside it, best first.
func (a *Asset) Encodings() []string { return a.encs }

// representation is one encoding of an asset.
type representation struct {
	size int64
	open func() (io.ReadSeekCloser, error)
	// recycle, when set, takes back what open gave once the answer is
	// sent, instead of closing it (memFileRep keeps its files open).
	recycle func(io.ReadSeekCloser)
}

// done is called with what open gave once the answer is sent.
func (r representation) done(f io.ReadSeekCloser) {
	if r.recycle != nil {
		r.recycle(f)
		return
	}
	f.Close()
}

// Set is web/ as loaded at start.
type Set struct {
	byName   map[string]*Asset // "app.wasm", "icons/icon.svg"
	Warnings []string          // variants ignored, said once at start
}

// Get is the asset at name ("app.wasm"), or nil.
func (s *Set) Get(name string) *Asset { return s.byName[name] }

var (
	webAssetsOnce sync.Once
	webAssets     *Set
	webAssetsErr  error
)

// Embedded loads the embedded web/ once per process, with the build's sum
// file when it has one (LoadSummed).
func Embedded() (*Set, error) {
	webAssetsOnce.Do(func() {
		webAssets, webAssetsErr = LoadSummed(web.FS(), web.Sum())
	})
	return webAssets, webAssetsErr
}

// MustEmbedded is Embedded for code that cannot go on without web/: the
// embedded files are part of the binary, so failing to read them is a bug.
func MustEmbedded() *Set {
	set, err := Embedded()
	if err != nil {
		panic("bilateral: reading the embedded web/: " + err.Error())
	}
	return set
}

// FromBytes is an asset held in memory (the dataset), with its brotli and
// gzip encodings made now.
func FromBytes(name, ctype string, b []byte) *Asset {
	sum := sha256.Sum256(b)
	a := &Asset{
		name:  name,
		ctype: ctype,
		etag:  encoding.ETag(sum[:]),
		reps:  map[string]representation{encoding.Identity: memRep(b)},
	}
	var br, gz []byte
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); br = encoding.EncodeBest(b, encoding.Brotli) }()
	go func() { defer wg.Done(); gz = encoding.EncodeBest(b, encoding.Gzip) }()
	wg.Wait()
	for _, v := range []struct {
		enc string
		b   []byte
	}{{encoding.Brotli, br}, {encoding.Gzip, gz}} {
		if len(v.b) < len(b) {
			a.reps[v.enc] = memRep(v.b)
			a.encs = append(a.encs, v.enc)
		}
	}
	return a
}

// memFileMin is the size from which a body is sent from an in-memory file
// (memFileRep): below it, a copy costs less than opening the file.
const memFileMin = 64 << 10

func memRep(b []byte) representation {
	if len(b) >= memFileMin {
		if r, ok := memFileRep(b); ok {
			return r
		}
	}
	return representation{size: int64(len(b)), open: func() (io.ReadSeekCloser, error) {
		return nopCloser{bytes.NewReader(b)}, nil
	}}
}

type nopCloser struct{ io.ReadSeeker }

func (nopCloser) Close() error { return nil }

// contentType names the type of a file by its extension; X-Content-Type-
// Options: nosniff makes browsers trust it, so it must be right.
func contentType(name string) string {
	switch strings.ToLower(path.Ext(name)) {
	case ".wasm":
		return "application/wasm"
	case ".js", ".mjs":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".svg":
		return "image/svg+xml"
	case ".png":
		return "image/png"
	case ".ico":
		return "image/x-icon"
	case ".json":
		return "application/json; charset=utf-8"
	case ".webmanifest":
		return "application/manifest+json"
	case ".txt":
		return "text/plain; charset=utf-8"
	case ".html":
		return "text/html; charset=utf-8"
	case ".xml":
		return "application/xml"
	case ".woff2":
		return "font/woff2"
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}
