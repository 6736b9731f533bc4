//go:build !wasm

package harness

import (
	"context"
	"fmt"
	"io"
	stdlog "log"
	"os"

	"github.com/chromedp/chromedp"
)

// The window every page is measured and tested in.
const (
	ViewportWidth  = 1280
	ViewportHeight = 900
)

// ChromePath is path if given, else $CHROME, else Debian's
// /usr/bin/chromium; it must be a file. Nothing is ever downloaded.
func ChromePath(path string) (string, error) {
	if path == "" {
		path = os.Getenv("CHROME")
	}
	if path == "" {
		path = "/usr/bin/chromium"
	}
	if fi, err := os.Stat(path); err != nil || fi.IsDir() {
		return "", fmt.Errorf("no browser at %s: install Chromium (make chromium; Debian: apt-get install chromium) or set CHROME=/path", path)
	}
	return path, nil
}

// Browser is one headless Chromium process with a profile of its own.
type Browser struct {
	// Ctx is the chromedp context owning the browser: derive tabs from it.
	Ctx     context.Context
	Exec    string
	Profile string // the temporary --user-data-dir, removed by Close

	cancel func()
}

// StartBrowser launches headless Chromium (exe, from ChromePath) with a
// fresh profile and what keeps it quiet and loopback-only: no sandbox (it
// runs in containers), no GPU, no background networking, updates, sync or
// QUIC. The browser's output and chromedp's complaints go to log.
func StartBrowser(exe string, log io.Writer) (*Browser, error) {
	profile, err := os.MkdirTemp("", "bilateral-chromium-profile-")
	if err != nil {
		return nil, err
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.UserDataDir(profile),
		chromedp.Headless, // also --hide-scrollbars --mute-audio
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true), // small /dev/shm in containers
		chromedp.WindowSize(ViewportWidth, ViewportHeight),
		chromedp.CombinedOutput(log),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	cdpLog := stdlog.New(log, "chromedp: ", stdlog.LstdFlags)
	ctx, cancelCtx := chromedp.NewContext(allocCtx,
		chromedp.WithLogf(cdpLog.Printf), chromedp.WithErrorf(cdpLog.Printf))
	b := &Browser{Ctx: ctx, Exec: exe, Profile: profile}
	b.cancel = func() {
		cancelCtx()
		cancelAlloc() // waits for the browser process to exit
		os.RemoveAll(profile)
	}
	// The first Run starts the browser and ties it to ctx itself (a derived
	// timeout context would close it); start-up is bounded by chromedp's
	// 20 s wait for the DevTools URL.
	if err := chromedp.Run(ctx); err != nil {
		b.cancel()
		return nil, fmt.Errorf("start %s: %w", exe, err)
	}
	return b, nil
}

// Close ends the browser, waits for its process and removes its profile.
func (b *Browser) Close() { b.cancel() }
