//go:build !wasm

package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"bilateral/internal/harness"
)

// probeScript runs in every document before its own scripts
// (Page.addScriptToEvaluateOnNewDocument). It asks for the Wasm to start at
// load and records, with performance.now() (milliseconds since the
// navigation started), every value
// document.documentElement.dataset.ready takes, and lets the bench wait for
// one: __bench.wait(view, after, timeoutMs) resolves with the time of the
// first ready=view at or after `after`.
const probeScript = `(() => {
  if (window.__bench) return;
  // The view measurements time the Wasm taking charge (data-ready), which
  // the readers' start policy leaves until an input: they start it as soon
  // as it is compiled. The phases runs set their policy after this.
  globalThis.goappWasmStart = "load";
  const b = { ready: [], waiters: [] };
  Object.defineProperty(window, "__bench", { value: b });
  let last = null;
  const check = () => {
    const de = document.documentElement;
    const v = de ? de.getAttribute("data-ready") : null;
    if (v === last) return;
    last = v;
    if (!v) return;
    const t = performance.now();
    b.ready.push({ v, t });
    b.waiters = b.waiters.filter((w) => {
      if (w.v === v && t >= w.after) { w.resolve(t); return false; }
      return true;
    });
  };
  b.wait = (v, after, timeout) => new Promise((resolve, reject) => {
    check();
    const hit = b.ready.find((r) => r.v === v && r.t >= after);
    if (hit) { resolve(hit.t); return; }
    b.waiters.push({ v, after, resolve });
    setTimeout(() => reject(new Error("data-ready is \"" + (last || "") + "\" after " + timeout + " ms, want \"" + v + "\"")), timeout);
  });
  new MutationObserver(check).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-ready"] });
})();`

// fcpScript reads the first contentful paint, waiting a little for its entry
// (it is queued after the frame is presented, which may be after data-ready);
// -1 when there was none.
const fcpScript = `new Promise((resolve) => {
  const get = () => {
    const e = performance.getEntriesByType("paint").find((p) => p.name === "first-contentful-paint");
    return e ? e.startTime : null;
  };
  const now = get();
  if (now !== null) { resolve(now); return; }
  const obs = new PerformanceObserver(() => {
    const t = get();
    if (t !== null) { obs.disconnect(); resolve(t); }
  });
  obs.observe({ type: "paint" });
  setTimeout(() => { obs.disconnect(); resolve(-1); }, 3000);
})`

// switchScript clicks the navigation link to path, as a reader would, and
// resolves with the milliseconds from the click to data-ready=name. The
// promise only settles in the same document: a full page load would destroy
// the context and fail the evaluation.
const switchScript = `(async (path, name, timeout) => {
  const a = document.querySelector('nav a[href="' + path + '"]');
  if (!a) throw new Error("no navigation link to " + path);
  const t0 = performance.now();
  a.click();
  const t = await window.__bench.wait(name, t0, timeout);
  return t - t0;
})(%q, %q, %d)`

// serviceWorkerScript waits (at most timeout ms) for the page's service
// worker to be active, and says what it found.
const serviceWorkerScript = `(async (timeout) => {
  if (!("serviceWorker" in navigator)) return "unsupported";
  const regs = await navigator.serviceWorker.getRegistrations();
  if (regs.length === 0) {
    await new Promise((r) => setTimeout(r, 500)); // registration may come after load
    if ((await navigator.serviceWorker.getRegistrations()).length === 0) return "none";
  }
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const ready = await Promise.race([navigator.serviceWorker.ready, sleep(timeout).then(() => null)]);
  if (!ready) return "not active after " + timeout + " ms";
  // An active worker controls the next visit; this page need not be claimed.
  return navigator.serviceWorker.controller ? "active, controlling" : "active";
})(%d)`

func awaitPromise(p *runtime.EvaluateParams) *runtime.EvaluateParams {
	return p.WithAwaitPromise(true)
}

// browser is one Chromium process with its own fresh profile directory.
type browser struct {
	*harness.Browser
}

// launch starts Chromium through internal/harness, as the e2e suite does.
func (b *bench) launch() (*browser, error) {
	br, err := harness.StartBrowser(b.c.Chrome, b.chromeLog)
	if err != nil {
		return nil, fmt.Errorf("%w (see %s)", err, b.chromeLog.Name())
	}
	return &browser{br}, nil
}

// close ends the browser; its profile is removed again at the end of the
// bench, as a helper process may write to it late.
func (br *browser) close(b *bench) {
	br.Close()
	b.profiles = append(b.profiles, br.Profile)
}

// tab is a page of a browser's profile with the probe installed, counting
// the bytes its requests transfer.
type tab struct {
	ctx    context.Context
	cancel func()

	mu       sync.Mutex
	bytes    float64 // Network.loadingFinished.encodedDataLength, summed
	requests int
	inflight map[network.RequestID]string // the URL of each request in flight
	lastNet  time.Time
	console  []string // the page's last console lines (diagnose.go)
}

// newTab opens a tab in the browser's (default) browser context, so tabs of
// one browser share its profile: HTTP cache, storage, service worker.
func (br *browser) newTab() (*tab, error) {
	ctx, cancel := chromedp.NewContext(br.Ctx)
	t := &tab{ctx: ctx, cancel: cancel, inflight: map[network.RequestID]string{}}
	chromedp.ListenTarget(ctx, t.onEvent)
	err := chromedp.Run(ctx,
		chromedp.EmulateViewport(harness.ViewportWidth, harness.ViewportHeight),
		chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(probeScript).Do(ctx)
			return err
		}),
	)
	if err != nil {
		cancel()
		return nil, fmt.Errorf("open tab: %w", err)
	}
	return t, nil
}

func (t *tab) close() { t.cancel() }

func (t *tab) onEvent(ev any) {
	t.mu.Lock()
	defer t.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		t.inflight[ev.RequestID] = ev.Request.URL
		t.lastNet = time.Now()
	case *network.EventLoadingFinished:
		delete(t.inflight, ev.RequestID)
		t.bytes += ev.EncodedDataLength
		t.requests++
		t.lastNet = time.Now()
	case *network.EventLoadingFailed:
		delete(t.inflight, ev.RequestID)
		t.lastNet = time.Now()
	default:
		t.noteConsole(ev)
	}
}

func (t *tab) resetNet() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.bytes, t.requests = 0, 0
	t.inflight = map[network.RequestID]string{}
	t.lastNet = time.Now()
}

// netIdle waits until no request of the page is in flight and none finished
// for idle (at most max), so late requests of the load are counted.
func (t *tab) netIdle(idle, max time.Duration) (bytes float64, requests int) {
	deadline := time.Now().Add(max)
	for {
		t.mu.Lock()
		quiet := len(t.inflight) == 0 && time.Since(t.lastNet) >= idle
		bytes, requests = t.bytes, t.requests
		t.mu.Unlock()
		if quiet || time.Now().After(deadline) {
			return bytes, requests
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// loadResult is one page load, timed from its navigation start.
type loadResult struct {
	ReadyMs  float64 // performance.now() when data-ready became the view
	FCPMs    float64 // first-contentful-paint startTime, -1 if none
	Bytes    float64 // encoded bytes of every request the page made
	Requests int
}

// load navigates the tab to url and waits for data-ready=ready.
func (t *tab) load(url, ready string, timeout time.Duration) (loadResult, error) {
	var r loadResult
	ctx, cancel := context.WithTimeout(t.ctx, timeout+5*time.Second)
	defer cancel()
	t.resetNet()
	err := chromedp.Run(ctx,
		chromedp.Navigate(url),
		chromedp.Evaluate(fmt.Sprintf("window.__bench.wait(%q, 0, %d)", ready, timeout.Milliseconds()), &r.ReadyMs, awaitPromise),
		chromedp.Evaluate(fcpScript, &r.FCPMs, awaitPromise),
	)
	if err != nil {
		return r, fmt.Errorf("load %s: %w (%s)", url, err, t.diagnose())
	}
	r.Bytes, r.Requests = t.netIdle(300*time.Millisecond, 5*time.Second)
	return r, nil
}

// switchTo clicks the navigation link to v and returns the milliseconds
// until data-ready=v.Name.
func (t *tab) switchTo(v view, timeout time.Duration) (float64, error) {
	ctx, cancel := context.WithTimeout(t.ctx, timeout+5*time.Second)
	defer cancel()
	var ms float64
	err := chromedp.Run(ctx, chromedp.Evaluate(
		fmt.Sprintf(switchScript, v.Path, v.Name, timeout.Milliseconds()), &ms, awaitPromise))
	if err != nil {
		return 0, fmt.Errorf("switch to %s: %w (%s)", v.Path, err, t.diagnose())
	}
	return ms, nil
}

// lastReadyScript is the time of the page's last bilateral:ready mark, the
// shown view's readiness, or -1.
const lastReadyScript = `(() => {
  const r = performance.getEntriesByName("bilateral:ready", "mark");
  return r.length ? r[r.length - 1].startTime : -1;
})()`

// switchAround switches from v to the next view and back, each click a
// switch into a view: view name → ms to its data-ready. It first waits, as
// a reader reading the view would, for the program to have built the other
// views, and returns how long after the view's readiness that was (-1: not
// within 15 s; the switches are then made and timed all the same). On an
// error it returns the switches made before it.
func (t *tab) switchAround(v view, timeout time.Duration) (switches map[string]float64, builtMs float64, err error) {
	out := map[string]float64{}
	var built, ready float64
	if err := chromedp.Run(t.ctx,
		chromedp.Evaluate(waitMark("bilateral:views-built"), &built, awaitPromise),
		chromedp.Evaluate(lastReadyScript, &ready)); err != nil {
		return out, -1, fmt.Errorf("waiting for the views to be built: %w", err)
	}
	builtMs = -1
	if built >= 0 && ready >= 0 {
		builtMs = built - ready
	}
	for _, to := range []view{next(v), v} {
		d, err := t.switchTo(to, timeout)
		if err != nil {
			return out, builtMs, err
		}
		out[to.Name] = d
	}
	return out, builtMs, nil
}

// serviceWorker waits for the page's service worker to be in place.
func (t *tab) serviceWorker(timeout time.Duration) (string, error) {
	ctx, cancel := context.WithTimeout(t.ctx, timeout+5*time.Second)
	defer cancel()
	var state string
	err := chromedp.Run(ctx, chromedp.Evaluate(
		fmt.Sprintf(serviceWorkerScript, timeout.Milliseconds()), &state, awaitPromise))
	return state, err
}

// bench holds what every measurement needs.
type bench struct {
	c         *config
	app       *appServer
	ref       *refServer
	chromeLog *os.File
	profiles  []string // every temp profile, to remove once all browsers are gone
}

// openChromeLog opens (appending) the log every Chromium of the bench
// writes to.
func (b *bench) openChromeLog() error {
	f, err := os.OpenFile(filepath.Join(b.c.LogDir, "chromium.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	b.chromeLog = f
	return nil
}

// removeProfiles deletes the browsers' temp profiles for good.
func (b *bench) removeProfiles() {
	time.Sleep(500 * time.Millisecond)
	for _, p := range b.profiles {
		os.RemoveAll(p)
	}
}

// appSample is one run of the app for one view: a cold load in a fresh
// profile, then a warm load and a view switch in the same profile, then a
// returning reader's visit.
type appSample struct {
	Cold        loadResult
	ServerBytes int64 // what the server wrote for the cold visit, service worker included
	SWState     string
	Warm        loadResult
	Switches    map[string]float64 // view name → ms from the click to its data-ready
	BuiltMs     float64            // every view built, ms after the warm view's readiness (-1: not in 15 s)
	Reader      readerVisit        // a third visit, under the readers' policy (reader_visit.go)
	Errors      []string
}

func (b *bench) appRun(v view) (s appSample, err error) {
	br, err := b.launch()
	if err != nil {
		return s, err
	}
	defer br.close(b)

	cold, err := br.newTab()
	if err != nil {
		return s, err
	}
	b.app.quiet(200*time.Millisecond, 2*time.Second)
	before, _ := b.app.written()
	s.Cold, err = cold.load(b.app.URL+v.Path, v.Name, b.c.Timeout)
	if err != nil {
		cold.close()
		return s, fmt.Errorf("cold: %w", err)
	}
	// The service worker and its caches in place before the second visit.
	s.SWState, err = cold.serviceWorker(15 * time.Second)
	if err != nil {
		s.Errors = append(s.Errors, "service worker: "+err.Error())
	}
	b.app.quiet(500*time.Millisecond, 20*time.Second)
	after, _ := b.app.written()
	s.ServerBytes = after - before
	cold.close()

	warm, err := br.newTab()
	if err != nil {
		return s, err
	}
	s.Warm, err = warm.load(b.app.URL+v.Path, v.Name, b.c.Timeout)
	if err != nil {
		warm.close()
		return s, fmt.Errorf("warm: %w", err)
	}
	if s.Switches, s.BuiltMs, err = warm.switchAround(v, b.c.Timeout); err != nil {
		s.Errors = append(s.Errors, err.Error())
	}
	warm.close()
	b.app.quiet(200*time.Millisecond, 2*time.Second)
	s.Reader, err = b.readerRun(br, v)
	if err != nil {
		s.Errors = append(s.Errors, err.Error())
	}
	return s, nil
}

// refRun is one cold load of the view's reference page in a fresh profile.
func (b *bench) refRun(v view) (loadResult, error) {
	br, err := b.launch()
	if err != nil {
		return loadResult{}, err
	}
	defer br.close(b)
	t, err := br.newTab()
	if err != nil {
		return loadResult{}, err
	}
	defer t.close()
	return t.load(b.ref.url(v), v.Name, b.c.Timeout)
}

// measureViews runs every view -runs times, app then reference, view after
// view, so slow phases of a busy machine spread over all of them.
func (b *bench) measureViews(ctx context.Context, sel []view) ([]viewResult, error) {
	if err := b.openChromeLog(); err != nil {
		return nil, err
	}
	defer b.chromeLog.Close()
	defer b.removeProfiles()

	acc := make([]*viewAcc, len(sel))
	for i, v := range sel {
		acc[i] = &viewAcc{view: v}
	}
	byName := map[string]*viewAcc{}
	for _, a := range acc {
		byName[a.view.Name] = a
	}
	for run := 1; run <= b.c.Runs; run++ {
		for i, v := range sel {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			a := acc[i]
			s, err := b.appRun(v)
			if err != nil {
				a.errors = append(a.errors, fmt.Sprintf("run %d app: %v", run, err))
				logf("run %d %-10s app: %v", run, v.Path, err)
			} else {
				a.appCold = append(a.appCold, s.Cold.ReadyMs)
				if s.Cold.FCPMs >= 0 {
					a.appFCP = append(a.appFCP, s.Cold.FCPMs)
				}
				a.appBytes = append(a.appBytes, s.Cold.Bytes)
				a.appRequests = append(a.appRequests, float64(s.Cold.Requests))
				a.serverBytes = append(a.serverBytes, float64(s.ServerBytes))
				a.warm = append(a.warm, s.Warm.ReadyMs)
				a.warmBytes = append(a.warmBytes, s.Warm.Bytes)
				a.swStates = append(a.swStates, s.SWState)
				for _, e := range s.Errors {
					a.errors = append(a.errors, fmt.Sprintf("run %d app: %s", run, e))
				}
				for to, d := range s.Switches {
					if t, ok := byName[to]; ok { // recorded under the view switched to
						t.switches = append(t.switches, d)
					}
				}
				if s.BuiltMs >= 0 {
					a.built = append(a.built, s.BuiltMs)
				}
				if s.Reader.ClickToReadyMs >= 0 {
					a.readerFCP = append(a.readerFCP, s.Reader.FCPMs)
					a.readerReady = append(a.readerReady, s.Reader.ClickToReadyMs)
					if s.Reader.WarmedMs >= 0 {
						a.readerWarmed = append(a.readerWarmed, s.Reader.WarmedMs)
					}
				}
				for to, d := range s.Reader.Switches {
					if t, ok := byName[to]; ok {
						t.readerSwitches = append(t.readerSwitches, d)
					}
				}
			}
			r, err := b.refRun(v)
			if err != nil {
				a.errors = append(a.errors, fmt.Sprintf("run %d reference: %v", run, err))
				logf("run %d %-10s reference: %v", run, v.Path, err)
			} else {
				a.refCold = append(a.refCold, r.ReadyMs)
				if r.FCPMs >= 0 {
					a.refFCP = append(a.refFCP, r.FCPMs)
				}
				a.refBytes = append(a.refBytes, r.Bytes)
			}
			logf("run %d/%d %-10s app cold %s (fcp %s, %s) warm %s (views built %s later) switch →%s %s →%s %s | reader fcp %s warmed %s click→ready %s (%s) switch %s %s | ref cold %s (fcp %s, %s)",
				run, b.c.Runs, v.Path, ms(s.Cold.ReadyMs), ms(s.Cold.FCPMs), mb(s.Cold.Bytes), ms(s.Warm.ReadyMs), ms(s.BuiltMs),
				next(v).Path, msOf(s.Switches, next(v).Name), v.Path, msOf(s.Switches, v.Name),
				ms(s.Reader.FCPMs), ms(s.Reader.WarmedMs), ms(s.Reader.ClickToReadyMs), s.Reader.Phases,
				msOf(s.Reader.Switches, next(v).Name), msOf(s.Reader.Switches, v.Name),
				ms(r.ReadyMs), ms(r.FCPMs), mb(r.Bytes))
		}
	}
	out := make([]viewResult, len(acc))
	for i, a := range acc {
		out[i] = a.result()
		if len(out[i].AppCold.Samples) == 0 || len(out[i].RefCold.Samples) == 0 {
			return out, errors.New("view " + a.view.Path + " could not be measured: " + fmt.Sprint(a.errors))
		}
	}
	return out, nil
}
