//go:build !wasm

// Package server is the HTTP server around the site's handler: timeouts
// for every phase of a connection, the connection limit, TLS, the access
// log, and a graceful drain on shutdown.
package server

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"bilateral/server/accesslog"
	"bilateral/server/assets"
	"bilateral/server/security"
)

// Config is how the server listens and serves (the root's flags set it).
type Config struct {
	Addr      string // -addr
	TLSCert   string // -tls-cert: serve HTTPS with this PEM certificate (chain)
	TLSKey    string // -tls-key
	LogAssets bool   // -log-assets: also log successful asset requests
	MaxConns  int    // -max-conns: connections open at once
	Timeouts  Timeouts
}

// Timeouts bound every phase of a connection.
type Timeouts struct {
	ReadHeader time.Duration // request line and headers (slow clients)
	Read       time.Duration // the whole request
	Write      time.Duration // the answer (a large asset: plus its size at AssetRate)
	AssetRate  int64         // bytes a second an asset download must average at least
	Idle       time.Duration // a kept-alive connection between requests
	Shutdown   time.Duration // draining in-flight requests on SIGINT/SIGTERM
}

// DefaultTimeouts are the server's.
var DefaultTimeouts = Timeouts{
	ReadHeader: 5 * time.Second,
	Read:       10 * time.Second,
	Write:      assets.DefaultTiming.Base,
	AssetRate:  assets.DefaultTiming.Rate,
	// Long enough for a browser's next request after a page (its assets,
	// the dataset), short enough that idle clients free their slots.
	Idle:     10 * time.Second,
	Shutdown: 10 * time.Second,
}

const (
	// DefaultMaxConns is -max-conns unless set.
	DefaultMaxConns = 1024
	maxHeaderBytes  = 16 << 10 // request line + headers; more gets 431
)

// New is the HTTP server for handler with cfg's timeouts, limits,
// TLS certificate (loaded now, so a bad one stops the start) and access log.
func New(cfg Config, handler http.Handler, log *slog.Logger) (*http.Server, error) {
	timing := assets.Timing{Base: cfg.Timeouts.Write, Rate: cfg.Timeouts.AssetRate}
	srv := &http.Server{
		Handler: accesslog.Handler(log, cfg.LogAssets, handler),
		// Asset downloads read their deadline from here (assets.Serve).
		BaseContext: func(net.Listener) context.Context {
			return assets.WithTiming(context.Background(), timing)
		},
		ReadHeaderTimeout: cfg.Timeouts.ReadHeader,
		ReadTimeout:       cfg.Timeouts.Read,
		WriteTimeout:      cfg.Timeouts.Write,
		IdleTimeout:       cfg.Timeouts.Idle,
		MaxHeaderBytes:    maxHeaderBytes,
		// OPTIONS * goes to the guard (405) rather than net/http's 200.
		DisableGeneralOptionsHandler: true,
		ErrorLog:                     slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	security.LimitKeepAlives(srv, cfg.MaxConns)
	if cfg.TLSCert != "" {
		cert, err := tls.LoadX509KeyPair(cfg.TLSCert, cfg.TLSKey)
		if err != nil {
			return nil, fmt.Errorf("TLS certificate: %w", err)
		}
		srv.TLSConfig = &tls.Config{
			MinVersion:   tls.VersionTLS12,
			Certificates: []tls.Certificate{cert},
		}
	}
	return srv, nil
}

// ServesTLS reports whether srv has a certificate to serve HTTPS with.
// (Serving sets up HTTP/2, which gives even a plain server a TLSConfig.)
func ServesTLS(srv *http.Server) bool {
	return srv.TLSConfig != nil && len(srv.TLSConfig.Certificates) > 0
}

// Listen opens addr and accepts at most maxConns connections at once; the
// others wait in the kernel's queue until one closes.
func Listen(addr string, maxConns int) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	return newLimitListener(ln, maxConns), nil
}

// ServeUntil serves on ln until ctx ends, then stops accepting, lets the
// requests in flight finish for up to drain, closes what is left and
// returns once every connection is closed.
func ServeUntil(ctx context.Context, srv *http.Server, ln net.Listener, drain time.Duration, log *slog.Logger) error {
	errc := make(chan error, 1)
	useTLS := ServesTLS(srv)
	go func() {
		if useTLS {
			errc <- srv.ServeTLS(ln, "", "")
		} else {
			errc <- srv.Serve(ln)
		}
	}()
	select {
	case err := <-errc:
		return err // Serve fails only on a listener error
	case <-ctx.Done():
	}
	log.Info("shutting down: draining requests in flight", "within", drain)
	sctx, cancel := context.WithTimeout(context.Background(), drain)
	defer cancel()
	start := time.Now()
	if err := srv.Shutdown(sctx); err != nil {
		log.Warn("requests still in flight after the drain time; closing them", "waited", time.Since(start).Round(time.Millisecond))
		srv.Close()
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	log.Info("stopped", "drained_in", time.Since(start).Round(time.Millisecond))
	return nil
}
