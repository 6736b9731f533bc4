// Package lru is the one bounded cache of the server: string keys, values
// whose size in bytes the cache is told, at most so many entries and so
// many bytes, the least recently used dropped first. Every cache the server
// fills from what clients ask for is one of these, so hostile URL variants
// cannot grow memory.
package lru

import (
	"container/list"
	"sync"
)

// Cache is safe for concurrent use. The zero value is not usable: New.
type Cache[V any] struct {
	maxEntries, maxBytes int
	size                 func(V) int

	mu    sync.Mutex
	bytes int
	order *list.List // of *entry[V], most recently used first
	byKey map[string]*list.Element
}

type entry[V any] struct {
	key  string
	val  V
	size int
}

// New keeps at most maxEntries values and, when maxBytes > 0, at most
// maxBytes bytes of them as size counts them (though always the last one
// added, whatever its size). size may be nil when maxBytes is 0.
func New[V any](maxEntries, maxBytes int, size func(V) int) *Cache[V] {
	if size == nil {
		size = func(V) int { return 0 }
	}
	return &Cache[V]{maxEntries: maxEntries, maxBytes: maxBytes, size: size,
		order: list.New(), byKey: map[string]*list.Element{}}
}

// Get is the value at key, which becomes the most recently used.
func (c *Cache[V]) Get(key string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byKey[key]; ok {
		c.order.MoveToFront(e)
		return e.Value.(*entry[V]).val, true
	}
	var zero V
	return zero, false
}

// Add keeps v at key unless the key is held already (two callers that made
// the same value at once keep the first), then drops the least recently
// used values over the bounds.
func (c *Cache[V]) Add(key string, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byKey[key]; ok {
		c.order.MoveToFront(e)
		return
	}
	n := c.size(v)
	c.byKey[key] = c.order.PushFront(&entry[V]{key, v, n})
	c.bytes += n
	c.trim()
}

// trim drops the least recently used values over the bounds.
func (c *Cache[V]) trim() {
	for c.order.Len() > c.maxEntries || (c.maxBytes > 0 && c.bytes > c.maxBytes && c.order.Len() > 1) {
		c.remove(c.order.Back())
	}
}

func (c *Cache[V]) remove(e *list.Element) {
	old := e.Value.(*entry[V])
	c.order.Remove(e)
	delete(c.byKey, old.key)
	c.bytes -= old.size
}

// Remove takes the value at key out of the cache, if it holds one.
func (c *Cache[V]) Remove(key string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byKey[key]; ok {
		c.remove(e)
		return e.Value.(*entry[V]).val, true
	}
	var zero V
	return zero, false
}

// SetBounds changes the bounds New set, dropping the least recently used
// values over the new ones: a cache that shares a budget with something
// else gives up what that takes.
func (c *Cache[V]) SetBounds(maxEntries, maxBytes int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.maxEntries, c.maxBytes = maxEntries, maxBytes
	c.trim()
}

// Len is how many values and bytes the cache holds.
func (c *Cache[V]) Len() (entries, bytes int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len(), c.bytes
}
