//go:build !wasm

package encoding

import (
	"bytes"
	"context"
	"crypto/sha256"
	"net/http"
	"strconv"
	"strings"

	"bilateral/internal/lru"
)

// Dynamic compression of what is not precompressed: go-app's pages and
// scripts, the manifest, the worker. All are small and made in memory, so
// the response is buffered whole and sent with an exact Content-Length.
const (
	// Smaller bodies gain less than the Content-Encoding header costs.
	minCompressSize = 512
	// Larger bodies are streamed as they are rather than held in memory.
	maxCompressSize = 4 << 20
)

// dynamicCache remembers recent dynamic compressions by content and
// encoding: the same page, script or manifest is made again for every
// request, and hashing it costs a few microseconds where compressing costs
// hundreds.
var dynamicCache = lru.New(dynamicCacheEntries, dynamicCacheBytes, func(b []byte) int { return len(b) })

const (
	dynamicCacheEntries = 512
	dynamicCacheBytes   = 8 << 20
)

// compressCached is Encode(b, enc), from dynamicCache when it holds it.
// Bodies that compress to more than a sixteenth of the cache are not kept.
func compressCached(b []byte, enc string) []byte {
	sum := sha256.Sum256(b)
	key := string(sum[:]) + enc
	if out, ok := dynamicCache.Get(key); ok {
		return out
	}
	out := Encode(b, enc)
	if len(out) <= dynamicCacheBytes/16 {
		dynamicCache.Add(key, out)
	}
	return out
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

// Dynamic compresses what next answers when the client accepts it
// and the response is compressible, unencoded, a 200 or a 404 and not a
// range. The encoding changes the ETag (a suffix) and the request's
// If-None-Match is translated back, so next still answers 304s.
func Dynamic(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		enc, _ := ParseAccept(r.Header).Negotiate(Brotli, Gzip)
		held := Identity
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
		if etag := h.Get("ETag"); etag != "" && w.held != Identity {
			AddVary(h)
			h.Set("ETag", WithSuffix(etag, w.held))
		}
	case (code == http.StatusOK || code == http.StatusNotFound) &&
		h.Get("Content-Encoding") == "" && h.Get("Content-Range") == "" &&
		compressible(h.Get("Content-Type")) &&
		!strings.Contains(h.Get("Cache-Control"), "no-transform"):
		AddVary(h)
		if w.enc != Identity {
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
		if enc := compressCached(body, w.enc); len(enc) < len(body) {
			body = enc
			h.Set("Content-Encoding", w.enc)
			h.Del("Accept-Ranges")
			if etag := h.Get("ETag"); etag != "" {
				h.Set("ETag", WithSuffix(etag, w.enc))
			}
		}
		h.Set("Content-Length", strconv.Itoa(len(body)))
	}
	w.ResponseWriter.WriteHeader(w.status)
	if !w.head {
		w.ResponseWriter.Write(body)
	}
}
