//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
)

// Content codings we send, best first when the client likes them equally.
const (
	encBrotli   = "br"
	encGzip     = "gzip"
	encIdentity = "" // no Content-Encoding
)

// etagSuffix marks the ETag of an encoded representation: each encoding of
// a resource is a different sequence of bytes, so it gets its own strong
// validator ("abc" → "abc-br").
var etagSuffix = map[string]string{encBrotli: "-br", encGzip: "-gz"}

// acceptEncoding is a parsed Accept-Encoding header (RFC 9110, 12.5.3).
type acceptEncoding struct {
	present bool               // the request had the header at all
	q       map[string]float64 // weight of each coding named explicitly
	star    float64            // weight of "*", when hasStar
	hasStar bool
}

// parseAcceptEncoding reads every Accept-Encoding line of h. A malformed
// header (a coding that is not a token, a parameter other than q, a weight
// outside 0…1 or with more than three decimals) reads as no header: identity.
func parseAcceptEncoding(h http.Header) acceptEncoding {
	lines := h.Values("Accept-Encoding")
	if len(lines) == 0 {
		return acceptEncoding{}
	}
	ae := acceptEncoding{present: true, q: map[string]float64{}}
	for _, line := range lines {
		for _, elem := range strings.Split(line, ",") {
			elem = strings.TrimSpace(elem)
			if elem == "" {
				continue // empty list elements are allowed
			}
			coding, params, _ := strings.Cut(elem, ";")
			coding = strings.ToLower(strings.TrimSpace(coding))
			if !isToken(coding) {
				return acceptEncoding{}
			}
			q := 1.0
			if params = strings.TrimSpace(params); params != "" {
				name, val, ok := strings.Cut(params, "=")
				if !ok || !strings.EqualFold(strings.TrimSpace(name), "q") {
					return acceptEncoding{}
				}
				if q, ok = parseQ(strings.TrimSpace(val)); !ok {
					return acceptEncoding{}
				}
			}
			if coding == "x-gzip" {
				coding = encGzip
			}
			if coding == "*" {
				ae.star, ae.hasStar = q, true
				continue
			}
			ae.q[coding] = q
		}
	}
	return ae
}

// weight is how much the client wants coding ("identity" for none).
func (ae acceptEncoding) weight(coding string) float64 {
	if !ae.present {
		if coding == "identity" {
			return 1
		}
		return 0 // no header: send what every client reads
	}
	if q, ok := ae.q[coding]; ok {
		return q
	}
	if ae.hasStar {
		return ae.star
	}
	if coding == "identity" {
		// Acceptable unless excluded by identity;q=0 or *;q=0, but wanted
		// least: "br;q=0.5" means br rather than nothing.
		return implicitIdentity
	}
	return 0
}

// implicitIdentity is the weight of an unlisted identity: above 0, below
// the least qvalue a client can write (0.001).
const implicitIdentity = 0.0001

// negotiate picks the encoding to send among those available (besides
// identity, always available). ok is false when the client refuses identity
// and every coding we have.
func (ae acceptEncoding) negotiate(available ...string) (enc string, ok bool) {
	best, bestQ := encIdentity, ae.weight("identity")
	for _, c := range available {
		if q := ae.weight(c); q > 0 && q > bestQ || (q > 0 && q == bestQ && best == encIdentity) {
			best, bestQ = c, q
		}
	}
	return best, bestQ > 0
}

// parseQ reads an RFC 9110 qvalue: 0, 1, 0.xyz or 1.000.
func parseQ(s string) (float64, bool) {
	if s == "" || len(s) > 5 || (s[0] != '0' && s[0] != '1') {
		return 0, false
	}
	if len(s) > 1 {
		if s[1] != '.' {
			return 0, false
		}
		for _, c := range s[2:] {
			if c < '0' || c > '9' || (s[0] == '1' && c != '0') {
				return 0, false
			}
		}
	}
	q, err := strconv.ParseFloat(s, 64)
	return q, err == nil
}

func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			continue
		}
		if !strings.ContainsRune("!#$%&'*+-.^_`|~", rune(c)) {
			return false
		}
	}
	return true
}

// addVary adds Accept-Encoding to the Vary header once.
func addVary(h http.Header) {
	for _, v := range h.Values("Vary") {
		for _, f := range strings.Split(v, ",") {
			if f = strings.TrimSpace(f); f == "*" || strings.EqualFold(f, "Accept-Encoding") {
				return
			}
		}
	}
	h.Add("Vary", "Accept-Encoding")
}

// etagMatch reports whether an If-None-Match value lists etag, comparing
// weakly as RFC 9110 13.1.2 asks ("*" matches any current representation).
func etagMatch(ifNoneMatch, etag string) bool {
	if ifNoneMatch == "" || etag == "" {
		return false
	}
	etag = strings.TrimPrefix(etag, "W/")
	for _, t := range strings.Split(ifNoneMatch, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == etag {
			return true
		}
	}
	return false
}

// withSuffix gives the ETag of the enc representation of a resource whose
// identity ETag is etag.
func withSuffix(etag, enc string) string {
	s := etagSuffix[enc]
	if s == "" || !strings.HasSuffix(etag, `"`) {
		return etag
	}
	for _, have := range etagSuffix {
		if strings.HasSuffix(etag, have+`"`) {
			return etag // already names an encoded representation
		}
	}
	return etag[:len(etag)-1] + s + `"`
}

// clientINMKey holds, in a request's context, the If-None-Match the client
// sent, before compressDynamic translated it for go-app.
type clientINMKey struct{}

// clientIfNoneMatch is the If-None-Match of r as the client sent it.
func clientIfNoneMatch(r *http.Request) string {
	if v, ok := r.Context().Value(clientINMKey{}).(string); ok {
		return v
	}
	return r.Header.Get("If-None-Match")
}

// stripSuffixes turns the ETags of encoded representations in an
// If-None-Match value back into the identity ETag the inner handler knows,
// so its own 304 logic (go-app compares the header with its ETag as a
// string) works whatever encoding the client holds. held is the encoding
// of the first tag that had a suffix.
func stripSuffixes(ifNoneMatch string) (stripped, held string) {
	parts := strings.Split(ifNoneMatch, ",")
	for i, p := range parts {
		p = strings.TrimSpace(p)
		for enc, s := range etagSuffix {
			if strings.HasSuffix(p, s+`"`) {
				p = p[:len(p)-len(s)-1] + `"`
				if held == "" {
					held = enc
				}
				break
			}
		}
		parts[i] = p
	}
	return strings.Join(parts, ", "), held
}

// Dynamic compression of what is not precompressed: go-app's pages and
// scripts, the manifest, the worker. All are small and made in memory, so
// the response is buffered whole and sent with an exact Content-Length.
const (
	// Smaller bodies gain less than the Content-Encoding header costs.
	minCompressSize = 512
	// Larger bodies are streamed as they are rather than held in memory.
	maxCompressSize = 4 << 20
	// Brotli quality for bodies made per request: 5 compresses a page
	// better than gzip -9 in a fraction of a millisecond; 11, used ahead of
	// time for web/, costs tens of milliseconds on a page.
	dynamicBrotliQuality = 5
)

var (
	// compressSlots bounds the compressions running at once: they are
	// CPU-bound, so more than the CPUs only queue inside the scheduler, and
	// each holds a writer of about a megabyte that the pools below keep.
	compressSlots = make(chan struct{}, max(2, runtime.GOMAXPROCS(0)))

	// A 64 KiB window (LGWin 16) covers a page whole and needs 40% less
	// memory per writer than the default.
	brotliWriters = sync.Pool{New: func() any {
		return brotli.NewWriterOptions(nil, brotli.WriterOptions{Quality: dynamicBrotliQuality, LGWin: 16})
	}}
	gzipWriters = sync.Pool{New: func() any {
		w, _ := gzip.NewWriterLevel(nil, gzip.DefaultCompression)
		return w
	}}
)

// compressedCache remembers recent dynamic compressions by content: the
// same page, script or manifest is made again for every request, and
// hashing it costs a few microseconds where compressing costs hundreds.
// Bounded in entries and bytes; full, it forgets its oldest entries.
type compressedCache struct {
	mu      sync.Mutex
	entries map[compressedKey][]byte
	order   []compressedKey
	bytes   int
}

type compressedKey struct {
	sum [sha256.Size]byte
	enc string
}

const (
	compressedCacheEntries = 512
	compressedCacheBytes   = 8 << 20
)

var dynamicCache = &compressedCache{entries: map[compressedKey][]byte{}}

func (c *compressedCache) compress(b []byte, enc string) []byte {
	k := compressedKey{sha256.Sum256(b), enc}
	c.mu.Lock()
	out, ok := c.entries[k]
	c.mu.Unlock()
	if ok {
		return out
	}
	out = compressBytes(b, enc)
	if len(out) > compressedCacheBytes/16 {
		return out
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.entries[k]; ok {
		return out
	}
	for len(c.order) > 0 && (len(c.order) >= compressedCacheEntries || c.bytes+len(out) > compressedCacheBytes) {
		old := c.order[0]
		c.order = c.order[1:]
		c.bytes -= len(c.entries[old])
		delete(c.entries, old)
	}
	c.entries[k] = out
	c.order = append(c.order, k)
	c.bytes += len(out)
	return out
}

// compressBytes encodes b with enc ("br" or "gzip").
func compressBytes(b []byte, enc string) []byte {
	compressSlots <- struct{}{}
	defer func() { <-compressSlots }()
	var buf bytes.Buffer
	buf.Grow(len(b)/3 + 64)
	switch enc {
	case encBrotli:
		w := brotliWriters.Get().(*brotli.Writer)
		w.Reset(&buf)
		w.Write(b)
		w.Close()
		brotliWriters.Put(w)
	case encGzip:
		w := gzipWriters.Get().(*gzip.Writer)
		w.Reset(&buf)
		w.Write(b)
		w.Close()
		gzipWriters.Put(w)
	default:
		return b
	}
	return buf.Bytes()
}

// compressible reports whether a Content-Type is worth compressing.
func compressible(ctype string) bool {
	ctype, _, _ = strings.Cut(ctype, ";")
	ctype = strings.ToLower(strings.TrimSpace(ctype))
	switch ctype {
	case "application/javascript", "application/json", "application/manifest+json",
		"application/xml", "application/wasm", "image/svg+xml", "text/javascript":
		return true
	}
	return strings.HasPrefix(ctype, "text/")
}

// compressDynamic compresses what next answers when the client accepts it
// and the response is compressible, unencoded, a 200 or a 404 and not a
// range. The encoding changes the ETag (a suffix) and the request's
// If-None-Match is translated back, so next still answers 304s.
func compressDynamic(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		enc, _ := parseAcceptEncoding(r.Header).negotiate(encBrotli, encGzip)
		held := encIdentity
		if inm := r.Header.Get("If-None-Match"); inm != "" {
			var stripped string
			if stripped, held = stripSuffixes(inm); stripped != inm {
				r = r.Clone(context.WithValue(r.Context(), clientINMKey{}, inm))
				r.Header.Set("If-None-Match", stripped)
			}
		}
		cw := &compressWriter{ResponseWriter: w, enc: enc, held: held, head: r.Method == http.MethodHead}
		next.ServeHTTP(cw, r)
		cw.finish()
	})
}

type compressWriter struct {
	http.ResponseWriter
	enc  string // what the client prefers among br, gzip and identity
	held string // the encoding of the copy the client revalidates, if any
	head bool

	status      int
	decided     bool
	buffering   bool
	passthrough bool
	buf         bytes.Buffer
}

func (w *compressWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (w *compressWriter) WriteHeader(code int) {
	if w.decided {
		if !w.buffering {
			w.ResponseWriter.WriteHeader(code)
		}
		return
	}
	if code >= 100 && code < 200 {
		w.ResponseWriter.WriteHeader(code)
		return
	}
	w.decided, w.status = true, code
	h := w.Header()
	switch {
	case code == http.StatusNotModified:
		// The client's copy is still good: confirm it under its own ETag.
		if etag := h.Get("ETag"); etag != "" && w.held != encIdentity {
			addVary(h)
			h.Set("ETag", withSuffix(etag, w.held))
		}
	case (code == http.StatusOK || code == http.StatusNotFound) &&
		h.Get("Content-Encoding") == "" && h.Get("Content-Range") == "" &&
		compressible(h.Get("Content-Type")) &&
		!strings.Contains(h.Get("Cache-Control"), "no-transform"):
		addVary(h)
		if w.enc != encIdentity {
			w.buffering = true
			return
		}
	}
	w.passthrough = true
	w.ResponseWriter.WriteHeader(code)
}

func (w *compressWriter) Write(b []byte) (int, error) {
	if !w.decided {
		w.WriteHeader(http.StatusOK)
	}
	if !w.buffering {
		return w.ResponseWriter.Write(b)
	}
	if w.buf.Len()+len(b) > maxCompressSize {
		// Too big to hold: send what we have and the rest as it comes.
		w.buffering = false
		w.ResponseWriter.WriteHeader(w.status)
		if _, err := w.ResponseWriter.Write(w.buf.Bytes()); err != nil {
			return 0, err
		}
		w.buf = bytes.Buffer{}
		return w.ResponseWriter.Write(b)
	}
	return w.buf.Write(b)
}

// Flush is a no-op while buffering: the body is sent whole by finish.
func (w *compressWriter) Flush() {
	if !w.buffering {
		if f, ok := w.ResponseWriter.(http.Flusher); ok {
			f.Flush()
		}
	}
}

func (w *compressWriter) finish() {
	if !w.buffering {
		return
	}
	h := w.Header()
	body := w.buf.Bytes()
	declared, _ := strconv.Atoi(h.Get("Content-Length"))
	switch {
	case w.head && len(body) == 0 && declared > 0:
		// A HEAD answered without its body: the encoded length is unknown,
		// so describe the identity representation.
	case len(body) < minCompressSize:
	default:
		if enc := dynamicCache.compress(body, w.enc); len(enc) < len(body) {
			body = enc
			h.Set("Content-Encoding", w.enc)
			h.Del("Accept-Ranges")
			if etag := h.Get("ETag"); etag != "" {
				h.Set("ETag", withSuffix(etag, w.enc))
			}
		}
		h.Set("Content-Length", strconv.Itoa(len(body)))
	}
	w.ResponseWriter.WriteHeader(w.status)
	if !w.head {
		w.ResponseWriter.Write(body)
	}
}
