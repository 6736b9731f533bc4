//go:build !wasm

package chartsvg

import (
	"context"
	"fmt"
	"testing"
)

func TestCacheIsBounded(t *testing.T) {
	c := NewCache(renderer(t), 2, 0)
	ctx := context.Background()
	opt := func(i int) []byte {
		return []byte(fmt.Sprintf(`{"xAxis":{"type":"category","data":["v%d"]},"yAxis":{},"series":[{"type":"bar","data":[%d]}]}`, i, i))
	}
	themed := func(i, width int) ([]byte, error) { // a drawing's SVG, as the cache holds it
		svgs, err := c.ThemedWidths(ctx, opt(i), []int{width}, 200)
		if err != nil {
			return nil, err
		}
		return svgs[0].SVG, nil
	}
	first, err := themed(1, 300)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := themed(1, 300)
	if &first[0] != &again[0] {
		t.Error("the same drawing was drawn again instead of coming from the cache")
	}
	for i := 2; i <= 5; i++ {
		if _, err := themed(i, 300); err != nil {
			t.Fatal(err)
		}
	}
	if n, _ := c.drawings.Len(); n != 2 {
		t.Errorf("cache holds %d, want its bound 2", n)
	}
	if other, _ := themed(1, 301); &other[0] == &first[0] {
		t.Error("another size came from the cache")
	}
}
