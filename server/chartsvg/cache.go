//go:build !wasm

package chartsvg

import (
	"context"
	"crypto/sha256"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"bilateral/internal/lru"
)

// Cache keeps the last themed drawings by option and size, as pages carry
// them (ForPage), so a page asked for again (or another page with the same
// chart) costs no drawing and no rewriting. It is bounded: hostile query
// variants cannot grow it.
type Cache struct {
	r        *Renderer
	drawings *lru.Cache[Drawing]

	mu     sync.Mutex
	making map[string]*drawing // by the keys of its widths
}

// drawing is one ThemedWidths under way, which every caller asking for the
// same drawings waits for.
type drawing struct {
	done chan struct{}
	out  []Drawing
	err  error
}

// maxMaking bounds the drawings under way, those finishing for a caller
// that stopped waiting included; past it a caller draws within its own
// wait, as a drawing did before.
const maxMaking = 8

// NewCache draws with r and keeps at most max drawings and maxBytes bytes
// of them (no byte bound when maxBytes is 0).
func NewCache(r *Renderer, max, maxBytes int) *Cache {
	return &Cache{r: r, drawings: lru.New(max, maxBytes, Drawing.size), making: map[string]*drawing{}}
}

// ThemedWidths is r.RenderThemedWidths with each SVG as a page carries it
// (ForPage: not for a drawing shown alone), from the cache when it holds
// every drawing; otherwise all are drawn again, at once, which costs less
// than drawing the missing ones alone.
//
// Callers asking for the same drawings at once wait for one drawing. And
// a drawing goes on to the end (within the Renderer's bounds) when ctx
// ends first: the caller gets ctx's error and serves its page without the
// chart, and the drawing is in the cache for the next request. Stopped
// with its caller, a drawing too slow for a busy machine was lost each
// time and begun again by the next request, for ever.
func (c *Cache) ThemedWidths(ctx context.Context, option []byte, widths []int, height int) ([]Drawing, error) {
	keys := make([]string, len(widths))
	out := make([]Drawing, len(widths))
	all := true
	for i, width := range widths {
		sum := sha256.Sum256(append([]byte(strconv.Itoa(width)+"x"+strconv.Itoa(height)+":"), option...))
		keys[i] = string(sum[:])
		d, ok := c.drawings.Get(keys[i])
		out[i], all = d, all && ok
	}
	if all {
		return out, nil
	}
	flight := strings.Join(keys, "")
	c.mu.Lock()
	d, waiting := c.making[flight]
	if !waiting {
		if len(c.making) >= maxMaking {
			c.mu.Unlock()
			return c.draw(ctx, option, widths, height, keys)
		}
		d = &drawing{done: make(chan struct{})}
		c.making[flight] = d
		go func() {
			defer func() {
				// Out of any request, a panic would stop the server; its
				// callers get it as an error, as a request's drawing did.
				if p := recover(); p != nil {
					d.out, d.err = nil, fmt.Errorf("chartsvg: drawing panicked: %v", p)
				}
				c.mu.Lock()
				delete(c.making, flight)
				c.mu.Unlock()
				close(d.done)
			}()
			d.out, d.err = c.draw(context.Background(), option, widths, height, keys)
		}()
	}
	c.mu.Unlock()
	select {
	case <-d.done:
		return d.out, d.err
	case <-ctx.Done():
		return nil, context.Cause(ctx)
	}
}

// draw draws every width and keeps the drawings.
func (c *Cache) draw(ctx context.Context, option []byte, widths []int, height int, keys []string) ([]Drawing, error) {
	out, err := c.r.RenderThemedWidths(ctx, option, widths, height)
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].SVG = []byte(ForPage(string(out[i].SVG)))
		c.drawings.Add(keys[i], out[i])
	}
	return out, nil
}

// size is what a drawing holds in bytes, for the cache's bound.
func (d Drawing) size() int {
	n := len(d.SVG)
	for _, r := range d.dark {
		n += len(r.scope) + len(r.rule)
	}
	return n
}
