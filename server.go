//go:build !wasm

package main

import (
	"context"
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
	"syscall"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app"
	"bilateral/app/i18n"
	"bilateral/data"
)

// version identifies the build (a hash of what the client receives, set by
// the Makefile), so go-app's ETag and update check follow the content rather
// than the start time.
var version = "dev"

//go:embed web
var webFS embed.FS

// Colours of the page before its stylesheet loads, matching web/bilateral.css.
const (
	themeColor      = "#12355b"
	backgroundColor = "#f7f7f4"
)

func serve() {
	flags := flag.NewFlagSet("bilateral", flag.ExitOnError)
	addr := flags.String("addr", "localhost:8000", "address to listen on")
	dataFile := flags.String("data", "", "serve this dataset file instead of the embedded one (validated first)")
	domain := flags.String("domain", "", "public host name for absolute links in link previews (og:url); default: the request's host")
	flags.Parse(os.Args[1:])

	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	ds, raw, name, err := loadDataset(*dataFile)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bilateral: refusing to start: the dataset has problems:")
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	app.SetDataset(ds)

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bilateral:", err)
		os.Exit(1)
	}
	srv := &http.Server{
		Handler:           newMux(raw, *domain),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    16 << 10,
	}
	log.Info("serving Bilateral", "url", "http://"+ln.Addr().String(), "dataset", name, "version", version)

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGINT, syscall.SIGTERM)
	go func() {
		<-stop
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintln(os.Stderr, "bilateral:", err)
		os.Exit(1)
	}
	log.Info("stopped")
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
func newHandler(domain string) *goapp.Handler {
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
		Resources: embeddedResources{http.FileServerFS(noDirs{webFS})},
		Version:   version,
	}
}
