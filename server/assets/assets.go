//go:build !wasm

package assets

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"

	"bilateral/server/encoding"
	"bilateral/web"
)

// Static assets: every file of web/ (embedded in the binary) and the
// dataset, each sent as it is or as its precompressed .br/.gz sibling
// (tools/precompress, run by make build), chosen by Accept-Encoding.
//
// Caching: web/ is served at the URLs go-app writes into pages (/web/…),
// which do not change between builds, so those answers say no-cache with a
// strong ETag of the content: a browser revalidates and gets a 304 unless
// the file changed, and a file that did not change between two deployments
// is not downloaded again. /<version>/web/… (go-app's versioned form, for
// a CDN or a page that wants it) is immutable for a year: its URL changes
// with every build.

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

// Timing bounds a whole asset download: Base (the server's write
// timeout) plus its size at Rate bytes a second. A fixed WriteTimeout would
// cut a large download on a slow but honest line; a deadline per write let
// a reader that takes a little every half minute hold a slot for an hour.
type Timing struct {
	Base time.Duration
	Rate int64
}

// DefaultTiming is the server's unless configured otherwise: 32 KiB/s
// (256 kbit/s) gets app.wasm as brotli within 30 s + 53 s, and unencoded
// within 30 s + 4.7 min; a slower reader loses its slot.
var DefaultTiming = Timing{Base: 30 * time.Second, Rate: 32 << 10}

type timingKey struct{}

// WithTiming is ctx carrying the server's Timing (its BaseContext); a
// request without it gets DefaultTiming.
func WithTiming(ctx context.Context, t Timing) context.Context {
	return context.WithValue(ctx, timingKey{}, t)
}

// deadline is how long sending size bytes may take.
func deadline(r *http.Request, size int64) time.Duration {
	at, ok := r.Context().Value(timingKey{}).(Timing)
	if !ok || at.Rate <= 0 {
		at = DefaultTiming
	}
	return at.Base + time.Duration(float64(size)/float64(at.Rate)*float64(time.Second))
}

// Asset is one file served as it is, with the encodings of it we hold.
type Asset struct {
	name  string
	ctype string
	etag  string                    // strong ETag of the identity bytes, quoted
	reps  map[string]representation // by encoding; encoding.Identity always present
	encs  []string                  // available encodings, best first
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

// Embedded loads the embedded web/ once per process.
func Embedded() (*Set, error) {
	webAssetsOnce.Do(func() {
		webAssets, webAssetsErr = Load(web.FS())
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

// Load reads every file of fsys, hashing it, and keeps a .br or .gz
// sibling only when it decodes to exactly the file and is smaller: a stale
// variant left by an earlier build is never sent.
func Load(fsys fs.FS) (*Set, error) {
	set := &Set{byName: map[string]*Asset{}}
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz") {
			if _, err := fs.Stat(fsys, name[:len(name)-3]); err != nil {
				set.Warnings = append(set.Warnings, "web/"+name+": no web/"+name[:len(name)-3]+" beside it; not served")
			}
			return nil
		}
		a, warnings, err := loadAsset(fsys, name)
		if err != nil {
			return err
		}
		set.byName[name] = a
		set.Warnings = append(set.Warnings, warnings...)
		return nil
	})
	return set, err
}

func loadAsset(fsys fs.FS, name string) (*Asset, []string, error) {
	open := func(n string) func() (io.ReadSeekCloser, error) {
		return func() (io.ReadSeekCloser, error) {
			f, err := fsys.Open(n)
			if err != nil {
				return nil, err
			}
			rsc, ok := f.(io.ReadSeekCloser)
			if !ok {
				f.Close()
				return nil, fmt.Errorf("%s: not seekable", n)
			}
			return rsc, nil
		}
	}
	h := sha256.New()
	size, err := copyFile(h, fsys, name)
	if err != nil {
		return nil, nil, err
	}
	a := &Asset{
		name:  name,
		ctype: contentType(name),
		etag:  `"` + hex.EncodeToString(h.Sum(nil)[:12]) + `"`,
		reps:  map[string]representation{encoding.Identity: {size, open(name)}},
	}
	var warnings []string
	for _, v := range []struct{ enc, ext string }{{encoding.Brotli, ".br"}, {encoding.Gzip, ".gz"}} {
		st, err := fs.Stat(fsys, name+v.ext)
		if err != nil {
			continue
		}
		ok, err := decodesTo(fsys, name+v.ext, v.enc, fsys, name)
		if err != nil || !ok || st.Size() >= size {
			warnings = append(warnings, "web/"+name+v.ext+": stale or not smaller than web/"+name+" (run make build); sending web/"+name+" instead")
			continue
		}
		a.reps[v.enc] = representation{st.Size(), open(name + v.ext)}
		a.encs = append(a.encs, v.enc)
	}
	return a, warnings, nil
}

func copyFile(w io.Writer, fsys fs.FS, name string) (int64, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	return io.Copy(w, f)
}

// decodesTo reports whether the enc-encoded file variant decodes to the
// bytes of file, streaming both.
func decodesTo(vfs fs.FS, variant, enc string, ffs fs.FS, file string) (bool, error) {
	vf, err := vfs.Open(variant)
	if err != nil {
		return false, err
	}
	defer vf.Close()
	dec, err := encoding.NewReader(enc, vf)
	if err != nil {
		return false, nil // not even a gzip header: not the file
	}
	f, err := ffs.Open(file)
	if err != nil {
		return false, err
	}
	defer f.Close()
	return sameBytes(dec, f)
}

// sameBytes reads a and b to their ends and reports whether they were equal.
func sameBytes(a, b io.Reader) (bool, error) {
	bufA, bufB := make([]byte, 64<<10), make([]byte, 64<<10)
	for {
		n, errA := io.ReadFull(a, bufA)
		m, errB := io.ReadFull(b, bufB)
		if n != m || !bytes.Equal(bufA[:n], bufB[:m]) {
			return false, nil
		}
		endA := errA == io.EOF || errA == io.ErrUnexpectedEOF
		endB := errB == io.EOF || errB == io.ErrUnexpectedEOF
		switch {
		case errA != nil && !endA:
			return false, nil // a corrupt variant is just not the same
		case errB != nil && !endB:
			return false, errB
		case endA || endB:
			return endA && endB, nil
		}
	}
}

// FromBytes is an asset held in memory (the dataset), with its brotli and
// gzip encodings made now.
func FromBytes(name, ctype string, b []byte) *Asset {
	sum := sha256.Sum256(b)
	a := &Asset{
		name:  name,
		ctype: ctype,
		etag:  `"` + hex.EncodeToString(sum[:12]) + `"`,
		reps:  map[string]representation{encoding.Identity: memRep(b)},
	}
	br, gz := encoding.EncodeBest(b)
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

func memRep(b []byte) representation {
	return representation{int64(len(b)), func() (io.ReadSeekCloser, error) {
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

// Serve answers GET or HEAD for a with the encoding the client
// prefers. http.ServeContent does the rest: If-None-Match (304), Range and
// If-Range on the chosen representation, HEAD, Content-Length.
func Serve(w http.ResponseWriter, r *http.Request, a *Asset, cacheControl string) {
	if inm := encoding.ClientIfNoneMatch(r); inm != r.Header.Get("If-None-Match") {
		// Served from behind encoding.Dynamic (a route of the mux): our
		// ETags name the encoding themselves, so compare what was sent.
		r = r.Clone(r.Context())
		r.Header.Set("If-None-Match", inm)
	}
	h := w.Header()
	h.Set("Cache-Control", cacheControl)
	if len(a.encs) > 0 {
		encoding.AddVary(h)
	}
	ae := encoding.ParseAccept(r.Header)
	enc, ok := ae.Negotiate(a.encs...)
	if !ok {
		h.Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusNotAcceptable)
		fmt.Fprintln(w, "406 not acceptable: identity;q=0 and no acceptable encoding of this file")
		return
	}
	if rg := r.Header.Get("Range"); rg != "" {
		// Ranges count bytes of the file itself when the client takes it
		// unencoded; too many ranges are refused outright.
		if strings.Count(rg, ",") >= maxRanges {
			h.Set("Content-Range", "bytes */"+strconv.FormatInt(a.reps[encoding.Identity].size, 10))
			h.Set("Content-Type", "text/plain; charset=utf-8")
			h.Set("ETag", a.etag)
			w.WriteHeader(http.StatusRequestedRangeNotSatisfiable)
			fmt.Fprintf(w, "416 range not satisfiable: at most %d ranges\n", maxRanges)
			return
		}
		if ae.Weight("identity") > 0 {
			enc = encoding.Identity
		}
	}
	rep := a.reps[enc]
	f, err := rep.open()
	if err != nil {
		http.Error(w, "500 internal server error", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	h.Set("Content-Type", a.ctype)
	h.Set(UncompressedLengthHeader, strconv.FormatInt(a.reps[encoding.Identity].size, 10))
	if enc != encoding.Identity {
		h.Set("Content-Encoding", enc)
		if r.Header.Get("Range") == "" {
			// ServeContent leaves the length of an encoded body unset.
			h.Set("Content-Length", strconv.FormatInt(rep.size, 10))
		}
	}
	h.Set("ETag", encoding.WithSuffix(a.etag, enc))
	// Unsupported under httptest and -export: fine, nothing waits there.
	_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(deadline(r, rep.size)))
	http.ServeContent(w, r, "", time.Time{}, f)
}

// Router answers the asset URLs itself and passes everything else to
// next (go-app's pages and what the mux routes):
//
//	/web/NAME             a file of web/, no-cache + ETag
//	/VERSION/web/NAME     the same, immutable (this build's version only)
//	/OTHER-VERSION/web/NAME  the same, no-cache: a page of an earlier build
//	/app.wasm, /goapp.wasm   go-app's names for web/app.wasm
//	/favicon.ico          web/icons/favicon-32.png (browsers ask for it)
//	/robots.txt, /sitemap.xml, /ads.txt  web/NAME if it exists, else 404
//	                      (go-app would fetch them from the Host header's
//	                      site and cache the answer for everyone); under
//	                      any other prefix always 404
//	/VERSION/anything else  404: go-app would answer it as at the root
//	DATASET               the dataset, no-cache + ETag
//
// A missing file under /web/ is a plain 404, never the app shell.
type Router struct {
	Assets  *Set
	Dataset *Asset
	Version func() string // the build version, read per request (set late)
	Next    http.Handler
}

var assetAliases = map[string]string{
	"/app.wasm":    "app.wasm",
	"/goapp.wasm":  "app.wasm",
	"/favicon.ico": "icons/favicon-32.png",
	"/robots.txt":  "robots.txt",
	"/sitemap.xml": "sitemap.xml",
	"/ads.txt":     "ads.txt",
}

func (ar *Router) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	if ar.Dataset != nil && p == "/"+ar.Dataset.name {
		Serve(w, r, ar.Dataset, NoCache)
		return
	}
	if name, ok := assetAliases[p]; ok {
		ar.serveNamed(w, r, name, NoCache)
		return
	}
	if name, ok := strings.CutPrefix(p, "/web/"); ok {
		ar.serveNamed(w, r, name, NoCache)
		return
	}
	if v, rest, ok := strings.Cut(strings.TrimPrefix(p, "/"), "/"); ok && (LooksLikeVersion(v) || v == ar.Version()) {
		name, ok := strings.CutPrefix(rest, "web/")
		if !ok {
			// go-app strips its version prefix and answers the rest as at
			// the root, proxy files included: nothing but web/ is ours here.
			NotFound(w)
			return
		}
		cc := NoCache
		if cur := ar.Version(); v == cur && cur != "dev" {
			cc = immutable
		}
		ar.serveNamed(w, r, name, cc)
		return
	}
	if proxyNames[path.Base(p)] {
		// Under any other prefix these are not ours either: go-app must
		// never see a name it would fetch from the Host header's site.
		NotFound(w)
		return
	}
	ar.Next.ServeHTTP(w, r)
}

// proxyNames are the files go-app fetches from the request's Host and
// caches for everyone (its ProxyResources defaults).
var proxyNames = map[string]bool{"robots.txt": true, "sitemap.xml": true, "ads.txt": true}

// NotFound is the plain 404 of a path that is not one of our files.
func NotFound(w http.ResponseWriter) {
	h := w.Header()
	h.Del("ETag")
	h.Set("Cache-Control", NoCache)
	h.Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	w.Write([]byte("404 page not found\n"))
}

func (ar *Router) serveNamed(w http.ResponseWriter, r *http.Request, name, cacheControl string) {
	a, ok := ar.Assets.byName[name]
	if !ok {
		NotFound(w)
		return
	}
	Serve(w, r, a, cacheControl)
}

// LooksLikeVersion reports whether a first path segment can be a build
// version: the Makefile's 12 hex digits, go-app's 40, "dev-" + 12 for a
// plain go build, each possibly with "-data-" + 8 for a -data file.
func LooksLikeVersion(s string) bool {
	if len(s) < 8 || len(s) > 80 {
		return false
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'z', c == '-':
		default:
			return false
		}
	}
	return digits > 0
}

// Handler serves /web/NAME from set (go-app's Resources).
func Handler(set *Set) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name, ok := strings.CutPrefix(r.URL.Path, "/web/")
		a := set.byName[name]
		if !ok || a == nil {
			http.NotFound(w, r)
			return
		}
		Serve(w, r, a, NoCache)
	})
}

// IsAssetPath reports whether p names a static asset rather than a page.
func IsAssetPath(p string) bool {
	if strings.HasPrefix(p, "/web/") {
		return true
	}
	if _, ok := assetAliases[p]; ok {
		return true
	}
	v, rest, ok := strings.Cut(strings.TrimPrefix(p, "/"), "/")
	return ok && LooksLikeVersion(v) && strings.HasPrefix(rest, "web/")
}
