//go:build !wasm

package chartsvg

import (
	"context"
	"crypto/sha256"
	"strconv"

	"bilateral/internal/lru"
)

// Cache keeps the last themed drawings by option and size, as pages carry
// them (ForPage), so a page asked for again (or another page with the same
// chart) costs no drawing and no rewriting. It is bounded: hostile query
// variants cannot grow it.
type Cache struct {
	r        *Renderer
	drawings *lru.Cache[Drawing]
}

// NewCache draws with r and keeps at most max drawings and maxBytes bytes
// of them (no byte bound when maxBytes is 0).
func NewCache(r *Renderer, max, maxBytes int) *Cache {
	return &Cache{r: r, drawings: lru.New(max, maxBytes, Drawing.size)}
}

// ThemedWidths is r.RenderThemedWidths with each SVG as a page carries it
// (ForPage: not for a drawing shown alone), from the cache when it holds
// every drawing; otherwise all are drawn again, at once, which costs less
// than drawing the missing ones alone. Two callers asking for the same new
// drawings at once may both draw them.
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
