//go:build !wasm

package chartsvg

import (
	"context"
	"crypto/sha256"
	"strconv"

	"bilateral/internal/lru"
)

// Cache keeps the last themed drawings by option and size, so a page asked
// for again (or another page with the same chart) costs no drawing. It is
// bounded: hostile query variants cannot grow it.
type Cache struct {
	r        *Renderer
	drawings *lru.Cache[[]byte]
}

// NewCache draws with r and keeps at most max drawings.
func NewCache(r *Renderer, max int) *Cache {
	return &Cache{r: r, drawings: lru.New[[]byte](max, 0, nil)}
}

// Themed is r.RenderThemed, from the cache when it holds the drawing. Two
// callers asking for the same new drawing at once may both draw it.
func (c *Cache) Themed(ctx context.Context, option []byte, width, height int) ([]byte, error) {
	sum := sha256.Sum256(append([]byte(strconv.Itoa(width)+"x"+strconv.Itoa(height)+":"), option...))
	key := string(sum[:])
	if svg, ok := c.drawings.Get(key); ok {
		return svg, nil
	}
	svg, err := c.r.RenderThemed(ctx, option, width, height)
	if err != nil {
		return nil, err
	}
	c.drawings.Add(key, svg)
	return svg, nil
}
