//go:build !wasm

// Package pagecache keeps prerendered pages (with their chart drawings) in
// memory, made once per canonical URL for the life of the process, which is
// one version of the site. It is bounded in entries and bytes, and the key
// function decides what may be kept at all: only canonical URLs, so endless
// or hostile query variants are rendered each time but never stored.
//
// Canonical pages are still far more than the cache holds (every figure,
// event and table of every view in every language, every period, and the
// host with -allowed-hosts), so one LRU for all of them let a stranger
// sweeping ordinary deep links push out the views' own pages, which then
// cost the next reader seconds of drawing. The pages the server makes at
// start (site.WarmPages) are therefore pinned: kept apart from the LRU and
// never evicted, whatever else is asked for. Pinning is marked on the
// request's context (Pin), which only the server's own code can set: no
// header, cookie or address a client sends pins anything. The pinned pages
// take their share of the same budget (Limits) rather than adding to it, so
// the cache holds no more than before; the LRU holds the rest. And the
// pinned set has its own cap (Limits.PinnedEntries, PinnedBytes): a page
// asked to be pinned past it is kept in the LRU like any other, so a bug
// that pins too much cannot take the whole budget, and pinned pages never
// push out one another.
package pagecache

import (
	"bytes"
	"context"
	"net/http"
	"sync"
	"sync/atomic"

	"bilateral/internal/lru"
	"bilateral/server/encoding"
)

// Limits bound a Cache: at most Entries pages and Bytes of them (bodies and
// header values), pinned ones included. Of those, at most PinnedEntries and
// PinnedBytes are pinned (see Pin); each is cut to half of its whole, so
// the LRU always keeps at least half of the budget.
type Limits struct {
	Entries int
	Bytes   int64

	PinnedEntries int
	PinnedBytes   int64
}

// Cache is a bounded store of whole answers. The zero value is not usable;
// call New.
type Cache struct {
	limits Limits

	pages *lru.Cache[*entry] // what is not pinned, within limits less pinned

	mu sync.Mutex
	// pinned holds the pages asked for with Pin, never evicted, within
	// limits.PinnedEntries and PinnedBytes; pinnedBytes is their size.
	pinned      map[string]*entry
	pinnedBytes int64
	// making holds, for each key a request is making an answer for now,
	// what is closed when it is done: a page asked for again meanwhile
	// waits for that answer instead of making its own. A service worker's
	// install asks for every page at once, and a few readers' installs at
	// the same time made each cold page (and drew its charts) once per
	// reader, which under load ran the drawings out of time.
	making map[string]chan struct{}

	hits, misses uint64
}

// New is an empty cache within l.
func New(l Limits) *Cache {
	l.PinnedEntries = max(0, min(l.PinnedEntries, l.Entries/2))
	l.PinnedBytes = max(0, min(l.PinnedBytes, l.Bytes/2))
	return &Cache{limits: l, making: map[string]chan struct{}{}, pinned: map[string]*entry{},
		pages: lru.New(l.Entries, int(l.Bytes), func(e *entry) int { return int(e.size()) })}
}

// pinKey marks, in a request's context, that the answer kept for it is
// pinned.
type pinKey struct{}

// Pin marks the requests made with ctx: a page the cache keeps for one, or
// holds already when one asks for it, is pinned, within the cap (Limits).
// It is for the server's own requests, the pages it makes at start; a
// context is the one part of a request a client cannot write.
func Pin(ctx context.Context) context.Context {
	return context.WithValue(ctx, pinKey{}, true)
}

func pinned(r *http.Request) bool {
	p, _ := r.Context().Value(pinKey{}).(bool)
	return p
}

// get is the page kept at k, pinned now if pin asks and it was not yet.
// c.mu is held.
func (c *Cache) get(k string, pin bool) (*entry, bool) {
	if e, ok := c.pinned[k]; ok {
		return e, true
	}
	e, ok := c.pages.Get(k)
	if ok && pin {
		c.pin(e)
	}
	return e, ok
}

// keep stores e, pinned if pin asks and the cap allows, else in the LRU.
func (c *Cache) keep(e *entry, pin bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.pinned[e.key]; ok || pin && c.pin(e) {
		return
	}
	c.pages.Add(e.key, e)
}

// pin moves e from the LRU (if it is there) into the pinned set and takes
// its size from the LRU's bounds, unless the pinned set is at its cap
// (false: e stays where it was). c.mu is held.
func (c *Cache) pin(e *entry) bool {
	n := e.size()
	if len(c.pinned) >= c.limits.PinnedEntries || c.pinnedBytes+n > c.limits.PinnedBytes {
		return false
	}
	c.pages.Remove(e.key)
	c.pinned[e.key] = e
	c.pinnedBytes += n
	c.pages.SetBounds(c.limits.Entries-len(c.pinned), int(c.limits.Bytes-c.pinnedBytes))
	return true
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

// Stats says how many pages the cache holds (pinned ones included) and how
// many requests it answered from memory or passed on, for tests and the
// bench.
func (c *Cache) Stats() (entries int, hits, misses uint64) {
	n, _ := c.pages.Len()
	c.mu.Lock()
	defer c.mu.Unlock()
	return n + len(c.pinned), c.hits, c.misses
}

// Wrap answers from the cache what key accepts, and passes everything else
// to next untouched. key names everything the answer depends on (path,
// canonical query, content encoding, the host the page's URLs name…) and
// returns false for a request that must not be kept. Only a GET answered
// 200 with a body is stored; a HEAD is answered from it without the body,
// and If-None-Match from its ETag, so a revalidating reader costs no
// rendering either. A Range is ignored and the whole answer sent, 200, as
// RFC 9110 (section 14.2) allows and go-app does for pages: passed on, each
// request with a Range header cost a whole render, a cheap way to keep the
// render slots busy.
//
// A handler that made its answer incomplete, such as a page with a chart
// the server could not draw in time under load, says so with DoNotKeep: the
// answer is served but not kept, so a passing burst does not leave a page
// undrawn for every later reader of this version, and the next request
// makes it again. Only that request's own answer is refused: a page made
// whole beside it is kept.
func (c *Cache) Wrap(next http.Handler, key func(*http.Request) (string, bool)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			next.ServeHTTP(w, r)
			return
		}
		k, ok := key(r)
		if !ok {
			next.ServeHTTP(w, r)
			return
		}
		if !c.lead(w, r, k) {
			return
		}
		// Those waiting for this answer go on once it is kept (or not), not
		// once a slow reader has taken it all.
		done := sync.OnceFunc(func() { c.done(k) })
		defer done()
		// A HEAD or a revalidation is made as the GET it stands for: the
		// page costs its whole render either way, so it is kept, and this
		// answer and every later one come from the entry (serve), with the
		// same headers as a GET's.
		refused := new(atomic.Bool)
		rec := &recorder{header: http.Header{}}
		made := r.Clone(context.WithValue(r.Context(), refusedKey{}, refused))
		made.Method = http.MethodGet
		made.Header.Del("If-None-Match")
		made.Header.Del("Range")
		made.Header.Del("If-Range")
		next.ServeHTTP(rec, made)
		complete := !refused.Load()
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		// The body exactly, not the buffer it grew in (up to twice as large),
		// since the cache keeps it.
		e := &entry{key: k, header: rec.header, body: bytes.Clone(rec.body.Bytes())}
		// An answer alone over the byte bound would only push every other
		// page out: it is served but not kept. The bound is the LRU's when
		// the pinned pages take all they may.
		if complete && rec.status == http.StatusOK && len(e.body) > 0 && e.size() <= c.limits.Bytes-c.limits.PinnedBytes {
			c.keep(e, pinned(r))
		}
		done()
		if rec.status == http.StatusOK {
			e.serve(w, r)
			return
		}
		copyHeader(w.Header(), rec.header)
		w.WriteHeader(rec.status)
		if r.Method != http.MethodHead {
			w.Write(e.body)
		}
	})
}

// lead answers r from the cache when it can, waiting for an answer to k
// under way, and otherwise takes the making of k's answer for r (true);
// the caller then calls done. It is false when r was answered, or its
// reader left while it waited.
func (c *Cache) lead(w http.ResponseWriter, r *http.Request, k string) bool {
	for {
		c.mu.Lock()
		e, hit := c.get(k, pinned(r))
		made, waiting := c.making[k]
		switch {
		case hit:
			c.hits++
		case !waiting:
			c.misses++
			c.making[k] = make(chan struct{})
		}
		c.mu.Unlock()
		if hit {
			e.serve(w, r)
			return false
		}
		if !waiting {
			return true
		}
		select {
		case <-made: // kept, or not: look again
		case <-r.Context().Done():
			return false
		}
	}
}

// done ends the making of k's answer (see lead).
func (c *Cache) done(k string) {
	c.mu.Lock()
	close(c.making[k])
	delete(c.making, k)
	c.mu.Unlock()
}

// refusedKey carries, in a request's context, whether the answer made for
// it may be kept.
type refusedKey struct{}

// DoNotKeep tells the Cache that is making r's answer not to keep it; for a
// request no Cache is making, it does nothing.
func DoNotKeep(r *http.Request) {
	if refused, ok := r.Context().Value(refusedKey{}).(*atomic.Bool); ok {
		refused.Store(true)
	}
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
