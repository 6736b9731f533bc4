//go:build !wasm

package chartsvg

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dop251/goja"
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

// counted is a Renderer whose runtimes count the charts ECharts makes (one
// per theme a drawing asks for), in Go, and take slow ms for each.
func counted(t *testing.T, slow time.Duration) (*Renderer, *atomic.Int32) {
	t.Helper()
	var n atomic.Int32
	r := New(Options{Runtimes: 1, Timeout: testTimeout, setup: func(rt *goja.Runtime) error {
		if err := rt.Set("__made", func() { n.Add(1); time.Sleep(slow) }); err != nil {
			return err
		}
		_, err := rt.RunString(`
var __echarts = echarts;
globalThis.echarts = {init: function (dom, theme, opts) { __made(); return __echarts.init(dom, theme, opts); }};`)
		return err
	}})
	return r, &n
}

// TestDrawingOutlivesItsCaller: a caller that stops waiting (its page is
// served without the chart) leaves the drawing to finish and be kept, so
// the next request has it without drawing again; callers asking for the
// same drawings at once share one drawing.
func TestDrawingOutlivesItsCaller(t *testing.T) {
	r, made := counted(t, 200*time.Millisecond)
	c := NewCache(r, 16, 0)
	opt := []byte(`{"xAxis":{"type":"category","data":["a"]},"yAxis":{},"series":[{"type":"bar","data":[1]}]}`)

	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := c.ThemedWidths(ctx, opt, []int{300, 400}, 200); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("a caller that waited 50 ms for a 400 ms drawing: %v, want its deadline", err)
	}
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if ds, err := c.ThemedWidths(context.Background(), opt, []int{300, 400}, 200); err != nil || len(ds) != 2 {
				t.Errorf("%d drawings, %v", len(ds), err)
			}
		}()
	}
	wg.Wait()
	// One light chart (laid out again for the second width) and one dark.
	if n := made.Load(); n != 2 {
		t.Errorf("ECharts made %d charts for four callers of the same drawings, want 2 (drawn once)", n)
	}
}
