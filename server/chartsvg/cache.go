//go:build !wasm

package chartsvg

import (
	"container/list"
	"context"
	"crypto/sha256"
	"strconv"
	"sync"
)

// Cache keeps the last themed drawings by option and size, so a page asked
// for again (or another page with the same chart) costs no drawing. It is
// bounded: hostile query variants cannot grow it.
type Cache struct {
	r   *Renderer
	max int

	mu    sync.Mutex
	order *list.List // of *cached, most recently used first
	byKey map[[32]byte]*list.Element
}

type cached struct {
	key [32]byte
	svg []byte
}

// NewCache draws with r and keeps at most max drawings.
func NewCache(r *Renderer, max int) *Cache {
	return &Cache{r: r, max: max, order: list.New(), byKey: map[[32]byte]*list.Element{}}
}

// Themed is r.RenderThemed, from the cache when it holds the drawing. Two
// callers asking for the same new drawing at once may both draw it.
func (c *Cache) Themed(ctx context.Context, option []byte, width, height int) ([]byte, error) {
	key := sha256.Sum256(append([]byte(strconv.Itoa(width)+"x"+strconv.Itoa(height)+":"), option...))
	c.mu.Lock()
	if e, ok := c.byKey[key]; ok {
		c.order.MoveToFront(e)
		svg := e.Value.(*cached).svg
		c.mu.Unlock()
		return svg, nil
	}
	c.mu.Unlock()
	svg, err := c.r.RenderThemed(ctx, option, width, height)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.byKey[key]; !ok {
		c.byKey[key] = c.order.PushFront(&cached{key, svg})
		for c.order.Len() > c.max {
			last := c.order.Back()
			delete(c.byKey, last.Value.(*cached).key)
			c.order.Remove(last)
		}
	}
	return svg, nil
}
