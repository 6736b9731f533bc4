//go:build !wasm

package main

import (
	"bilateral/server/encoding"
	"bytes"
	"compress/gzip"
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

	"github.com/andybalholm/brotli"
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
	noCache   = "no-cache"

	// uncompressedLengthHeader carries the identity length of an asset,
	// which go-app's loader needs for its progress bar: Content-Length is
	// the length of the encoded bytes, but the loader counts decoded ones.
	uncompressedLengthHeader = "X-Uncompressed-Content-Length"

	// maxRanges bounds the byte ranges one request may ask for; more is
	// refused with 416 rather than answered with a huge multipart body.
	maxRanges = 8
)

// assetTiming bounds a whole asset download: base (the server's write
// timeout) plus its size at rate bytes a second. A fixed WriteTimeout would
// cut a large download on a slow but honest line; a deadline per write let
// a reader that takes a little every half minute hold a slot for an hour.
type assetTiming struct {
	base time.Duration
	rate int64
}

// assetTimingKey holds the server's assetTiming in a request's context
// (newServer's BaseContext); without it the defaults apply.
type assetTimingKey struct{}

// assetDeadline is how long sending size bytes may take.
func assetDeadline(r *http.Request, size int64) time.Duration {
	at, ok := r.Context().Value(assetTimingKey{}).(assetTiming)
	if !ok || at.rate <= 0 {
		at = assetTiming{defaultTimeouts.write, defaultTimeouts.assetRate}
	}
	return at.base + time.Duration(float64(size)/float64(at.rate)*float64(time.Second))
}

// asset is one file served as it is, with the encodings of it we hold.
type asset struct {
	name  string
	ctype string
	etag  string                    // strong ETag of the identity bytes, quoted
	reps  map[string]representation // by encoding; encoding.Identity always present
	encs  []string                  // available encodings, best first
}

// representation is one encoding of an asset.
type representation struct {
	size int64
	open func() (io.ReadSeekCloser, error)
}

// assetSet is web/ as loaded at start.
type assetSet struct {
	byName   map[string]*asset // "app.wasm", "icons/icon.svg"
	warnings []string          // variants ignored, said once at start
}

var (
	webAssetsOnce sync.Once
	webAssets     *assetSet
	webAssetsErr  error
)

// siteAssets loads the embedded web/ once per process.
func siteAssets() (*assetSet, error) {
	webAssetsOnce.Do(func() {
		sub, err := fs.Sub(webFS, "web")
		if err != nil {
			webAssetsErr = err
			return
		}
		webAssets, webAssetsErr = loadAssets(sub)
	})
	return webAssets, webAssetsErr
}

// mustAssets is siteAssets for code that cannot go on without web/: the
// embedded files are part of the binary, so failing to read them is a bug.
func mustAssets() *assetSet {
	set, err := siteAssets()
	if err != nil {
		panic("bilateral: reading the embedded web/: " + err.Error())
	}
	return set
}

// loadAssets reads every file of fsys, hashing it, and keeps a .br or .gz
// sibling only when it decodes to exactly the file and is smaller: a stale
// variant left by an earlier build is never sent.
func loadAssets(fsys fs.FS) (*assetSet, error) {
	set := &assetSet{byName: map[string]*asset{}}
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz") {
			if _, err := fs.Stat(fsys, name[:len(name)-3]); err != nil {
				set.warnings = append(set.warnings, "web/"+name+": no web/"+name[:len(name)-3]+" beside it; not served")
			}
			return nil
		}
		a, warnings, err := loadAsset(fsys, name)
		if err != nil {
			return err
		}
		set.byName[name] = a
		set.warnings = append(set.warnings, warnings...)
		return nil
	})
	return set, err
}

func loadAsset(fsys fs.FS, name string) (*asset, []string, error) {
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
	a := &asset{
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
	var dec io.Reader
	switch enc {
	case encoding.Brotli:
		dec = brotli.NewReader(vf)
	case encoding.Gzip:
		zr, err := gzip.NewReader(vf)
		if err != nil {
			return false, nil
		}
		dec = zr
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

// bytesAsset is an asset held in memory (the dataset), with its brotli and
// gzip encodings made now.
func bytesAsset(name, ctype string, b []byte) *asset {
	sum := sha256.Sum256(b)
	a := &asset{
		name:  name,
		ctype: ctype,
		etag:  `"` + hex.EncodeToString(sum[:12]) + `"`,
		reps:  map[string]representation{encoding.Identity: memRep(b)},
	}
	var wg sync.WaitGroup
	var br, gz []byte
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

// serveAsset answers GET or HEAD for a with the encoding the client
// prefers. http.ServeContent does the rest: If-None-Match (304), Range and
// If-Range on the chosen representation, HEAD, Content-Length.
func serveAsset(w http.ResponseWriter, r *http.Request, a *asset, cacheControl string) {
	if inm := encoding.ClientIfNoneMatch(r); inm != r.Header.Get("If-None-Match") {
		// Served from behind compressDynamic (a route of the mux): our
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
	h.Set(uncompressedLengthHeader, strconv.FormatInt(a.reps[encoding.Identity].size, 10))
	if enc != encoding.Identity {
		h.Set("Content-Encoding", enc)
		if r.Header.Get("Range") == "" {
			// ServeContent leaves the length of an encoded body unset.
			h.Set("Content-Length", strconv.FormatInt(rep.size, 10))
		}
	}
	h.Set("ETag", encoding.WithSuffix(a.etag, enc))
	// Unsupported under httptest and -export: fine, nothing waits there.
	_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(assetDeadline(r, rep.size)))
	http.ServeContent(w, r, "", time.Time{}, f)
}

// assetRouter answers the asset URLs itself and passes everything else to
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
type assetRouter struct {
	assets  *assetSet
	dataset *asset
	version func() string // the build version, read per request (set late)
	next    http.Handler
}

var assetAliases = map[string]string{
	"/app.wasm":    "app.wasm",
	"/goapp.wasm":  "app.wasm",
	"/favicon.ico": "icons/favicon-32.png",
	"/robots.txt":  "robots.txt",
	"/sitemap.xml": "sitemap.xml",
	"/ads.txt":     "ads.txt",
}

func (ar *assetRouter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	if ar.dataset != nil && p == "/"+ar.dataset.name {
		serveAsset(w, r, ar.dataset, noCache)
		return
	}
	if name, ok := assetAliases[p]; ok {
		ar.serveNamed(w, r, name, noCache)
		return
	}
	if name, ok := strings.CutPrefix(p, "/web/"); ok {
		ar.serveNamed(w, r, name, noCache)
		return
	}
	if v, rest, ok := strings.Cut(strings.TrimPrefix(p, "/"), "/"); ok && (looksLikeVersion(v) || v == ar.version()) {
		name, ok := strings.CutPrefix(rest, "web/")
		if !ok {
			// go-app strips its version prefix and answers the rest as at
			// the root, proxy files included: nothing but web/ is ours here.
			notFound(w)
			return
		}
		cc := noCache
		if cur := ar.version(); v == cur && cur != "dev" {
			cc = immutable
		}
		ar.serveNamed(w, r, name, cc)
		return
	}
	if proxyNames[path.Base(p)] {
		// Under any other prefix these are not ours either: go-app must
		// never see a name it would fetch from the Host header's site.
		notFound(w)
		return
	}
	ar.next.ServeHTTP(w, r)
}

// proxyNames are the files go-app fetches from the request's Host and
// caches for everyone (its ProxyResources defaults).
var proxyNames = map[string]bool{"robots.txt": true, "sitemap.xml": true, "ads.txt": true}

// notFound is the plain 404 of a path that is not one of our files.
func notFound(w http.ResponseWriter) {
	h := w.Header()
	h.Del("ETag")
	h.Set("Cache-Control", noCache)
	h.Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	w.Write([]byte("404 page not found\n"))
}

func (ar *assetRouter) serveNamed(w http.ResponseWriter, r *http.Request, name, cacheControl string) {
	a, ok := ar.assets.byName[name]
	if !ok {
		notFound(w)
		return
	}
	serveAsset(w, r, a, cacheControl)
}

// looksLikeVersion reports whether a first path segment can be a build
// version: the Makefile's 12 hex digits, go-app's 40, "dev-" + 12 for a
// plain go build, each possibly with "-data-" + 8 for a -data file.
func looksLikeVersion(s string) bool {
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

// embeddedResources serves go-app's /web/ resources from the binary itself,
// so bin/bilateral copied alone to another machine serves the whole app.
// (assetRouter answers /web/ before go-app would; go-app only needs to know
// that its Resources serve, so it resolves its own paths locally.)
type embeddedResources struct {
	http.Handler
}

// Resolve keeps /web/ paths as they are: assets live on our own origin.
func (embeddedResources) Resolve(location string) string {
	if location == "" || location == "/" {
		return "/"
	}
	if strings.HasPrefix(location, "http://") || strings.HasPrefix(location, "https://") {
		return location
	}
	return "/" + strings.TrimPrefix(location, "/")
}

// assetHandler serves /web/NAME from set, for go-app's Resources.
func assetHandler(set *assetSet) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name, ok := strings.CutPrefix(r.URL.Path, "/web/")
		a := set.byName[name]
		if !ok || a == nil {
			http.NotFound(w, r)
			return
		}
		serveAsset(w, r, a, noCache)
	})
}
