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

func TestRemoveAndSetBounds(t *testing.T) {
	c := New(4, 100, bytesLen)
	for _, k := range []string{"a", "b", "c", "d"} {
		c.Add(k, make([]byte, 10))
	}
	if v, ok := c.Remove("b"); !ok || len(v) != 10 {
		t.Errorf("Remove(b) = %d bytes, %v; want 10, true", len(v), ok)
	}
	if _, ok := c.Remove("b"); ok {
		t.Error("b removed twice")
	}
	if n, b := c.Len(); n != 3 || b != 30 {
		t.Errorf("after Remove: %d values, %d bytes; want 3, 30", n, b)
	}
	c.Get("a") // c is now the least recently used
	c.SetBounds(2, 100)
	if _, ok := c.Get("c"); ok {
		t.Error("c, the least recently used, was kept over the new entry bound")
	}
	c.SetBounds(2, 15)
	if n, b := c.Len(); n != 1 || b != 10 {
		t.Errorf("after SetBounds(2, 15): %d values, %d bytes; want 1, 10", n, b)
	}
	c.Add("e", make([]byte, 10)) // the new bounds hold for what comes next
	if n, _ := c.Len(); n != 1 {
		t.Errorf("%d values over the new byte bound, want 1", n)
	}
}
