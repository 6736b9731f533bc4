//go:build browser

package e2e

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"

	"bilateral/internal/harness"
)

// TestWasmCodeKeptForTheNextVisit: the first visit leaves V8's optimised
// code of the Wasm with the HTTP cache's copy it compiled, and the next
// visit, whose Wasm the service worker answers, starts from that code
// instead of compiling every function again (go-app patch 16: the compile
// worker compiles the fetched response itself and stays open; the worker
// answers with the HTTP cache's copy while its ETag is its own cache's).
//
// V8's trace events say it: wasm.SerializeModule when it writes the code,
// wasm.Deserialize when a compile starts from it. The browser is one of
// its own, with a profile on disk as a reader's has: the suite's tabs live
// in browser contexts held in memory, like a private window's.
func TestWasmCodeKeptForTheNextVisit(t *testing.T) {
	chrome, err := harness.ChromePath("")
	if err != nil {
		t.Fatal(err)
	}
	logFile, err := os.Create(filepath.Join(outDir, "logs", "wasm-code-cache-chromium.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer logFile.Close()
	br, err := harness.StartBrowser(chrome, logFile)
	if err != nil {
		t.Fatal(err)
	}
	defer br.Close()

	visit := func(ctx context.Context) *tab {
		tb := watchTab(t, ctx, "load")
		if err := chromedp.Run(ctx, chromedp.Navigate(baseURL+"/trade")); err != nil {
			t.Fatal(err)
		}
		if err := tb.waitReady("trade", readyTimeout); err != nil {
			t.Fatal(err)
		}
		return tb
	}

	first, cancelFirst := chromedp.NewContext(br.Ctx)
	first, cancelTimeout := context.WithTimeout(first, 2*time.Minute)
	defer cancelTimeout()
	tr := startWasmTrace(t, first)
	tb := visit(first)
	waitWorker(t, tb)
	// V8 writes the code once enough of it is optimised and none has been
	// added for a while: the page stays open until the trace shows it.
	written := false
	for deadline := time.Now().Add(30 * time.Second); !written && time.Now().Before(deadline); {
		time.Sleep(2 * time.Second)
		written = tr.stop(t, first)["wasm.SerializeModule"] > 0
		if !written {
			tr = startWasmTrace(t, first)
		}
	}
	if !written {
		tr.stop(t, first)
		t.Fatal("the first visit's Wasm code was never written to a cache (no wasm.SerializeModule in 30 s): " +
			"the compile worker must compile the fetched response itself, and stay open")
	}
	cancelFirst()

	next, cancelNext := chromedp.NewContext(br.Ctx)
	defer cancelNext()
	next, cancelTimeout2 := context.WithTimeout(next, time.Minute)
	defer cancelTimeout2()
	if err := chromedp.Run(next); err != nil {
		t.Fatal(err)
	}
	tr = startWasmTrace(t, next)
	tb = visit(next)
	var controlled bool
	if err := chromedp.Run(next, chromedp.Evaluate(`!!navigator.serviceWorker.controller`, &controlled)); err != nil {
		t.Fatal(err)
	}
	events := tr.stop(t, next)
	if !controlled {
		t.Fatal("the second visit has no service worker controller")
	}
	if events["wasm.Deserialize"] == 0 {
		t.Errorf("the second visit compiled the Wasm without the first visit's code (no wasm.Deserialize); V8's events: %s",
			eventList(events))
	}
	if problems, _ := tb.snapshot(); len(problems) > 0 {
		t.Errorf("console problems on the second visit:\n%s", strings.Join(problems, "\n"))
	}
}

// wasmTrace collects the names of V8's Wasm trace events.
type wasmTrace struct {
	mu     sync.Mutex
	counts map[string]int
	done   chan struct{}
}

func startWasmTrace(t *testing.T, ctx context.Context) *wasmTrace {
	t.Helper()
	tr := &wasmTrace{counts: map[string]int{}, done: make(chan struct{})}
	lctx, cancel := context.WithCancel(ctx)
	chromedp.ListenTarget(lctx, func(ev any) {
		switch e := ev.(type) {
		case *tracing.EventDataCollected:
			tr.mu.Lock()
			for _, raw := range e.Value {
				var ev struct {
					Name string `json:"name"`
				}
				if json.Unmarshal([]byte(raw), &ev) == nil && strings.HasPrefix(ev.Name, "wasm.") {
					tr.counts[ev.Name]++
				}
			}
			tr.mu.Unlock()
		case *tracing.EventTracingComplete:
			cancel()
			close(tr.done)
		}
	})
	if err := chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		return tracing.Start().
			WithTraceConfig(&tracing.TraceConfig{IncludedCategories: []string{"v8.wasm"}}).
			WithTransferMode(tracing.TransferModeReportEvents).Do(ctx)
	})); err != nil {
		t.Fatal(err)
	}
	return tr
}

// stop ends the trace and returns how many of each event it saw.
func (tr *wasmTrace) stop(t *testing.T, ctx context.Context) map[string]int {
	t.Helper()
	if err := chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		return tracing.End().Do(ctx)
	})); err != nil {
		t.Fatal(err)
	}
	select {
	case <-tr.done:
	case <-time.After(20 * time.Second):
		t.Fatal("the trace did not complete in 20 s")
	}
	tr.mu.Lock()
	defer tr.mu.Unlock()
	return tr.counts
}

func eventList(counts map[string]int) string {
	var out []string
	for k := range counts {
		out = append(out, k)
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}

// TestWasmOfAnotherTypeStartsInTheWorker: a host may serve the Wasm under
// another type than application/wasm, which WebAssembly.compileStreaming
// refuses. The compile worker compiles the response it fetched (so V8 can
// keep its code), and must still compile such a one, as a Wasm, itself:
// not fail, nor fall back to compiling on the page.
func TestWasmOfAnotherTypeStartsInTheWorker(t *testing.T) {
	proxy := suiteProxy(t)
	proxy.ModifyResponse = func(r *http.Response) error {
		if strings.HasSuffix(r.Request.URL.Path, ".wasm") {
			r.Header.Set("Content-Type", "application/octet-stream")
		}
		return nil
	}
	host := httptest.NewServer(proxy)
	defer host.Close()

	tb := openTab(t, time.Minute, "load")
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(host.URL+"/trade")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("trade", readyTimeout); err != nil {
		t.Fatal(err)
	}
	for _, w := range tb.consoleWarnings() {
		if strings.Contains(w, "worker failed") {
			t.Errorf("the compile worker gave up on a Wasm served as application/octet-stream: %s", w)
		}
	}
}
