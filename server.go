//go:build !wasm

package main

import (
	"context"
	"crypto/tls"
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"sync"
	"syscall"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/netutil"

	"bilateral/app"
	"bilateral/app/i18n"
	"bilateral/data"
)

// version identifies the build (a hash of what the client receives, set by
// the Makefile with -ldflags -X main.version), so go-app's ETag and update
// check follow the content rather than the start time. It is only the
// default of Config.version (-version).
var version = "dev"

//go:embed web
var webFS embed.FS

// Colours of the page before its stylesheet loads, matching web/bilateral.css.
const (
	themeColor      = "#12355b"
	backgroundColor = "#f7f7f4"
)

// Config is what the flags set, every one of them; tests fill it in
// directly.
type Config struct {
	addr      string
	dataFile  string
	domain    string
	hosts     allowedHosts // -allowed-hosts
	tlsCert   string
	tlsKey    string
	logAssets bool
	maxConns  int
	version   string // -version, default the build's
	exportDir string // -export: write the static site there and exit
	prefix    string // -prefix: with -export, the URL path the site is served under
	timeouts  timeouts
}

// timeouts bound every phase of a connection.
type timeouts struct {
	readHeader time.Duration // request line and headers (slow clients)
	read       time.Duration // the whole request
	write      time.Duration // the answer (a large asset: plus its size at assetRate)
	assetRate  int64         // bytes a second an asset download must average at least
	idle       time.Duration // a kept-alive connection between requests
	shutdown   time.Duration // draining in-flight requests on SIGINT/SIGTERM
}

var defaultTimeouts = timeouts{
	readHeader: 5 * time.Second,
	read:       10 * time.Second,
	write:      30 * time.Second,
	// 32 KiB/s (256 kbit/s): app.wasm as brotli within 30 s + 53 s, and
	// unencoded within 30 s + 4.7 min; a slower reader loses its slot.
	assetRate: 32 << 10,
	// Long enough for a browser's next request after a page (its assets,
	// the dataset), short enough that idle clients free their slots.
	idle:     10 * time.Second,
	shutdown: 10 * time.Second,
}

const (
	defaultMaxConns = 1024
	maxHeaderBytes  = 16 << 10 // request line + headers; more gets 431
)

// defaultMemoryLimit is the Go heap's soft limit when GOMEMLIMIT is unset.
// Drawing charts in goja leaves much short-lived garbage, which the default
// GOGC lets grow to twice the live heap before collecting: the server peaked
// at 105–109 MB resident after loading every page, 81–83 MB with this limit
// (issue 13's budget is 64 MB; about 33 MB of it is the binary's own pages).
const defaultMemoryLimit = 32 << 20

func serve() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	os.Exit(run(os.Args[1:], os.Stderr))
}

// run is the server's main: it parses args, validates the dataset, and
// serves until SIGINT or SIGTERM. It returns the process's exit status.
func run(args []string, stderr io.Writer) int {
	cfg := Config{timeouts: defaultTimeouts, version: version}
	flags := flag.NewFlagSet("bilateral", flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.StringVar(&cfg.addr, "addr", "localhost:8000", "address to listen on")
	flags.StringVar(&cfg.dataFile, "data", "", "serve this dataset file instead of the embedded one (validated first)")
	flags.StringVar(&cfg.domain, "domain", "", "public host name for absolute links in link previews (og:url); default: root-relative links, or the request's host when -allowed-hosts lists it")
	flags.Func("allowed-hosts", "answer only requests whose Host is in this comma-separated `list` (a name alone allows any port); others get 421", func(s string) (err error) {
		cfg.hosts, err = parseAllowedHosts(s)
		return err
	})
	flags.StringVar(&cfg.tlsCert, "tls-cert", "", "serve HTTPS with this PEM certificate (chain) file; needs -tls-key")
	flags.StringVar(&cfg.tlsKey, "tls-key", "", "the PEM private key of -tls-cert")
	flags.BoolVar(&cfg.logAssets, "log-assets", false, "also log successful requests for /web/ assets")
	flags.IntVar(&cfg.maxConns, "max-conns", defaultMaxConns, "most connections open at once; more wait to be accepted")
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
	if (cfg.tlsCert == "") != (cfg.tlsKey == "") {
		fmt.Fprintln(stderr, "bilateral: -tls-cert and -tls-key go together")
		return 2
	}
	if cfg.maxConns < 1 {
		fmt.Fprintln(stderr, "bilateral: -max-conns must be at least 1")
		return 2
	}

	log := slog.New(slog.NewTextHandler(stderr, nil))
	if n, warning := capMaxConns(cfg.maxConns, openFileLimit()); warning != "" {
		log.Warn(warning)
		cfg.maxConns = n
	}
	ds, raw, name, err := loadDataset(cfg.dataFile)
	if err != nil {
		fmt.Fprintln(stderr, "bilateral: refusing to start: the dataset has problems:")
		fmt.Fprintln(stderr, err)
		return 1
	}
	app.SetDataset(ds)
	if err := setupChartDrawing(log); err != nil {
		fmt.Fprintln(stderr, "bilateral: refusing to start:", err)
		return 1
	}
	site := siteOptions{dataset: ds, raw: raw, domain: cfg.domain, hosts: cfg.hosts, version: cfg.version}
	if cfg.exportDir != "" { // write the static site and exit (server_export.go)
		if err := exportTo(cfg.exportDir, cfg.prefix, site); err != nil {
			fmt.Fprintln(stderr, "bilateral: export:", err)
			return 1
		}
		return 0
	}

	mux := newMux(site)
	// Loading the chart engine and prerendering the pages (newMux's CSP
	// probe) leave tens of MB the server no longer uses; give them back now
	// rather than over the next minutes.
	debug.FreeOSMemory()
	srv, err := newServer(cfg, mux, log)
	if err != nil {
		fmt.Fprintln(stderr, "bilateral:", err)
		return 1
	}
	if assets, err := siteAssets(); err == nil {
		for _, w := range assets.warnings {
			log.Warn(w)
		}
	}
	ln, err := listen(cfg.addr, cfg.maxConns)
	if err != nil {
		fmt.Fprintln(stderr, "bilateral:", err)
		return 1
	}
	scheme := "http://"
	if servesTLS(srv) {
		scheme = "https://"
	}
	log.Info("serving Bilateral", "url", scheme+ln.Addr().String(), "dataset", name,
		"version", cfg.version, "max_conns", cfg.maxConns)

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	if err := serveUntil(ctx, srv, ln, cfg.timeouts.shutdown, log); err != nil {
		fmt.Fprintln(stderr, "bilateral:", err)
		return 1
	}
	return 0
}

// newServer is the HTTP server for handler with cfg's timeouts, limits,
// TLS certificate (loaded now, so a bad one stops the start) and access log.
func newServer(cfg Config, handler http.Handler, log *slog.Logger) (*http.Server, error) {
	assets := assetTiming{base: cfg.timeouts.write, rate: cfg.timeouts.assetRate}
	srv := &http.Server{
		Handler: accessLog(log, cfg.logAssets, handler),
		// Asset downloads read their deadline from here (serveAsset).
		BaseContext: func(net.Listener) context.Context {
			return context.WithValue(context.Background(), assetTimingKey{}, assets)
		},
		ReadHeaderTimeout: cfg.timeouts.readHeader,
		ReadTimeout:       cfg.timeouts.read,
		WriteTimeout:      cfg.timeouts.write,
		IdleTimeout:       cfg.timeouts.idle,
		MaxHeaderBytes:    maxHeaderBytes,
		// OPTIONS * goes to the guard (405) rather than net/http's 200.
		DisableGeneralOptionsHandler: true,
		ErrorLog:                     slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	slots := &connSlots{srv: srv, high: max(1, cfg.maxConns*9/10), low: max(1, cfg.maxConns*8/10)}
	srv.ConnState = slots.track
	if cfg.tlsCert != "" {
		cert, err := tls.LoadX509KeyPair(cfg.tlsCert, cfg.tlsKey)
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

// connSlots counts the open connections and turns keep-alive off while
// they are at 90 % of -max-conns or more: answers then say Connection:
// close, and idle kept-alive connections (and ones that sent nothing for
// 5 s) are closed at once, so idle clients cannot hold every slot. It
// comes back on below 80 %.
type connSlots struct {
	srv       *http.Server
	high, low int

	mu   sync.Mutex
	open int
	off  bool
}

func (s *connSlots) track(_ net.Conn, state http.ConnState) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch state {
	case http.StateNew:
		s.open++
	case http.StateClosed, http.StateHijacked:
		s.open--
	default:
		return
	}
	switch {
	case !s.off && s.open >= s.high:
		s.off = true
		s.srv.SetKeepAlivesEnabled(false)
	case s.off && s.open < s.low:
		s.off = false
		s.srv.SetKeepAlivesEnabled(true)
	}
}

// fdReserve is what -max-conns leaves of the open-file limit for the
// listener, the dataset and log files, and the runtime.
const fdReserve = 64

// openFileLimit is the process's RLIMIT_NOFILE (Go raises the soft limit
// to the hard one at start), or 0 when unknown or unlimited.
func openFileLimit() uint64 {
	var rl syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &rl); err != nil || rl.Cur > 1<<30 {
		return 0
	}
	return rl.Cur
}

// capMaxConns keeps n connections below the open-file limit nofile (0:
// unknown), saying why when it lowers n: past the limit accept fails and
// the server could not even open a file.
func capMaxConns(n int, nofile uint64) (int, string) {
	if nofile == 0 {
		return n, ""
	}
	limit := max(1, int(nofile)-fdReserve)
	if n <= limit {
		return n, ""
	}
	return limit, fmt.Sprintf("-max-conns %d is above what the open-file limit (RLIMIT_NOFILE %d) allows, keeping %d descriptors for the rest; serving at most %d connections (raise ulimit -n to allow more)",
		n, nofile, fdReserve, limit)
}

// servesTLS reports whether srv has a certificate to serve HTTPS with.
// (Serving sets up HTTP/2, which gives even a plain server a TLSConfig.)
func servesTLS(srv *http.Server) bool {
	return srv.TLSConfig != nil && len(srv.TLSConfig.Certificates) > 0
}

// listen opens addr and accepts at most maxConns connections at once; the
// others wait in the kernel's queue until one closes.
func listen(addr string, maxConns int) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	return netutil.LimitListener(ln, maxConns), nil
}

// serveUntil serves on ln until ctx ends, then stops accepting, lets the
// requests in flight finish for up to drain, closes what is left and
// returns once every connection is closed.
func serveUntil(ctx context.Context, srv *http.Server, ln net.Listener, drain time.Duration, log *slog.Logger) error {
	errc := make(chan error, 1)
	useTLS := servesTLS(srv)
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

// newHandler is go-app's handler with Bilateral's name, colours, icons and
// assets, all from our own origin.
func newHandler(domain, version string) *goapp.Handler {
	lang := i18n.Lang
	return &goapp.Handler{
		Name:            i18n.T(lang, "app.name"),
		ShortName:       i18n.T(lang, "app.name"),
		Title:           i18n.T(lang, "app.name"),
		Description:     i18n.T(lang, "app.description"),
		Lang:            lang,
		BackgroundColor: backgroundColor,
		ThemeColor:      themeColor,
		LoadingLabel:    i18n.T(lang, "app.loading") + " {progress}%",
		Icon: goapp.Icon{
			Default:  "/web/icons/icon-192.png",
			Large:    "/web/icons/icon-512.png",
			SVG:      "/web/icons/icon.svg",
			Maskable: "/web/icons/icon-maskable-512.png",
		},
		Styles:             []string{"/web/bilateral.css"},
		Scripts:            []string{"/web/theme.js", "/web/echarts.min.js defer"},
		CacheableResources: []string{app.DatasetPath},
		RawHeaders: []string{
			// Start the dataset download beside the Wasm instead of after it.
			`<link rel="preload" href="` + app.DatasetPath + `" as="fetch" crossorigin="anonymous">`,
		},
		Domain:    domain,
		Resources: embeddedResources{assetHandler(mustAssets())},
		Version:   version,
		// The Wasm arrives compressed; go-app's loader counts decoded bytes.
		WasmContentLengthHeader: uncompressedLengthHeader,
	}
}
