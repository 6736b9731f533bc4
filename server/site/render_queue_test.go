//go:build !wasm

package site

import (
	"context"
	"net/http/httptest"
	"testing"
	"time"
)

// TestRenderQueueReadersFirst: with every slot taken, a slot given back
// goes to a reader's page before a background fetch that waited longer; a
// background fetch never takes the last free slot, so a reader arriving
// then starts at once; and a waiter who leaves gives up its turn.
func TestRenderQueueReadersFirst(t *testing.T) {
	q := newRenderQueue(2)
	ctx := context.Background()
	if !q.take(ctx, true) {
		t.Fatal("the first background fetch got no slot from an idle queue")
	}
	got := make(chan string, 4)
	wait := func(name string, background bool) {
		go func() {
			if q.take(ctx, background) {
				got <- name
			}
		}()
	}
	wait("background 2", true)
	waitFor(t, q, 0, 1)
	soon, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if !q.take(soon, false) {
		t.Fatal("a reader did not get the slot a background fetch may not take")
	}
	wait("reader 2", false)
	waitFor(t, q, 1, 1)
	q.give(true) // the first background fetch ends
	if first := receive(t, got); first != "reader 2" {
		t.Fatalf("the slot given back went to %s, want the reader waiting", first)
	}
	select {
	case name := <-got:
		t.Fatalf("%s took a slot while both were held", name)
	case <-time.After(50 * time.Millisecond):
	}
	q.give(false)
	if next := receive(t, got); next != "background 2" {
		t.Fatalf("then %s, want the background fetch", next)
	}

	left, cancel := context.WithCancel(ctx)
	done := make(chan bool)
	go func() { done <- q.take(left, false) }()
	waitFor(t, q, 1, 0)
	cancel()
	if <-done {
		t.Fatal("a reader who left was given a slot")
	}
	if r, b := q.waiting(); r+b != 0 {
		t.Errorf("%d readers and %d background fetches still waiting after the only waiter left", r, b)
	}
	q.give(true)
	q.give(false)
	if q.free != 2 || q.bgHeld != 0 {
		t.Errorf("after every slot came back: %d free, %d held in the background; want 2 and 0", q.free, q.bgHeld)
	}
}

// TestFetchedInBackground: a service worker's precache and a speculative

// TestRenderQueueNoReaders: whenNoReaders is closed exactly while no
// reader's page holds or waits for a slot, whichever way a reader leaves:
// its page made, or gone before its turn.
func TestRenderQueueNoReaders(t *testing.T) {
	q := newRenderQueue(1)
	closed := func() bool {
		select {
		case <-q.whenNoReaders():
			return true
		default:
			return false
		}
	}
	if !closed() {
		t.Fatal("an idle queue has readers")
	}
	ctx := context.Background()
	q.take(ctx, true)
	if !closed() {
		t.Error("a background fetch counted as a reader")
	}
	q.give(true)
	q.take(ctx, false)
	if closed() {
		t.Error("a reader holding a slot went unseen")
	}
	// waitingReader is a reader queued for a slot: leave makes it go,
	// took says whether it had one.
	waitingReader := func() (leave func(), took <-chan bool) {
		left, leave := context.WithCancel(ctx)
		c := make(chan bool)
		go func() { c <- q.take(left, false) }()
		for r, _ := q.waiting(); r != 1; r, _ = q.waiting() {
			time.Sleep(time.Millisecond)
		}
		return leave, c
	}
	leave, took := waitingReader()
	q.give(false)
	// The waiting reader has the slot now, or leaves with it at once.
	leave()
	if <-took {
		if closed() {
			t.Error("the reader handed the slot went unseen")
		}
		q.give(false)
	}
	if !closed() {
		t.Error("with every reader gone, the queue still has readers")
	}
	q.take(ctx, false)
	leave, took = waitingReader()
	leave()
	if <-took {
		t.Fatal("a reader who left before a slot was free got one")
	}
	if closed() {
		t.Error("a reader holding a slot went unseen after another left the queue")
	}
	q.give(false)
	if !closed() {
		t.Error("with every reader gone, the queue still has readers")
	}
	// A reader waiting behind a background fetch, who leaves.
	q.take(ctx, true)
	leave, took = waitingReader()
	if closed() {
		t.Error("a reader waiting for a slot went unseen")
	}
	leave()
	if <-took {
		t.Fatal("a reader who left before a slot was free got one")
	}
	if !closed() {
		t.Error("the only reader left the queue, which still has readers")
	}
	q.give(true)
}

// prefetch wait; navigations, frames and clients that say nothing do not.
func TestFetchedInBackground(t *testing.T) {
	for _, c := range []struct {
		header, value string
		background    bool
	}{
		{"Sec-Fetch-Dest", "empty", true},
		{"Sec-Purpose", "prefetch;prerender", true},
		{"Sec-Purpose", "prefetch", true},
		{"Sec-Fetch-Dest", "document", false},
		{"Sec-Fetch-Dest", "iframe", false},
		{"", "", false},
	} {
		r := httptest.NewRequest("GET", "/trade", nil)
		if c.header != "" {
			r.Header.Set(c.header, c.value)
		}
		if got := fetchedInBackground(r); got != c.background {
			t.Errorf("%s: %q: background %v, want %v", c.header, c.value, got, c.background)
		}
	}
}

func waitFor(t *testing.T, q *renderQueue, readers, background int) {
	t.Helper()
	for start := time.Now(); time.Since(start) < 5*time.Second; time.Sleep(time.Millisecond) {
		if r, b := q.waiting(); r == readers && b == background {
			return
		}
	}
	r, b := q.waiting()
	t.Fatalf("waiting: %d readers, %d background; want %d and %d", r, b, readers, background)
}

func receive(t *testing.T, got chan string) string {
	t.Helper()
	select {
	case name := <-got:
		return name
	case <-time.After(5 * time.Second):
		t.Fatal("no waiter got the slot given back")
		return ""
	}
}
