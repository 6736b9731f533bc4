//go:build !wasm

package server

import (
	"io"
	"net"
	"testing"
	"time"
)

// The listener holds a connection beyond its limit until one closes, and
// what it accepts keeps the TCP connection's ReadFrom, through which
// net/http sends files with sendfile.
func TestLimitListenerKeepsReadFromAndItsLimit(t *testing.T) {
	inner, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln := newLimitListener(inner, 1)
	defer ln.Close()
	accepted := make(chan net.Conn, 2)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			accepted <- c
		}
	}()
	for i := 0; i < 2; i++ {
		c, err := net.Dial("tcp", inner.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
	}
	first := <-accepted
	if _, ok := first.(io.ReaderFrom); !ok {
		t.Errorf("an accepted connection (%T) has no ReadFrom: net/http would copy files instead of sendfile", first)
	}
	select {
	case <-accepted:
		t.Fatal("a second connection was accepted while the only slot was taken")
	case <-time.After(200 * time.Millisecond):
	}
	first.Close()
	select {
	case c := <-accepted:
		c.Close()
	case <-time.After(5 * time.Second):
		t.Fatal("the waiting connection was not accepted once the first closed")
	}
}
