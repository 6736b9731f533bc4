//go:build browser

package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

func navigateTo(t *testing.T, tb *tab, url string) {
	t.Helper()
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(url)); err != nil {
		t.Fatalf("navigate %s: %v", url, err)
	}
}

// compiledAndIdle waits until the loader has compiled the Wasm and the page
// has had an idle period after it: under any other policy the program would
// have started by then.
const compiledAndIdle = `new Promise((resolve) => {
  const check = () => {
    if (performance.getEntriesByName("goapp:wasm-compiled").length === 0) return setTimeout(check, 50);
    requestAnimationFrame(() => requestIdleCallback(() => requestAnimationFrame(() => resolve(true))));
  };
  check();
})`

// recordStarts notes document.readyState when the service worker is
// registered and when a dedicated worker (the Wasm's compiler) is made.
const recordStarts = `globalThis.starts = {};
if (navigator.serviceWorker) {
  const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
  navigator.serviceWorker.register = (...args) => {
    globalThis.starts.register = document.readyState;
    return register(...args);
  };
}
const PageWorker = globalThis.Worker;
globalThis.Worker = function (...args) {
  globalThis.starts.worker = document.readyState;
  return new PageWorker(...args);
};`

// recordStartsIn has every document tb loads run recordStarts first.
func recordStartsIn(t *testing.T, tb *tab) {
	t.Helper()
	if err := chromedp.Run(tb.ctx, onNewDocuments(recordStarts)); err != nil {
		t.Fatal(err)
	}
}

// warmedUp waits, at most 20 s, for the loader's mark that the compile
// worker ran the program's warm-up to its end (go-app patch 7).
const warmedUp = `new Promise((resolve) => {
  const t0 = performance.now();
  const check = () => {
    if (performance.getEntriesByName("goapp:wasm-warmed").length > 0) return resolve(true);
    if (performance.now() - t0 > 20000) return resolve(false);
    setTimeout(check, 50);
  };
  check();
})`

// started says whether the Go program was started in this document.
const started = `performance.getEntriesByName("goapp:go-start").length > 0`

// echartsScriptCount is how many script elements of the page load ECharts:
// one, whoever asked for it first (the start script or the program).
const echartsScriptCount = `document.querySelectorAll('script[src$="/web/echarts.min.js"]').length`

// TestReaderStartPolicy tests the Wasm start readers get (go-app patch 4):
// the program waits for an input only it answers; before that, a bar of a
// server-drawn chart is a link to the state that selects it, and a button
// clicked is clicked again once the program is ready.
func TestReaderStartPolicy(t *testing.T) {
	t.Run("waits for the reader, warmed up meanwhile", func(t *testing.T) {
		tb := newReaderTab(t, 40*time.Second)
		navigateTo(t, tb, baseURL+"/trade")
		var ok, on bool
		if err := chromedp.Run(tb.ctx, evalAwait(compiledAndIdle, &ok)); err != nil {
			t.Fatal(err)
		}
		tb.eval(t, started, &on)
		if on {
			t.Fatal("the Go program started without any input")
		}
		var ready, loader bool
		tb.eval(t, `!!document.documentElement.dataset.ready`, &ready)
		tb.eval(t, `!!document.getElementById("app-wasm-loader")`, &loader)
		if ready || loader {
			t.Errorf("data-ready set: %v; loader badge still shown: %v (nothing is loading)", ready, loader)
		}
		// Meanwhile the compile worker runs the program's warm-up (go-app
		// patch 7), and the page's program still waits.
		var warmed bool
		if err := chromedp.Run(tb.ctx, evalAwait(warmedUp, &warmed)); err != nil {
			t.Fatal(err)
		}
		if !warmed {
			t.Error("the compile worker did not run the program's warm-up to its end (no goapp:wasm-warmed mark)")
		}
		if tb.eval(t, started, &on); on {
			t.Error("the Go program started without any input while the worker warmed it up")
		}
		if problems, _ := tb.snapshot(); len(problems) > 0 {
			t.Errorf("the page reported problems: %q", problems)
		}
	})

	t.Run("the worker and the Wasm wait for the page", func(t *testing.T) {
		tb := newReaderTab(t, 40*time.Second)
		// Record the document's state when the service worker is registered
		// and when the compiling worker is made (go-app patch 6).
		recordStartsIn(t, tb)
		navigateTo(t, tb, baseURL+"/energy")
		var ok bool
		if err := chromedp.Run(tb.ctx, evalAwait(compiledAndIdle, &ok)); err != nil {
			t.Fatal(err)
		}
		var starts map[string]string
		tb.eval(t, `globalThis.starts`, &starts)
		for _, what := range []string{"register", "worker"} {
			if starts[what] != "complete" {
				t.Errorf("%s began while the document was %q; want after its load (complete)", what, starts[what])
			}
		}
	})

	t.Run("a bar is a link to its selection", func(t *testing.T) {
		tb := newReaderTab(t, 40*time.Second)
		navigateTo(t, tb, baseURL+"/trade")
		var ok bool
		if err := chromedp.Run(tb.ctx, evalAwait(compiledAndIdle, &ok)); err != nil {
			t.Fatal(err)
		}
		var bar struct {
			X, Y float64
			Href string
		}
		tb.eval(t, `(() => {
			const a = [...document.querySelectorAll("[data-chart] > svg a[href]")]
				.find((a) => a.getBoundingClientRect().width > 0);
			if (!a) return {x: 0, y: 0, href: ""};
			a.scrollIntoView({block: "center"});
			const r = a.getBoundingClientRect();
			const u = new URL(a.getAttribute("href"), location.href);
			return {x: r.x + r.width / 2, y: r.y + r.height / 2, href: u.pathname + u.search};
		})()`, &bar)
		if !strings.Contains(bar.Href, "fig=") {
			t.Fatalf("no bar of /trade's server drawing links to a figure (href %q)", bar.Href)
		}
		if err := chromedp.Run(tb.ctx, chromedp.MouseClickXY(bar.X, bar.Y)); err != nil {
			t.Fatal(err)
		}
		var loc string
		for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
			if chromedp.Run(tb.ctx, chromedp.Evaluate(`location.pathname + location.search`, &loc)) == nil && loc == bar.Href {
				break
			}
		}
		if loc != bar.Href {
			t.Fatalf("a click on the bar left the page at %q, want %q", loc, bar.Href)
		}
		var selected bool
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline) && !selected; time.Sleep(100 * time.Millisecond) {
			_ = chromedp.Run(tb.ctx, chromedp.Evaluate(`!!document.querySelector(".chart-selected")`, &selected))
		}
		if !selected {
			t.Error("the page of the bar's link does not show the selected figure under its chart")
		}
	})

	t.Run("a button clicked before the program is clicked again", func(t *testing.T) {
		tb := newReaderTab(t, 60*time.Second)
		navigateTo(t, tb, baseURL+"/energy")
		tb.eval(t, captureDownloads, nil)
		var at struct{ X, Y float64 }
		tb.eval(t, `(() => {
			const b = document.querySelector('[data-download="csv"]');
			b.scrollIntoView({block: "center"});
			const r = b.getBoundingClientRect();
			return {x: r.x + r.width / 2, y: r.y + r.height / 2};
		})()`, &at)
		var on bool
		tb.eval(t, started, &on)
		if on {
			t.Fatal("the program had started before the click; this tests a click before it")
		}
		if err := chromedp.Run(tb.ctx, chromedp.MouseClickXY(at.X, at.Y)); err != nil {
			t.Fatal(err)
		}
		if err := tb.waitReady("energy", readyTimeout); err != nil {
			t.Fatalf("the click did not start the program: %v", err)
		}
		var got []download
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline) && len(got) == 0; time.Sleep(100 * time.Millisecond) {
			tb.eval(t, `window.__downloads`, &got)
		}
		if len(got) != 1 || !strings.HasSuffix(got[0].Name, ".csv") {
			t.Fatalf("downloads after the program was ready: %+v, want the one CSV the click asked for", got)
		}
	})

	t.Run("a framed embed waits too, and fits its frame meanwhile", func(t *testing.T) {
		// Framed by a page of another origin, as a newspaper frames it: the
		// embed's height reaches the host (web/theme.js) while its program
		// waits for the reader like any page's (go-app patch 9).
		host := serveForeignPage(t, embedHostPage(baseURL+"/embed/energy?chart=energy-oil", 600, 300))
		tb := newReaderTab(t, 40*time.Second)
		navigateTo(t, tb, host)
		var msgs []embedMessage
		for deadline := time.Now().Add(readyTimeout); time.Now().Before(deadline) && len(msgs) == 0; time.Sleep(100 * time.Millisecond) {
			tb.eval(t, `window.__embeds`, &msgs)
		}
		if len(msgs) == 0 {
			t.Fatal("the framed embed never said its height")
		}
		if m := msgs[0]; m.Origin != baseURL || m.Data.Type != "bilateral:resize" || m.Data.Height < 300 {
			t.Errorf("the embed's first message is %+v, want its height (≥ 300) as bilateral:resize from %s", m, baseURL)
		}
		// Time for the Wasm to compile and the browser to idle, as under
		// "idle" it would have started by then.
		time.Sleep(4 * time.Second)
		tb.eval(t, `window.__embeds`, &msgs)
		for _, m := range msgs {
			if m.Data.Type == "bilateral:ready" {
				t.Errorf("the framed embed's program started without its reader: %+v", msgs)
				break
			}
		}
	})

	t.Run("under load the compile begins as the page is parsed", func(t *testing.T) {
		// go-app patch 14: the start script in the head makes the compile
		// worker, not app.js, which runs once the whole page is parsed, and
		// asks for the dataset and ECharts.
		tb := newReaderTab(t, 40*time.Second)
		recordStartsIn(t, tb)
		navigateTo(t, tb, baseURL+"/trade?wasm=load")
		if err := tb.waitReady("trade", readyTimeout); err != nil {
			t.Fatal(err)
		}
		var starts map[string]string
		tb.eval(t, `globalThis.starts`, &starts)
		if starts["worker"] != "loading" {
			t.Errorf("the compile worker was made while the document was %q; want while it was parsed (loading)", starts["worker"])
		}
		// What the program needs first is asked for before it runs: the
		// dataset preloaded (and fetched once), ECharts added once.
		var early struct {
			Dataset []string `json:"dataset"`
			Scripts int      `json:"scripts"`
			ECharts float64  `json:"echarts"`
			GoMain  float64  `json:"goMain"`
			Parsed  float64  `json:"parsed"`
		}
		tb.eval(t, `(() => {
			const res = performance.getEntriesByType("resource");
			const echarts = res.find((e) => e.name.endsWith("/web/echarts.min.js"));
			return {
				dataset: res.filter((e) => e.name.endsWith("/data/relations.json")).map((e) => e.initiatorType),
				scripts: `+echartsScriptCount+`,
				echarts: echarts ? echarts.startTime : -1,
				goMain: performance.getEntriesByName("bilateral:go-main")[0].startTime,
				parsed: performance.getEntriesByType("navigation")[0].domContentLoadedEventStart,
			};
		})()`, &early)
		if len(early.Dataset) != 1 || early.Dataset[0] != "link" {
			t.Errorf("the dataset was fetched by %q; want once, by the start script's preload (link)", early.Dataset)
		}
		// The start script adds ECharts once the page is parsed. A module
		// compiled before that (a page parsed slowly, on a loaded machine)
		// starts the program first, which then asks for ECharts itself
		// (patches 21 and 23): one script either way. One run here had
		// Go's main at 1,864 ms and the request 1 ms later.
		if early.Scripts != 1 || early.ECharts < 0 || early.ECharts >= early.GoMain && early.Parsed < early.GoMain {
			t.Errorf("%d ECharts script elements, its request at %.0f ms, Go's main at %.0f ms, the page parsed at %.0f ms; "+
				"want one, asked for before Go runs when the page was parsed first",
				early.Scripts, early.ECharts, early.GoMain, early.Parsed)
		}
		if problems, _ := tb.snapshot(); len(problems) > 0 {
			t.Errorf("the page reported problems: %q", problems)
		}
	})

	t.Run("under load a module compiled before app.js runs starts", func(t *testing.T) {
		// go-app patch 21: app.js calls its start above the let lines the
		// compile worker's handler sets. Held until the worker's module is
		// waiting for it, app.js replayed that message at once, set
		// goappCompileWorker before its line ran, and the program never
		// started ("Cannot access 'goappCompileWorker' before
		// initialization"): about one cold load in 10-20 under load did.
		tb := newReaderTab(t, 60*time.Second)
		held := holdRequestUntil(t, tb, "*/app.js", `!!(globalThis.goappEarlyCompile &&
			goappEarlyCompile.events.some((e) => e.data && e.data.module))`)
		navigateTo(t, tb, baseURL+"/trade?wasm=load")
		if !<-held {
			t.Fatal("the compile worker's module never came while app.js was held")
		}
		err := tb.waitReady("trade", readyTimeout)
		if problems, _ := tb.snapshot(); err != nil || len(problems) > 0 {
			t.Fatalf("ready: %v; the page reported problems: %q", err, problems)
		}
		// go-app patch 23: the program, started here before the page's
		// DOMContentLoaded, asks for ECharts first; the start script, at
		// that event, must not add it again (a second download and run).
		var scripts int
		tb.eval(t, echartsScriptCount, &scripts)
		if scripts != 1 {
			t.Errorf("%d ECharts script elements once the program started before DOMContentLoaded; want 1", scripts)
		}
	})

	t.Run("a page not of its address starts at once", func(t *testing.T) {
		// The service worker answers a state it has no page of, offline, with
		// its view's page; a query the app does not write stands for it here:
		// the page's canonical address is not the address.
		tb := newReaderTab(t, 40*time.Second)
		navigateTo(t, tb, baseURL+"/trade?fig=trade-2023&utm_source=x")
		if err := tb.waitReady("trade", readyTimeout); err != nil {
			t.Fatalf("no input was made, yet the program must start: %v", err)
		}
	})
}
