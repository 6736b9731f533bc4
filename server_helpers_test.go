//go:build !wasm

package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"bilateral/app"
	"bilateral/data"
)

// Helpers of the server tests: the site as the binary serves it, a real
// server on a loopback port, and raw HTTP for requests a client would tidy.

var (
	siteOnce    sync.Once
	siteHandler http.Handler
)

// site is newMux over the embedded dataset, built once per test binary
// (go-app's routes and the dataset are process-wide).
// loadTest marks a test that holds many connections or waits out a
// timeout for seconds: make unit (go test -short) leaves it to make load,
// which runs exactly these (LOAD_TESTS in the Makefile); make test runs both.
func loadTest(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("a load test: make load runs it")
	}
}

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

// client is an HTTP client that leaves Accept-Encoding and redirects to
// the test: bodies arrive exactly as sent.
func client() *http.Client {
	return &http.Client{
		Timeout:   20 * time.Second,
		Transport: &http.Transport{DisableCompression: true, MaxIdleConnsPerHost: 64},
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}
}

// get sends GET url with the headers given as "Name: value" pairs and
// returns the answer with its whole (still encoded) body.
func get(t testing.TB, c *http.Client, method, url string, headers ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range headers {
		k, v, _ := strings.Cut(h, ":")
		req.Header.Set(k, strings.TrimSpace(v))
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%s %s: reading the body: %v", method, url, err)
	}
	return resp, b
}

// raw sends request bytes as they are on a new connection and reads one
// answer: for targets an HTTP client would refuse or clean up.
func raw(t testing.TB, addr, request string) (*http.Response, string) {
	t.Helper()
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := io.WriteString(conn, request); err != nil {
		t.Fatalf("write: %v", err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("%q: reading the answer: %v", firstLine(request), err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func rawGet(target string) string {
	return fmt.Sprintf("GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", target)
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\r\n")
	if len(l) > 120 {
		l = l[:120] + "…"
	}
	return l
}

// assertServing fails unless the server still answers its health check.
func assertServing(t testing.TB, ts *testServer) {
	t.Helper()
	resp, body := get(t, client(), http.MethodGet, ts.url+"/healthz")
	if resp.StatusCode != http.StatusOK || string(body) != "ok\n" {
		t.Fatalf("GET /healthz after that: %d %q, want 200 ok", resp.StatusCode, body)
	}
}

// pageVersion is the build version go-app uses (its versioned prefix), as
// app.js tells the client.
func pageVersion(t testing.TB, ts *testServer) string {
	t.Helper()
	_, body := get(t, client(), http.MethodGet, ts.url+"/app.js")
	m := goappVersionRE.FindSubmatch(body)
	if m == nil {
		t.Fatal("/app.js names no GOAPP_VERSION")
	}
	return string(m[1])
}

var goappVersionRE = regexp.MustCompile(`"GOAPP_VERSION":\s*"([^"]+)"`)
