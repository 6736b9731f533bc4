//go:build !wasm

// Package pagecache keeps prerendered pages (with their chart drawings) in
// memory, made once per canonical URL for the life of the process, which is
// one version of the site. It is bounded in entries and bytes, and the key
// function decides what may be kept at all: only canonical URLs, so endless
// or hostile query variants are rendered each time but never stored.
package pagecache

import (
	"bytes"
	"net/http"
	"sync"

	"bilateral/internal/lru"
	"bilateral/server/encoding"
)

// Limits bound a Cache: at most Entries pages and Bytes of them (bodies and
// header values).
type Limits struct {
	Entries int
	Bytes   int64
}

// Cache is a bounded store of whole answers. The zero value is not usable;
// call New.
type Cache struct {
	max int64 // bytes: an answer alone over it is not kept

	pages *lru.Cache[*entry]

	mu sync.Mutex

	hits, misses uint64
}

// New is an empty cache within l.
func New(l Limits) *Cache {
	return &Cache{max: l.Bytes, pages: lru.New(l.Entries, int(l.Bytes), func(e *entry) int { return int(e.size()) })}
}

type entry struct {
	key    string
	header http.Header
	body   []byte
}

func (e *entry) size() int64 {
	n := int64(len(e.key) + len(e.body))
	for k, vs := range e.header {
		for _, v := range vs {
			n += int64(len(k) + len(v))
		}
	}
	return n
}

// Stats says how many pages the cache holds and how many requests it
// answered from memory or passed on, for tests and the bench.
func (c *Cache) Stats() (entries int, hits, misses uint64) {
	n, _ := c.pages.Len()
	c.mu.Lock()
	defer c.mu.Unlock()
	return n, c.hits, c.misses
}

// Wrap answers from the cache what key accepts, and passes everything else
// to next untouched. key names everything the answer depends on (path,
// canonical query, content encoding, the host the page's URLs name…) and
// returns false for a request that must not be kept. Only a GET answered
// 200 with a body is stored; If-None-Match is answered from the stored
// ETag, so a revalidating reader costs no rendering either.
//
// failures (may be nil) counts the pages made incomplete so far, such as a
// chart the server could not draw in time under load: an answer made while
// it moved is served but not kept, so a passing burst does not leave a page
// undrawn for every later reader of this version. Another request's failure
// in the same moment only costs a render later.
func (c *Cache) Wrap(next http.Handler, key func(*http.Request) (string, bool), failures func() uint64) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead || r.Header.Get("Range") != "" {
			next.ServeHTTP(w, r)
			return
		}
		k, ok := key(r)
		if !ok {
			next.ServeHTTP(w, r)
			return
		}
		e, hit := c.pages.Get(k)
		c.mu.Lock()
		if hit {
			c.hits++
		} else {
			c.misses++
		}
		c.mu.Unlock()
		if hit {
			e.serve(w, r)
			return
		}
		if r.Method == http.MethodHead || r.Header.Get("If-None-Match") != "" {
			// Neither answer carries the page: render it for this request only.
			next.ServeHTTP(w, r)
			return
		}
		var failed uint64
		if failures != nil {
			failed = failures()
		}
		rec := &recorder{header: http.Header{}}
		next.ServeHTTP(rec, r)
		complete := failures == nil || failures() == failed
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		e = &entry{key: k, header: rec.header, body: rec.body.Bytes()}
		// An answer alone over the byte bound would only push every other
		// page out: it is served but not kept.
		if complete && rec.status == http.StatusOK && len(e.body) > 0 && e.size() <= c.max {
			c.pages.Add(k, e)
		}
		copyHeader(w.Header(), rec.header)
		w.WriteHeader(rec.status)
		w.Write(e.body)
	})
}

// serve writes a stored 200, or a 304 when the reader holds its ETag.
func (e *entry) serve(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	copyHeader(h, e.header)
	if etag := e.header.Get("ETag"); etag != "" && encoding.ETagMatch(r.Header.Get("If-None-Match"), etag) {
		h.Del("Content-Length")
		h.Del("Content-Type")
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(e.body)
	}
}

func copyHeader(dst, src http.Header) {
	for k, vs := range src {
		dst[k] = append([]string(nil), vs...)
	}
}

// recorder keeps a whole answer so it can be stored before it is sent.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.header }

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.body.Write(b)
}
