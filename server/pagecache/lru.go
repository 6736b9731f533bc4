//go:build !wasm

package pagecache

import "container/list"

// lru holds at most maxEntries values and maxBytes of them, dropping the
// least recently used first. It is not safe for concurrent use: Cache locks.
type lru struct {
	maxEntries int
	maxBytes   int64

	bytes int64
	order *list.List // of *entry, most recently used first
	byKey map[string]*list.Element
}

func newLRU(maxEntries int, maxBytes int64) *lru {
	return &lru{maxEntries: maxEntries, maxBytes: maxBytes, order: list.New(), byKey: map[string]*list.Element{}}
}

func (c *lru) get(key string) (*entry, bool) {
	e, ok := c.byKey[key]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*entry), true
}

// add keeps v under key unless v alone is over the byte bound (it would
// only push everything else out), then drops the oldest until both bounds
// hold.
func (c *lru) add(key string, v *entry) {
	if v.size() > c.maxBytes || c.maxEntries <= 0 {
		return
	}
	if old, ok := c.byKey[key]; ok {
		c.bytes -= old.Value.(*entry).size()
		c.order.Remove(old)
	}
	c.byKey[key] = c.order.PushFront(v)
	c.bytes += v.size()
	for c.order.Len() > c.maxEntries || c.bytes > c.maxBytes {
		last := c.order.Back()
		old := last.Value.(*entry)
		delete(c.byKey, old.key)
		c.bytes -= old.size()
		c.order.Remove(last)
	}
}

func (c *lru) len() int { return c.order.Len() }
