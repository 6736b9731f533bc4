//go:build !wasm

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"syscall"

	"bilateral/app"
	"bilateral/data"
	"bilateral/server"
	"bilateral/server/assets"
	"bilateral/server/export"
	"bilateral/server/security"
	"bilateral/server/site"
)

// version identifies the build (a hash of what the client receives, set by
// the Makefile with -ldflags -X main.version), so go-app's ETag and update
// check follow the content rather than the start time. It is only the
// default of Config.version (-version).
var version = "dev"

// Config is what the flags set, every one of them: how the server listens
// (server.Config) and what site it serves or exports.
type Config struct {
	server.Config
	dataFile  string
	domain    string
	hosts     security.AllowedHosts // -allowed-hosts
	version   string                // -version, default the build's
	exportDir string                // -export: write the static site there and exit
	prefix    string                // -prefix: with -export, the URL path the site is served under
}

func serve() {
	// No heap profile is ever taken (goja links the profiler in, and with
	// it the sampling): its buckets held 1.4 MB of the server's memory.
	runtime.MemProfileRate = 0
	// A collector target of 50 (Go's default is 100; GOGC overrides it):
	// goja leaves much garbage while it draws, and the heap may grow only
	// half as far past what is live before a collection. Thirty cold pages
	// (every view, a deep link and two embeds in three languages, ten at a
	// time; 4 Dec 2026): peak resident 116 -> 94 MB for 12.8 -> 16.0 s of
	// CPU, spent once per page, since pages are cached. At 25: 85 MB, 22 s.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(50)
	}
	// And a soft heap limit of 42 MiB (GOMEMLIMIT overrides it). At 32 MiB,
	// when two runtimes, ten half-made pages and the compiled ECharts were
	// live at once, the collector ran all the time (35 s of CPU instead of
	// 8 s for seven cold pages) and the service worker's install timed out.
	// With one runtime, two pages made at once and web/ no longer read at
	// start, ~26 MB is live at most, and 42 MiB costs little: the thirty
	// pages above peak at 61.6-61.8 MB for 16.6-17.9 s of CPU, against
	// 64.1-64.2 MB and 16.3-16.4 s at 44 MiB in the same session, where the
	// bench's whole run peaked at 65.0 MB, over the 64 MB budget (no limit:
	// 70-73 MB, 13.5-14.8 s; 40 MiB: 60.3 MB, 22.8 s; 48 MiB: 66.7 MB, 14.0 s).
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(42 << 20)
	}
	os.Exit(run(os.Args[1:], os.Stderr))
}

// run is the server's main: it parses args, validates the dataset, and
// serves until SIGINT or SIGTERM. It returns the process's exit status.
func run(args []string, stderr io.Writer) int {
	cfg := Config{Config: server.Config{Timeouts: server.DefaultTimeouts}, version: version}
	flags := flag.NewFlagSet("bilateral", flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.StringVar(&cfg.Addr, "addr", "localhost:8000", "address to listen on")
	flags.StringVar(&cfg.dataFile, "data", "", "serve this dataset file instead of the embedded one (validated first)")
	flags.StringVar(&cfg.domain, "domain", "", "public host name for absolute links in link previews (og:url); default: root-relative links, or the request's host when -allowed-hosts lists it")
	flags.Func("allowed-hosts", "answer only requests whose Host is in this comma-separated `list` (a name alone allows any port); others get 421", func(s string) (err error) {
		cfg.hosts, err = security.ParseAllowedHosts(s)
		return err
	})
	flags.StringVar(&cfg.TLSCert, "tls-cert", "", "serve HTTPS with this PEM certificate (chain) file; needs -tls-key")
	flags.StringVar(&cfg.TLSKey, "tls-key", "", "the PEM private key of -tls-cert")
	flags.BoolVar(&cfg.LogAssets, "log-assets", false, "also log successful requests for /web/ assets")
	flags.IntVar(&cfg.MaxConns, "max-conns", server.DefaultMaxConns, "most connections open at once; more wait to be accepted")
	// -version exists for tests of the update path: two runs of one binary
	// with different versions look like two deployments.
	flags.StringVar(&cfg.version, "version", cfg.version, "override the build's version (for testing updates)")
	flags.StringVar(&cfg.exportDir, "export", "", "write the whole site as static files into `DIR` and exit")
	flags.StringVar(&cfg.prefix, "prefix", "", "with -export: the URL path the site is served under, such as /bilateral")
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if flags.NArg() > 0 {
		fmt.Fprintf(stderr, "bilateral: unexpected argument %q (flags start with -)\n", flags.Arg(0))
		return 2
	}
	if (cfg.TLSCert == "") != (cfg.TLSKey == "") {
		fmt.Fprintln(stderr, "bilateral: -tls-cert and -tls-key go together")
		return 2
	}
	if cfg.MaxConns < 1 {
		fmt.Fprintln(stderr, "bilateral: -max-conns must be at least 1")
		return 2
	}

	log := slog.New(slog.NewTextHandler(stderr, nil))
	if n, warning := security.CapMaxConns(cfg.MaxConns, security.OpenFileLimit()); warning != "" {
		log.Warn(warning)
		cfg.MaxConns = n
	}
	ds, raw, name, err := loadDataset(cfg.dataFile)
	if err != nil {
		fmt.Fprintln(stderr, "bilateral: refusing to start: the dataset has problems:")
		fmt.Fprintln(stderr, err)
		return 1
	}
	app.SetDataset(ds)
	if err := site.DrawCharts(log); err != nil {
		fmt.Fprintln(stderr, "bilateral: refusing to start:", err)
		return 1
	}
	o := site.Options{Dataset: ds, Raw: raw, Domain: cfg.domain, Hosts: cfg.hosts, Version: cfg.version}
	if cfg.exportDir != "" { // write the static site and exit
		if err := export.Write(cfg.exportDir, cfg.prefix, o); err != nil {
			fmt.Fprintln(stderr, "bilateral: export:", err)
			return 1
		}
		return 0
	}

	handler := site.New(o)
	// Prerendering the pages (site.New's CSP probe) leaves MBs the server
	// no longer uses; give them back now rather than over the next minutes.
	// (DrawCharts' check gave back what loading ECharts left.)
	debug.FreeOSMemory()
	srv, err := server.New(cfg.Config, handler, log)
	if err != nil {
		fmt.Fprintln(stderr, "bilateral:", err)
		return 1
	}
	if set, err := assets.Embedded(); err == nil {
		for _, w := range set.Warnings {
			log.Warn(w)
		}
	}
	ln, err := server.Listen(cfg.Addr, cfg.MaxConns)
	if err != nil {
		fmt.Fprintln(stderr, "bilateral:", err)
		return 1
	}
	scheme := "http://"
	if server.ServesTLS(srv) {
		scheme = "https://"
	}
	log.Info("serving Bilateral", "url", scheme+ln.Addr().String(), "dataset", name,
		"version", cfg.version, "max_conns", cfg.MaxConns)

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	go site.WarmPages(ctx, handler, o, log)
	if err := server.ServeUntil(ctx, srv, ln, cfg.Timeouts.Shutdown, log); err != nil {
		fmt.Fprintln(stderr, "bilateral:", err)
		return 1
	}
	return 0
}

// loadDataset reads and validates the -data file, or the embedded dataset.
func loadDataset(file string) (*data.Dataset, []byte, string, error) {
	if file == "" {
		ds, err := data.LoadDefault()
		return ds, data.Default, "embedded data/relations.json", err
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, nil, file, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, data.MaxSize+1))
	if err != nil {
		return nil, nil, file, fmt.Errorf("%s: %w", file, err)
	}
	ds, err := data.Parse(file, b)
	return ds, b, file, err
}
