package lru

import (
	"strconv"
	"sync"
	"testing"
)

func bytesLen(b []byte) int { return len(b) }

func TestBoundedByEntries(t *testing.T) {
	c := New[[]byte](2, 0, nil)
	c.Add("a", []byte("1"))
	c.Add("b", []byte("2"))
	c.Get("a") // b is now the least recently used
	c.Add("c", []byte("3"))
	if _, ok := c.Get("b"); ok {
		t.Error("b, the least recently used, was kept over the bound")
	}
	for _, k := range []string{"a", "c"} {
		if _, ok := c.Get(k); !ok {
			t.Errorf("%s was dropped", k)
		}
	}
	if n, _ := c.Len(); n != 2 {
		t.Errorf("holds %d, want 2", n)
	}
}

func TestBoundedByBytes(t *testing.T) {
	c := New(100, 10, bytesLen)
	c.Add("a", make([]byte, 4))
	c.Add("b", make([]byte, 4))
	c.Add("c", make([]byte, 4)) // 12 bytes: a goes
	if _, ok := c.Get("a"); ok {
		t.Error("a kept past the byte bound")
	}
	if n, b := c.Len(); n != 2 || b != 8 {
		t.Errorf("holds %d values, %d bytes; want 2, 8", n, b)
	}
	c.Add("big", make([]byte, 50)) // alone over the bound: kept, the rest go
	if n, b := c.Len(); n != 1 || b != 50 {
		t.Errorf("after a value over the bound: %d values, %d bytes; want 1, 50", n, b)
	}
}

func TestAddKeepsTheFirst(t *testing.T) {
	c := New(10, 0, bytesLen)
	c.Add("k", []byte("first"))
	c.Add("k", []byte("second"))
	if v, _ := c.Get("k"); string(v) != "first" {
		t.Errorf("got %q, want the first value", v)
	}
	if n, b := c.Len(); n != 1 || b != 5 {
		t.Errorf("%d values, %d bytes; want 1, 5", n, b)
	}
}

func TestConcurrent(t *testing.T) {
	c := New(8, 64, bytesLen)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				k := strconv.Itoa((g*200 + i) % 20)
				c.Add(k, []byte(k))
				c.Get(k)
			}
		}()
	}
	wg.Wait()
	if n, b := c.Len(); n > 8 || b > 64 {
		t.Errorf("%d values, %d bytes: over the bounds 8, 64", n, b)
	}
}
