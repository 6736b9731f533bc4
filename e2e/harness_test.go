//go:build browser

// Package e2e is Bilateral's real-browser suite. It drives Chromium (headless,
// through chromedp) against the built server binary:
//
//	make e2e                      # builds, then: go test -tags browser -count=1 -v ./e2e
//	make e2e E2EFLAGS='-run TestRoutes/trade'
//
// It builds nothing itself: ../bin/bilateral must exist (make build). The
// browser is $CHROME or /usr/bin/chromium; the suite never downloads one.
// Screenshots and logs go to ../test-output/.
package e2e

import (
	"context"
	"flag"
	"fmt"
	stdlog "log"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

const (
	serverStartTimeout = 15 * time.Second
	readyTimeout       = 20 * time.Second
	viewportWidth      = 1280
	viewportHeight     = 900
)

var (
	binPath  string          // absolute path of ../bin/bilateral
	outDir   string          // absolute path of ../test-output
	hostPort string          // "127.0.0.1:PORT" of the server under test
	baseURL  string          // "http://" + hostPort
	browser  context.Context // chromedp context owning the one shared browser
)

func TestMain(m *testing.M) {
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	var err error
	if binPath, err = filepath.Abs(filepath.Join("..", "bin", "bilateral")); err != nil {
		return fatal(err)
	}
	if _, err := os.Stat(binPath); err != nil {
		return fatal(fmt.Errorf("%s not found: run make build first", binPath))
	}
	if outDir, err = filepath.Abs(filepath.Join("..", "test-output")); err != nil {
		return fatal(err)
	}
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

	stop, err := startServer()
	if err != nil {
		return fatal(err)
	}
	defer stop()

	closeBrowser, err := startBrowser()
	if err != nil {
		return fatal(err)
	}
	defer closeBrowser()

	return m.Run()
}

func fatal(err error) int {
	fmt.Fprintln(os.Stderr, "e2e:", err)
	return 1
}

// freePort asks the kernel for a free loopback port and releases it.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// startServer runs ../bin/bilateral on a free loopback port, logging to
// test-output/server.log, and waits until GET / answers. The returned func
// stops it: SIGTERM, then SIGKILL after 5 s.
func startServer() (stop func(), err error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	hostPort = fmt.Sprintf("127.0.0.1:%d", port)
	baseURL = "http://" + hostPort

	logPath := filepath.Join(outDir, "server.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(binPath, "-addr", hostPort)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	if err := cmd.Start(); err != nil {
		logFile.Close()
		return nil, fmt.Errorf("start %s: %w", binPath, err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()

	stop = func() {
		select {
		case <-exited:
		default:
			_ = cmd.Process.Signal(syscall.SIGTERM)
			select {
			case <-exited:
			case <-time.After(5 * time.Second):
				_ = cmd.Process.Kill()
				<-exited
			}
		}
		logFile.Close()
	}

	client := &http.Client{Timeout: time.Second}
	deadline := time.Now().Add(serverStartTimeout)
	for {
		select {
		case err := <-exited:
			exited <- err // let stop see it too
			stop()
			return nil, fmt.Errorf("%s -addr %s exited before serving (%v); see %s:\n%s",
				binPath, hostPort, err, logPath, tail(logPath))
		default:
		}
		resp, err := client.Get(baseURL + "/")
		if err == nil {
			resp.Body.Close()
			return stop, nil
		}
		if time.Now().After(deadline) {
			stop()
			return nil, fmt.Errorf("server did not answer GET %s/ within %s (last error: %v); see %s",
				baseURL, serverStartTimeout, err, logPath)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// tail returns the last lines of a log file, for error messages.
func tail(path string) string {
	b, _ := os.ReadFile(path)
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > 20 {
		lines = lines[len(lines)-20:]
	}
	return strings.Join(lines, "\n")
}

// chromePath is $CHROME, else Debian's /usr/bin/chromium.
func chromePath() (string, error) {
	p := os.Getenv("CHROME")
	if p == "" {
		p = "/usr/bin/chromium"
	}
	if fi, err := os.Stat(p); err != nil || fi.IsDir() {
		return "", fmt.Errorf("no browser at %s: install Chromium (Debian: apt-get install chromium; or make chromium) or set CHROME=/path", p)
	}
	return p, nil
}

// startBrowser starts the one shared headless Chromium with a fresh profile.
// Its output and chromedp's own complaints go to test-output/chromium.log.
func startBrowser() (closeFn func(), err error) {
	exe, err := chromePath()
	if err != nil {
		return nil, err
	}
	profile, err := os.MkdirTemp("", "bilateral-e2e-profile-")
	if err != nil {
		return nil, err
	}
	logFile, err := os.Create(filepath.Join(outDir, "chromium.log"))
	if err != nil {
		os.RemoveAll(profile)
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
		chromedp.WindowSize(viewportWidth, viewportHeight),
		chromedp.CombinedOutput(logFile),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	cdpLog := stdlog.New(logFile, "chromedp: ", stdlog.LstdFlags)
	ctx, cancelBrowser := chromedp.NewContext(allocCtx,
		chromedp.WithLogf(cdpLog.Printf), chromedp.WithErrorf(cdpLog.Printf))
	closeFn = func() {
		cancelBrowser()
		cancelAlloc() // waits for the browser process to exit
		logFile.Close()
		os.RemoveAll(profile)
	}
	// The first Run starts the browser and ties it to ctx itself (a derived
	// timeout context would close it); startup is bounded by chromedp's
	// 20 s wait for the DevTools URL.
	if err := chromedp.Run(ctx); err != nil {
		closeFn()
		return nil, fmt.Errorf("start %s: %w (see test-output/chromium.log)", exe, err)
	}
	browser = ctx
	return closeFn, nil
}

// tab is one fresh tab in its own browser context (its own cache, cookies and
// storage), so every load is cold. It records what the page logs and fetches.
type tab struct {
	ctx context.Context

	mu       sync.Mutex
	want404  string   // a URL whose 404 is the point (the not-found page itself)
	problems []string // console errors/asserts, uncaught exceptions, error log entries
	requests []string // every URL the page requested, in order
}

// newTab opens a tab in a fresh browser context with a 1280×900 viewport.
// It is closed (and its browser context disposed) when the test ends.
//
// The context and its window are made here rather than with
// chromedp.WithNewBrowserContext: headless Chromium refuses a tab in a new
// browser context that has no window yet ("no browser is open").
func newTab(t *testing.T, timeout time.Duration) *tab {
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
	tb := &tab{ctx: ctx}
	chromedp.ListenTarget(ctx, tb.onEvent)
	if err := chromedp.Run(ctx, chromedp.EmulateViewport(viewportWidth, viewportHeight)); err != nil {
		t.Fatalf("open tab: %v", err)
	}
	return tb
}

func (tb *tab) onEvent(ev any) {
	var problem, request string
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.APITypeError || ev.Type == runtime.APITypeAssert {
			var args []string
			for _, a := range ev.Args {
				args = append(args, remoteString(a))
			}
			problem = fmt.Sprintf("console.%s: %s%s", ev.Type, strings.Join(args, " "), stackHint(ev.StackTrace))
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
	if problem == "" && request == "" {
		return
	}
	tb.mu.Lock()
	defer tb.mu.Unlock()
	if problem != "" {
		tb.problems = append(tb.problems, problem)
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
