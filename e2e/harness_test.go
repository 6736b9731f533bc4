//go:build browser

// Package e2e is Bilateral's real-browser suite. It drives Chromium (headless,
// through chromedp) against the built server binary:
//
//	make e2e                      # builds, then: go test -tags browser -count=1 -v ./e2e
//	make e2e E2EFLAGS='-run TestRoutes/trade'
//
// It builds nothing itself: ../bin/bilateral must exist (make build). The
// browser is $CHROME or /usr/bin/chromium; the suite never downloads one, and
// fails at once when either is missing. Both are started by internal/harness,
// as the bench starts them.
// Screenshots and logs go to ../test-output/.
package e2e

import (
	"context"
	"flag"
	"fmt"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdpfetch "github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"

	"bilateral/internal/harness"
)

const (
	readyTimeout   = 20 * time.Second
	viewportWidth  = harness.ViewportWidth
	viewportHeight = harness.ViewportHeight
)

var (
	binPath  string          // absolute path of bin/bilateral
	outDir   string          // absolute path of test-output
	hostPort string          // "127.0.0.1:PORT" of the shared server under test
	baseURL  string          // "http://" + hostPort
	browser  context.Context // chromedp context owning the one shared browser
)

func TestMain(m *testing.M) {
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	var err error
	if binPath, err = harness.ServerBinary(""); err != nil {
		return fatal(err)
	}
	chrome, err := harness.ChromePath("")
	if err != nil {
		return fatal(err)
	}
	root, err := harness.RepoRoot()
	if err != nil {
		return fatal(err)
	}
	outDir = filepath.Join(root, "test-output")
	flag.Parse()
	wholeSuite := flag.Lookup("test.run").Value.String() == ""
	for _, dir := range []string{"screenshots", "logs"} {
		if wholeSuite { // no stale artefacts from an earlier run
			_ = os.RemoveAll(filepath.Join(outDir, dir))
		}
		if err := os.MkdirAll(filepath.Join(outDir, dir), 0o755); err != nil {
			return fatal(err)
		}
	}

	srv, err := harness.StartServer(context.Background(), harness.ServerOptions{
		Bin: binPath, Log: filepath.Join(outDir, "server.log")})
	if err != nil {
		return fatal(err)
	}
	defer srv.Stop()
	hostPort, baseURL = srv.Addr, srv.URL

	chromeLog, err := os.Create(filepath.Join(outDir, "chromium.log"))
	if err != nil {
		return fatal(err)
	}
	defer chromeLog.Close()
	br, err := harness.StartBrowser(chrome, chromeLog)
	if err != nil {
		return fatal(fmt.Errorf("%w (see %s)", err, chromeLog.Name()))
	}
	defer br.Close()
	browser = br.Ctx

	return m.Run()
}

func fatal(err error) int {
	fmt.Fprintln(os.Stderr, "e2e:", err)
	return 1
}

// startOwnServer runs a bin/bilateral of the test's own on addr ("" for a
// free port), so the test can stop or replace it while the shared one stays
// up. It is stopped when the test ends; its log is test-output/logs/<name>-server.log.
func startOwnServer(t *testing.T, addr, name string, args ...string) *harness.Server {
	t.Helper()
	s, err := harness.StartServer(context.Background(), harness.ServerOptions{
		Bin: binPath, Addr: addr, Args: args, Log: filepath.Join(outDir, "logs", name+"-server.log")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Stop)
	return s
}

// suiteProxy is a reverse proxy to the suite's shared server, for a test
// that serves the site from an origin of its own and sees or changes what
// passes through.
func suiteProxy(t *testing.T) *httputil.ReverseProxy {
	t.Helper()
	target, err := url.Parse(baseURL)
	if err != nil {
		t.Fatal(err)
	}
	return httputil.NewSingleHostReverseProxy(target)
}

// tab is one fresh tab in its own browser context (its own cache, cookies and
// storage), so every load is cold. It records what the page logs and fetches.
type tab struct {
	ctx context.Context

	mu       sync.Mutex
	want404  string   // a URL whose 404 is the point (the not-found page itself)
	problems []string // console errors/asserts, uncaught exceptions, error log entries
	warnings []string // console warnings
	requests []string // every URL the page requested, in order
}

// pageText is the page's text as a reader gets it by scrolling: blocks far
// from the screen are not rendered until they near it (content-visibility:
// auto, web/bilateral.css), and innerText leaves out what is not rendered.
const pageText = `(() => {
	document.querySelectorAll("section.block").forEach((s) => { s.style.contentVisibility = "visible"; });
	return document.body ? document.body.innerText : "";
})()`

// suiteStart is the Wasm start policy of the suite's tabs (go-app patch 4,
// third_party/go-app/PATCHES.md): the reader's default, "interaction",
// starts the program at the first input only it answers, which most tests
// do not make; they test what the program does once it runs, as before.
// start_policy_test.go tests the default itself (newReaderTab).
const suiteStart = "idle"

// newTab opens a tab in a fresh browser context with a 1280×900 viewport,
// whose pages start the Wasm under suiteStart. It is closed (and its browser
// context disposed) when the test ends.
func newTab(t *testing.T, timeout time.Duration) *tab {
	t.Helper()
	return openTab(t, timeout, suiteStart)
}

// newReaderTab is newTab under the start policy readers get.
func newReaderTab(t *testing.T, timeout time.Duration) *tab {
	t.Helper()
	return openTab(t, timeout, "")
}

// openTab opens the tab; start, when set, is the policy its pages get
// through globalThis.goappWasmStart, in every frame, before app.js runs.
//
// The context and its window are made here rather than with
// chromedp.WithNewBrowserContext: headless Chromium refuses a tab in a new
// browser context that has no window yet ("no browser is open").
func openTab(t *testing.T, timeout time.Duration, start string) *tab {
	t.Helper()
	onBrowser := func(a chromedp.Action) error {
		ctx, cancel := context.WithTimeout(browser, 10*time.Second)
		defer cancel()
		return a.Do(cdp.WithExecutor(ctx, chromedp.FromContext(browser).Browser))
	}
	var bc cdp.BrowserContextID
	var id target.ID
	err := onBrowser(chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		if bc, err = target.CreateBrowserContext().Do(ctx); err != nil {
			return fmt.Errorf("create browser context: %w", err)
		}
		id, err = target.CreateTarget("about:blank").
			WithBrowserContextID(bc).
			WithNewWindow(true).
			WithWidth(viewportWidth).WithHeight(viewportHeight).
			Do(ctx)
		return err
	}))
	if bc != "" {
		t.Cleanup(func() { _ = onBrowser(target.DisposeBrowserContext(bc)) })
	}
	if err != nil {
		t.Fatalf("open tab: %v", err)
	}

	ctx, cancel := chromedp.NewContext(browser, chromedp.WithTargetID(id))
	ctx, cancelTimeout := context.WithTimeout(ctx, timeout)
	t.Cleanup(func() {
		cancelTimeout()
		cancel() // detaches and closes the tab; registered last, so runs first
	})
	return watchTab(t, ctx, start)
}

// watchTab makes the tab of chromedp context ctx (any browser's) one the
// suite watches: its console, exceptions and requests recorded, the
// suite's viewport, and start, when set, as its pages' start policy.
func watchTab(t *testing.T, ctx context.Context, start string) *tab {
	t.Helper()
	tb := &tab{ctx: ctx}
	chromedp.ListenTarget(ctx, tb.onEvent)
	if err := chromedp.Run(ctx, chromedp.EmulateViewport(viewportWidth, viewportHeight)); err != nil {
		t.Fatalf("open tab: %v", err)
	}
	if start != "" {
		if err := chromedp.Run(ctx, onNewDocuments(fmt.Sprintf("globalThis.goappWasmStart = %q;", start))); err != nil {
			t.Fatalf("open tab: %v", err)
		}
	}
	return tb
}

func (tb *tab) onEvent(ev any) {
	var problem, warning, request string
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		var args []string
		for _, a := range ev.Args {
			args = append(args, remoteString(a))
		}
		msg := strings.Join(args, " ")
		// Go's runtime writes a panic to the console's log (wasm_exec.js),
		// not as an error: the program has stopped all the same.
		goPanic := ev.Type == runtime.APITypeLog && strings.HasPrefix(strings.TrimPrefix(msg, `"`), "panic: ")
		if ev.Type == runtime.APITypeError || ev.Type == runtime.APITypeAssert || goPanic {
			problem = fmt.Sprintf("console.%s: %s%s", ev.Type, msg, stackHint(ev.StackTrace))
		}
		if ev.Type == runtime.APITypeWarning {
			warning = msg
		}
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			msg += " " + d.Exception.Description
		}
		problem = fmt.Sprintf("uncaught exception: %s (%s:%d:%d)", msg, d.URL, d.LineNumber+1, d.ColumnNumber+1)
	case *log.EventEntryAdded:
		tb.mu.Lock()
		want404 := tb.want404
		tb.mu.Unlock()
		e := ev.Entry
		if e.Source == log.SourceNetwork && want404 != "" && e.URL == want404 &&
			strings.Contains(e.Text, "status of 404") {
			break // Chromium logs the not-found page's own status as an error
		}
		if e.Level == log.LevelError {
			problem = fmt.Sprintf("log %s error: %s", e.Source, e.Text)
			if e.URL != "" {
				problem += " (" + e.URL + ")"
			}
		}
	case *network.EventRequestWillBeSent:
		request = ev.Request.URL
	}
	if problem == "" && warning == "" && request == "" {
		return
	}
	tb.mu.Lock()
	defer tb.mu.Unlock()
	if problem != "" {
		tb.problems = append(tb.problems, problem)
	}
	if warning != "" {
		tb.warnings = append(tb.warnings, warning)
	}
	if request != "" {
		tb.requests = append(tb.requests, request)
	}
}

func remoteString(o *runtime.RemoteObject) string {
	switch {
	case o == nil:
		return ""
	case len(o.Value) > 0:
		return string(o.Value)
	case o.Description != "":
		return o.Description
	case o.UnserializableValue != "":
		return string(o.UnserializableValue)
	}
	return string(o.Type)
}

func stackHint(st *runtime.StackTrace) string {
	if st == nil || len(st.CallFrames) == 0 {
		return ""
	}
	f := st.CallFrames[0]
	return fmt.Sprintf(" (at %s:%d)", f.URL, f.LineNumber+1)
}

// expect404 tells the tab that url answering 404 is expected, so Chromium's
// "Failed to load resource: … 404" entry for it is no problem.
func (tb *tab) expect404(url string) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	tb.want404 = url
}

// consoleWarnings is what the page has written with console.warn so far.
func (tb *tab) consoleWarnings() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return append([]string(nil), tb.warnings...)
}

// clipboardStub, run in a page, stands in for the clipboard: what the page
// writes to it is kept in window.__copied, with no permission prompt.
const clipboardStub = `Object.defineProperty(navigator, "clipboard", {configurable: true, value: {
	writeText: (s) => { window.__copied = s; return Promise.resolve(); }}});`

// snapshot returns copies of what the tab has recorded so far.
func (tb *tab) snapshot() (problems, requests []string) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return append([]string(nil), tb.problems...), append([]string(nil), tb.requests...)
}

// waitReady polls document.documentElement.dataset.ready until it equals view
// or the timeout passes; the error names the last value seen.
func (tb *tab) waitReady(view string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	last := ""
	for {
		var v string
		err := chromedp.Run(tb.ctx, chromedp.Evaluate(
			`document.documentElement.dataset.ready || ""`, &v))
		if err == nil {
			last = v
			if v == view {
				return nil
			}
		} else if tb.ctx.Err() != nil {
			return fmt.Errorf("waiting for dataset.ready=%q (last %q): %w", view, last, err)
		}
		// An evaluation error mid-navigation (context destroyed) is retried.
		if time.Now().After(deadline) {
			return fmt.Errorf("dataset.ready is %q after %s, want %q", last, timeout, view)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// screenshot writes a full-page PNG to test-output/screenshots/<name>.png.
func (tb *tab) screenshot(t *testing.T, name string) {
	t.Helper()
	var png []byte
	if err := chromedp.Run(tb.ctx, chromedp.FullScreenshot(&png, 100)); err != nil {
		t.Errorf("screenshot: %v", err)
		return
	}
	path := filepath.Join(outDir, "screenshots", name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Errorf("screenshot: %v", err)
		return
	}
	t.Logf("screenshot: %s", path)
}

// writeLog saves what the tab recorded to test-output/logs/<name>.log.
func (tb *tab) writeLog(t *testing.T, name string) {
	t.Helper()
	problems, requests := tb.snapshot()
	var b strings.Builder
	fmt.Fprintf(&b, "# problems (%d)\n", len(problems))
	for _, p := range problems {
		fmt.Fprintln(&b, p)
	}
	fmt.Fprintf(&b, "\n# requests (%d)\n", len(requests))
	for _, r := range requests {
		fmt.Fprintln(&b, r)
	}
	if err := os.WriteFile(filepath.Join(outDir, "logs", name+".log"), []byte(b.String()), 0o644); err != nil {
		t.Errorf("write log: %v", err)
	}
}

// serveForeignPage serves html at the root of a loopback server of its own:
// a page of another origin than the app's (another port), as a site that
// frames an embed is. It returns the page's URL; the server stops when the
// test ends.
func serveForeignPage(t *testing.T, html string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	host := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(html))
	})}
	go host.Serve(ln)
	t.Cleanup(func() { host.Close() })
	return "http://" + ln.Addr().String() + "/"
}

// eachViewTakenOver loads, in one tab at width px with probe run first in
// every document, each view but those skip names, and once the program has
// taken it over (data-ready) hands the tab to check: the takeover tests
// compare what probe recorded of the served page with the program's.
func eachViewTakenOver(t *testing.T, width int, probe string, skip func(route) bool, check func(t *testing.T, tb *tab, r route)) {
	tb := newTab(t, 3*time.Minute)
	err := chromedp.Run(tb.ctx,
		chromedp.EmulateViewport(int64(width), 900),
		onNewDocuments(probe),
	)
	if err != nil {
		t.Fatalf("set up: %v", err)
	}
	for _, r := range routes {
		if skip(r) {
			continue
		}
		t.Run(r.view, func(t *testing.T) {
			if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+r.path)); err != nil {
				t.Fatalf("load %s: %v", r.path, err)
			}
			if err := tb.waitReady(r.view, readyTimeout); err != nil {
				t.Fatalf("%s: %v", r.path, err)
			}
			check(t, tb, r)
		})
	}
}

// onNewDocuments has every document the tab loads from now on run src
// first, before the page's own scripts.
func onNewDocuments(src string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(src).Do(ctx)
		return err
	})
}

// holdRequestUntil holds the page's requests matching urlPattern (CDP
// Fetch's pattern) until until, run in the page every 50 ms, is true (at
// most 20 s), then lets them go; the channel says whether until came true.
func holdRequestUntil(t *testing.T, tb *tab, urlPattern, until string) <-chan bool {
	t.Helper()
	held := make(chan bool, 1)
	chromedp.ListenTarget(tb.ctx, func(ev any) {
		e, ok := ev.(*cdpfetch.EventRequestPaused)
		if !ok {
			return
		}
		go func() {
			ctx := cdp.WithExecutor(tb.ctx, chromedp.FromContext(tb.ctx).Target)
			came := false
			for deadline := time.Now().Add(20 * time.Second); !came && time.Now().Before(deadline); {
				time.Sleep(50 * time.Millisecond)
				_ = chromedp.Evaluate(until, &came).Do(ctx)
			}
			select { // a second request, if any, does not block here
			case held <- came:
			default:
			}
			_ = cdpfetch.ContinueRequest(e.RequestID).Do(ctx)
		}()
	})
	if err := chromedp.Run(tb.ctx, cdpfetch.Enable().WithPatterns([]*cdpfetch.RequestPattern{
		{URLPattern: urlPattern, RequestStage: cdpfetch.RequestStageRequest}})); err != nil {
		t.Fatal(err)
	}
	return held
}
