//go:build !wasm

package main

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"regexp"
	"sync"
	"testing"
	"time"

	"bilateral/app"
	"bilateral/data"
	"bilateral/internal/servertest"
)

// Helpers of the server tests: the site as the binary serves it, a real
// server on a loopback port, and raw HTTP for requests a client would tidy.

var (
	siteOnce    sync.Once
	siteHandler http.Handler
)

// site is newMux over the embedded dataset, built once per test binary
// (go-app's routes and the dataset are process-wide).
func site(t testing.TB) http.Handler {
	t.Helper()
	siteOnce.Do(func() {
		app.Register()
		o := embeddedSite()
		app.SetDataset(o.dataset)
		siteHandler = newMux(o)
	})
	return siteHandler
}

// embeddedSite is the site of the embedded dataset as the server builds it
// without flags.
func embeddedSite() siteOptions {
	ds, err := data.LoadDefault()
	if err != nil {
		panic(err)
	}
	return siteOptions{dataset: ds, raw: data.Default, version: version}
}

// testConfig is the production configuration on 127.0.0.1.
func testConfig() Config {
	return Config{addr: "127.0.0.1:0", maxConns: defaultMaxConns, timeouts: defaultTimeouts}
}

// testServer is a running server and where it listens.
type testServer struct {
	url  string // "http://127.0.0.1:PORT" or https://
	addr string // "127.0.0.1:PORT"
	srv  *http.Server
}

// startServer serves h with cfg on a free loopback port until the test
// ends, then shuts it down as SIGTERM would, failing if that hangs.
func startServer(t testing.TB, cfg Config, h http.Handler, log *slog.Logger) *testServer {
	t.Helper()
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	srv, err := newServer(cfg, h, log)
	if err != nil {
		t.Fatal(err)
	}
	scheme := "http://"
	if servesTLS(srv) {
		scheme = "https://"
	}
	ln, err := listen(cfg.addr, cfg.maxConns)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serveUntil(ctx, srv, ln, cfg.timeouts.shutdown, log) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serveUntil: %v", err)
			}
		case <-time.After(cfg.timeouts.shutdown + 5*time.Second):
			t.Errorf("the server did not stop within its drain time")
		}
	})
	return &testServer{url: scheme + ln.Addr().String(), addr: ln.Addr().String(), srv: srv}
}

// siteServer is the site on a real server with the default configuration.
func siteServer(t testing.TB) *testServer {
	return startServer(t, testConfig(), site(t), nil)
}

// assertServing fails unless the server still answers its health check.
func assertServing(t testing.TB, ts *testServer) {
	t.Helper()
	resp, body := servertest.Get(t, servertest.Client(), http.MethodGet, ts.url+"/healthz")
	if resp.StatusCode != http.StatusOK || string(body) != "ok\n" {
		t.Fatalf("GET /healthz after that: %d %q, want 200 ok", resp.StatusCode, body)
	}
}

// pageVersion is the build version go-app uses (its versioned prefix), as
// app.js tells the client.
func pageVersion(t testing.TB, ts *testServer) string {
	t.Helper()
	_, body := servertest.Get(t, servertest.Client(), http.MethodGet, ts.url+"/app.js")
	m := goappVersionRE.FindSubmatch(body)
	if m == nil {
		t.Fatal("/app.js names no GOAPP_VERSION")
	}
	return string(m[1])
}

var goappVersionRE = regexp.MustCompile(`"GOAPP_VERSION":\s*"([^"]+)"`)
