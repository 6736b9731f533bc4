//go:build !wasm

package site_test

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"syscall"
	"testing"
	"time"

	"bilateral/internal/servertest"
	"bilateral/server"
	"bilateral/server/assets"
)

// Slots: how long a client may hold one of the server's -max-conns
// connections without using it.

// TestIdleTimeout: a kept-alive connection that sends nothing more is
// closed after the idle timeout, which is 5–15 s in production.
func TestIdleTimeout(t *testing.T) {
	if d := server.DefaultTimeouts.Idle; d < 5*time.Second || d > 15*time.Second {
		t.Errorf("the default idle timeout is %s, want 5–15 s", d)
	}
	cfg := servertest.Config()
	cfg.Timeouts.Idle = 500 * time.Millisecond
	ts := servertest.Start(t, cfg, servertest.Site(t), nil)
	c, err := net.Dial("tcp", ts.Addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	io.WriteString(c, "GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
	br := bufio.NewReader(c)
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	start := time.Now()
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := br.ReadByte(); !errors.Is(err, io.EOF) {
		t.Fatalf("the idle connection: %v, want closed by the server", err)
	}
	if d := time.Since(start); d < 400*time.Millisecond || d > 3*time.Second {
		t.Errorf("the idle connection was closed after %s, want ~500ms", d)
	}
}

// TestKeepAlivesNearLimit: once the open connections reach 90 % of
// -max-conns, idle kept-alive connections are closed, so idle clients
// cannot hold every slot; below that, keep-alive works as usual.
func TestKeepAlivesNearLimit(t *testing.T) {
	servertest.LoadTest(t)
	cfg := servertest.Config()
	cfg.MaxConns = 10
	ts := servertest.Start(t, cfg, servertest.Site(t), nil)

	// keepAlive opens a connection, asks for /healthz and keeps it open.
	keepAlive := func() (net.Conn, *bufio.Reader, *http.Response) {
		c, err := net.Dial("tcp", ts.Addr)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		io.WriteString(c, "GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		br := bufio.NewReader(c)
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		return c, br, resp
	}
	type held struct {
		c  net.Conn
		br *bufio.Reader
	}
	var idle []held
	for i := 0; i < 5; i++ {
		c, br, resp := keepAlive()
		if resp.Close {
			t.Fatalf("connection %d of 10: Connection: close while far from the limit", i+1)
		}
		idle = append(idle, held{c, br})
	}
	// From the 9th connection (90 %) on, keep-alive is off and the idle
	// connections are closed. Closing them takes the count under 80 % at
	// once, which turns keep-alive back on; whether that happens before the
	// 9th and 10th answers are written is up to the scheduler, so those may
	// or may not say Connection: close. What holds is below: the idle ones
	// are freed.
	for i := 5; i < 10; i++ {
		c, br, resp := keepAlive()
		if resp.Close {
			if i < 8 {
				t.Errorf("connection %d of 10: Connection: close below 90 %%", i+1)
			}
		} else {
			idle = append(idle, held{c, br})
		}
	}
	// The idle ones are closed, freeing their slots.
	closed := 0
	for _, h := range idle {
		h.c.SetReadDeadline(time.Now().Add(3 * time.Second))
		if _, err := h.br.ReadByte(); errors.Is(err, io.EOF) || errors.Is(err, syscall.ECONNRESET) {
			closed++
		}
	}
	if closed < len(idle)/2 {
		t.Errorf("%d of %d idle kept-alive connections closed near the limit, want them freed", closed, len(idle))
	}
	// Back under the limit, keep-alive returns.
	time.Sleep(200 * time.Millisecond)
	if _, _, resp := keepAlive(); resp.Close {
		t.Errorf("after the idle connections closed: Connection: close, want keep-alive again")
	}
}

// TestSlowAssetReader: a client that reads app.wasm slowly holds its slot
// no longer than the whole-response deadline (the write timeout plus the
// size at the minimum rate), however steadily it reads.
func TestSlowAssetReader(t *testing.T) {
	servertest.LoadTest(t)
	cfg := servertest.Config()
	cfg.Timeouts.Write = time.Second
	cfg.Timeouts.AssetRate = 4 << 20 // bytes per second
	ts := servertest.Start(t, cfg, servertest.Site(t), nil)
	a := assets.MustEmbedded().Get("app.wasm")
	if a == nil {
		t.Fatal("web/app.wasm is not in this build: run make build (the test reads the real Wasm slowly)")
	}
	wasm := a.Size()
	deadline := cfg.Timeouts.Write + time.Duration(float64(wasm)/float64(cfg.Timeouts.AssetRate)*float64(time.Second))

	d := net.Dialer{Control: func(_, _ string, rc syscall.RawConn) error {
		return rc.Control(func(fd uintptr) {
			syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, 16<<10)
		})
	}}
	c, err := d.Dial("tcp", ts.Addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	start := time.Now()
	fmt.Fprintf(c, "GET /web/app.wasm HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: identity\r\n\r\n")
	buf := make([]byte, 16<<10)
	var got int64
	// 16 KiB every 100 ms: steady, but 9 MB would take ~9 minutes.
	for time.Since(start) < deadline+1500*time.Millisecond {
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		n, err := c.Read(buf)
		got += int64(n)
		if err != nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	// Then whatever is still buffered, fast: the server must have stopped.
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	n, err := io.Copy(io.Discard, c)
	got += n
	if err != nil && !errors.Is(err, syscall.ECONNRESET) {
		t.Fatalf("the server was still sending app.wasm after %s (%v); want it cut at %s", time.Since(start).Round(time.Millisecond), err, deadline)
	}
	if got >= wasm {
		t.Errorf("a slow reader received all %d bytes of app.wasm (with headers: %d) in %s; want it cut at %s",
			wasm, got, time.Since(start).Round(time.Millisecond), deadline)
	}
	t.Logf("a slow reader got %d of %d bytes before the %s deadline cut it", got, wasm, deadline)
	servertest.AssertServing(t, ts)
}
