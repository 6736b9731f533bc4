//go:build !wasm

package site

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"sync"
)

// renderSlots bounds the pages go-app renders at once (those the page cache
// does not hold; its scripts, answered from memory, take none: see
// goappResources): their charts are drawn chartRuntimes at a time anyway,
// and ten pages made at once held ~8 MB of half-built pages waiting for the
// runtime. One more than the runtimes keeps a page being built while another
// is drawn.
var renderSlots = newRenderQueue(chartRuntimes + 1)

// renderQueue hands out render slots, a reader's page before any page
// fetched in the background, and never its last free slot to a background
// fetch. A service worker's install asks for every page at once; on a
// server that had made none of them yet (just started, or a new version),
// a reader who arrived a second after it waited 31 s for a page, behind all
// 21 (7 Dec 2026, `bin/bilateral`, one install's fetches and one
// navigation). The install is in no hurry: nobody looks at what it fetches.
// With the readers first, the same reader still waited 4 s: both slots
// held by the install's pages, then its charts drawn in turn with theirs;
// with a slot always left to readers, 3 s (its page alone: 1.5 s).
type renderQueue struct {
	mu      sync.Mutex
	free    int
	bgHeld  int             // slots held by background fetches
	bgMost  int             // at most this many
	readers []chan struct{} // waiting, first come first served
	later   []chan struct{}

	slots     int           // free, held by background fetches, or by readers' pages
	noReaders chan struct{} // closed while no reader holds or waits for a slot
}

func newRenderQueue(slots int) *renderQueue {
	q := &renderQueue{free: slots, slots: slots, bgMost: max(1, slots-1), noReaders: make(chan struct{})}
	close(q.noReaders)
	return q
}

// whenNoReaders is closed once no reader's page holds or waits for a
// render slot (at once if none does). What the server makes of its own
// accord waits for it (WarmPages): a background page made beside a
// reader's has its charts drawn in turn with the reader's, on the one
// drawing runtime, and an uncached deep link then took its reader 4.5–5.3 s
// instead of 1.5–2.1 s (7 Dec 2026). A service worker's install does not
// wait for it: it must end even while readers keep coming.
func (q *renderQueue) whenNoReaders() <-chan struct{} {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.noReaders
}

// readersChanged keeps noReaders in step with the readers holding or
// waiting for a slot; q.mu is held.
func (q *renderQueue) readersChanged() {
	held := q.slots - q.free - q.bgHeld
	busy := len(q.readers)+held > 0
	select {
	case <-q.noReaders: // none till now
		if busy {
			q.noReaders = make(chan struct{})
		}
	default:
		if !busy {
			close(q.noReaders)
		}
	}
}

// take waits for a slot, and reports whether it got one: not when ctx ended
// first (the reader left before its turn). A slot taken is given back with
// give, saying the same of background.
func (q *renderQueue) take(ctx context.Context, background bool) bool {
	turn := make(chan struct{})
	q.mu.Lock()
	if background {
		q.later = append(q.later, turn)
	} else {
		q.readers = append(q.readers, turn)
	}
	q.dispatch()
	q.readersChanged()
	q.mu.Unlock()
	select {
	case <-turn:
		return true
	case <-ctx.Done():
		q.mu.Lock()
		waiting := slices.Contains(q.readers, turn) || slices.Contains(q.later, turn)
		q.readers = slices.DeleteFunc(q.readers, func(c chan struct{}) bool { return c == turn })
		q.later = slices.DeleteFunc(q.later, func(c chan struct{}) bool { return c == turn })
		q.readersChanged()
		q.mu.Unlock()
		if !waiting {
			q.give(background) // handed a slot as it left: the next one has it
		}
		return false
	}
}

// give hands back a slot taken with take.
func (q *renderQueue) give(background bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.free++
	if background {
		q.bgHeld--
	}
	q.dispatch()
	q.readersChanged()
}

// dispatch hands the free slots out: to the first reader waiting, else to
// the first background fetch while fewer than bgMost hold one.
func (q *renderQueue) dispatch() {
	for q.free > 0 {
		switch {
		case len(q.readers) > 0:
			close(q.readers[0])
			q.readers = q.readers[1:]
		case len(q.later) > 0 && q.bgHeld < q.bgMost:
			close(q.later[0])
			q.later = q.later[1:]
			q.bgHeld++
		default:
			return
		}
		q.free--
	}
}

// fetchedInBackground tells a page nobody is waiting to see: fetched by a
// script (a service worker's precache: Sec-Fetch-Dest "empty") or by a
// browser's speculative prefetch or prerender (Sec-Purpose). A navigation,
// an embed's frame and a client that sends neither header (a crawler,
// curl) are readers. A client can claim to be a reader: that only puts
// it among the readers, first come first served.
func fetchedInBackground(r *http.Request) bool {
	return r.Header.Get("Sec-Fetch-Dest") == "empty" || strings.Contains(r.Header.Get("Sec-Purpose"), "prefetch")
}
