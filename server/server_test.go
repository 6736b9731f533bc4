//go:build !wasm

package server_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"testing"
	"time"

	"bilateral/internal/servertest"
	"bilateral/server"
)

// TestGracefulShutdown: requests in flight when the signal comes finish;
// new connections are refused; a request longer than the drain time is
// cut at the drain time, not waited for.
func TestGracefulShutdown(t *testing.T) {
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		d, _ := time.ParseDuration(r.URL.Query().Get("sleep"))
		select {
		case <-time.After(d):
		case <-r.Context().Done():
			return
		}
		w.Write([]byte("done"))
	})
	run := func(t *testing.T, drain, sleep time.Duration) (status int, err error, stopped time.Duration) {
		cfg := servertest.Config()
		cfg.Timeouts.Shutdown = drain
		srv, _ := server.New(cfg, slow, slog.New(slog.NewTextHandler(io.Discard, nil)))
		ln, err := server.Listen("127.0.0.1:0", 16)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- server.ServeUntil(ctx, srv, ln, drain, slog.New(slog.NewTextHandler(io.Discard, nil))) }()
		type result struct {
			status int
			err    error
		}
		res := make(chan result, 1)
		go func() {
			resp, err := servertest.Client().Get(fmt.Sprintf("http://%s/?sleep=%s", ln.Addr(), sleep))
			if err != nil {
				res <- result{0, err}
				return
			}
			_, err = io.ReadAll(resp.Body)
			resp.Body.Close()
			res <- result{resp.StatusCode, err}
		}()
		time.Sleep(100 * time.Millisecond) // the request is in flight
		start := time.Now()
		cancel()
		if err := <-done; err != nil {
			t.Errorf("ServeUntil: %v", err)
		}
		stopped = time.Since(start)
		if _, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second); err == nil {
			t.Error("the listener still accepts after shutdown")
		}
		r := <-res
		return r.status, r.err, stopped
	}
	t.Run("drains", func(t *testing.T) {
		status, err, stopped := run(t, 5*time.Second, 500*time.Millisecond)
		if err != nil || status != 200 {
			t.Errorf("request in flight: %d %v, want 200", status, err)
		}
		if stopped < 300*time.Millisecond || stopped > 3*time.Second {
			t.Errorf("stopped after %s, want once the request finished (~400ms)", stopped)
		}
	})
	t.Run("bounded", func(t *testing.T) {
		status, err, stopped := run(t, 300*time.Millisecond, 30*time.Second)
		if err == nil && status == 200 {
			t.Errorf("a 30 s request completed within a 300 ms drain")
		}
		if stopped > 2*time.Second {
			t.Errorf("stopped after %s with a 300 ms drain", stopped)
		}
	})
}
