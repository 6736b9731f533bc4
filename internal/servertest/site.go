//go:build !wasm

package servertest

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
	"bilateral/server"
	"bilateral/server/site"
)

// Version is the build version the tests' sites have: a plain go build's.
const Version = "dev"

var (
	siteOnce    sync.Once
	siteHandler http.Handler
)

// Site is site.New over the embedded dataset, built once per test binary
// (go-app's routes and the dataset are process-wide).
func Site(t testing.TB) http.Handler {
	t.Helper()
	siteOnce.Do(func() {
		app.Register()
		o := EmbeddedOptions()
		app.SetDataset(o.Dataset)
		siteHandler = site.New(o)
	})
	return siteHandler
}

// EmbeddedOptions are the site of the embedded dataset as the server builds
// it without flags.
func EmbeddedOptions() site.Options {
	ds, err := data.LoadDefault()
	if err != nil {
		panic(err)
	}
	return site.Options{Dataset: ds, Raw: data.Default, Version: Version}
}

// Config is the production configuration on 127.0.0.1.
func Config() server.Config {
	return server.Config{Addr: "127.0.0.1:0", MaxConns: server.DefaultMaxConns, Timeouts: server.DefaultTimeouts}
}

// Server is a running server and where it listens.
type Server struct {
	URL  string // "http://127.0.0.1:PORT" or https://
	Addr string // "127.0.0.1:PORT"
	Srv  *http.Server
}

// Start serves h with cfg on a free loopback port until the test ends,
// then shuts it down as SIGTERM would, failing if that hangs.
func Start(t testing.TB, cfg server.Config, h http.Handler, log *slog.Logger) *Server {
	t.Helper()
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	srv, err := server.New(cfg, h, log)
	if err != nil {
		t.Fatal(err)
	}
	scheme := "http://"
	if server.ServesTLS(srv) {
		scheme = "https://"
	}
	ln, err := server.Listen(cfg.Addr, cfg.MaxConns)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- server.ServeUntil(ctx, srv, ln, cfg.Timeouts.Shutdown, log) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("ServeUntil: %v", err)
			}
		case <-time.After(cfg.Timeouts.Shutdown + 5*time.Second):
			t.Errorf("the server did not stop within its drain time")
		}
	})
	return &Server{URL: scheme + ln.Addr().String(), Addr: ln.Addr().String(), Srv: srv}
}

// SiteServer is the site on a real server with the default configuration.
func SiteServer(t testing.TB) *Server {
	return Start(t, Config(), Site(t), nil)
}

// AssertServing fails unless the server still answers its health check.
func AssertServing(t testing.TB, s *Server) {
	t.Helper()
	resp, body := Get(t, Client(), http.MethodGet, s.URL+"/healthz")
	if resp.StatusCode != http.StatusOK || string(body) != "ok\n" {
		t.Fatalf("GET /healthz after that: %d %q, want 200 ok", resp.StatusCode, body)
	}
}

// PageVersion is the build version go-app uses (its versioned prefix), as
// app.js tells the client.
func PageVersion(t testing.TB, s *Server) string {
	t.Helper()
	_, body := Get(t, Client(), http.MethodGet, s.URL+"/app.js")
	m := goappVersionRE.FindSubmatch(body)
	if m == nil {
		t.Fatal("/app.js names no GOAPP_VERSION")
	}
	return string(m[1])
}

var goappVersionRE = regexp.MustCompile(`"GOAPP_VERSION":\s*"([^"]+)"`)
