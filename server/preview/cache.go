//go:build !wasm

package preview

import (
	"container/list"
	"sync"
)

// cache keeps the pictures last asked for, bounded by count and by bytes,
// dropping the least recently used first: a picture is made once per state
// and version, and a crawler walking every state cannot grow the memory.
type cache struct {
	mu                 sync.Mutex
	maxItems, maxBytes int
	bytes              int
	order              *list.List // front: most recently used
	byKey              map[string]*list.Element
}

type picture struct {
	key  string
	png  []byte
	etag string
}

func newCache(maxItems, maxBytes int) *cache {
	return &cache{maxItems: maxItems, maxBytes: maxBytes, order: list.New(), byKey: map[string]*list.Element{}}
}

func (c *cache) get(key string) (picture, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byKey[key]; ok {
		c.order.MoveToFront(e)
		return e.Value.(picture), true
	}
	return picture{}, false
}

func (c *cache) add(p picture) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byKey[p.key]; ok {
		c.order.MoveToFront(e)
		return
	}
	c.byKey[p.key] = c.order.PushFront(p)
	c.bytes += len(p.png)
	for c.order.Len() > c.maxItems || (c.bytes > c.maxBytes && c.order.Len() > 1) {
		last := c.order.Back()
		old := last.Value.(picture)
		c.order.Remove(last)
		delete(c.byKey, old.key)
		c.bytes -= len(old.png)
	}
}

// size is how many pictures and bytes the cache holds.
func (c *cache) size() (int, int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len(), c.bytes
}
