//go:build !wasm

package main

import (
	"context"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// startPolicies are the moments the loader (go-app's app.js, patched:
// third_party/go-app/PATCHES.md, patch 4) may start the Go program once the
// Wasm is compiled; the first of them is its default.
var startPolicies = []string{"interaction", "idle", "load"}

// phasesProbe runs in every document of a phases run, before its scripts. It
// keeps what the Performance Timeline does not buffer (long tasks), the
// Event Timing entries of the bench's interaction, and when the parser had
// put a server-drawn SVG into every chart box, with the frame after it.
const phasesProbe = `(() => {
  if (window.__phases) return;
  const p = { longTasks: [], events: [], first: null, chartsIn: -1, chartsFrame: -1 };
  Object.defineProperty(window, "__phases", { value: p });
  const observe = (type, opts, f) => {
    try { new PerformanceObserver((l) => l.getEntries().forEach(f)).observe(Object.assign({ type }, opts)); } catch (e) {}
  };
  observe("longtask", {}, (e) => p.longTasks.push([e.startTime, e.duration]));
  const ev = (e) => ({ name: e.name, start: e.startTime, processing: e.processingStart, duration: e.duration });
  observe("event", { durationThreshold: 16, buffered: true }, (e) => p.events.push(ev(e)));
  observe("first-input", { buffered: true }, (e) => { p.first = ev(e); });
  let complete = 0;
  const check = () => {
    const boxes = document.querySelectorAll("[data-chart]");
    if (boxes.length <= complete) return;
    for (const b of boxes) if (!b.querySelector("svg")) return;
    complete = boxes.length;
    p.chartsIn = performance.now();
    // The frame that paints them: the task after the next animation frame.
    requestAnimationFrame(() => setTimeout(() => { p.chartsFrame = performance.now(); }));
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", () => { check(); mo.disconnect(); });
})();`

// phasesScript reads the phases of the load, in performance.now()
// milliseconds from the navigation's start (-1: did not happen).
const phasesScript = `(async () => {
  // Event Timing entries reach observers a frame or more after the input.
  for (let i = 0; i < 40 && !window.__phases.first; i++) await new Promise((r) => setTimeout(r, 50));
  const mark = (n) => { const m = performance.getEntriesByName(n, "mark")[0]; return m ? m.startTime : -1; };
  const nav = performance.getEntriesByType("navigation")[0];
  const paintEntry = (n) => performance.getEntriesByType("paint").find((p) => p.name === n);
  const paint = (n) => { const e = paintEntry(n); return e ? e.startTime : -1; };
  const p = window.__phases;
  return {
    html: nav ? nav.responseEnd : -1,
    firstPaint: paint("first-paint") >= 0 ? paint("first-paint") : paint("first-contentful-paint"),
    fcp: paint("first-contentful-paint"),
    fcpPainted: (() => { const e = paintEntry("first-contentful-paint"); return e && e.paintTime > 0 ? e.paintTime : -1; })(),
    chartsIn: p.chartsIn, chartsFrame: p.chartsFrame,
    wasmCompiled: mark("goapp:wasm-compiled"), wasmWarmed: mark("goapp:wasm-warmed"), goStart: mark("goapp:go-start"), goMain: mark("bilateral:go-main"),
    datasetDecoded: mark("bilateral:dataset-decoded"), firstRender: mark("goapp:first-render"), ready: mark("bilateral:ready"),
    longTasks: p.longTasks, events: p.events, first: p.first,
  };
})()`

// chartPointScript is a point of the first chart box inside the viewport
// that is not one of the server drawing's links (a bar links to the state
// that selects it: a click there loads another page, which answers it
// without the program), its centre when it can be; with no box in view, the
// centre of the first button in view; else null (the bench presses Tab).
const chartPointScript = `(() => {
  for (const b of document.querySelectorAll("[data-chart]")) {
    const r = b.getBoundingClientRect();
    const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
    if (!(r.width > 0 && cy > 0 && cy < innerHeight && cx > 0 && cx < innerWidth)) continue;
    for (const [fx, fy] of [[0.5, 0.5], [0.5, 0.1], [0.9, 0.1], [0.1, 0.1], [0.9, 0.5], [0.5, 0.95]]) {
      const x = r.left + r.width * fx, y = r.top + r.height * fy;
      const hit = document.elementFromPoint(x, y);
      if (y > 0 && y < innerHeight && hit && b.contains(hit) && !hit.closest("a")) return { x, y };
    }
    return { x: cx, y: cy };
  }
  // No chart in view: a button, which only the program answers too.
  for (const b of document.querySelectorAll("main button")) {
    const r = b.getBoundingClientRect();
    const x = r.left + r.width / 2, y = r.top + r.height / 2;
    if (r.width > 0 && y > 0 && y < innerHeight && x > 0 && x < innerWidth) return { x, y };
  }
  return null;
})()`

// startUnder has the tab's next documents start the Wasm under policy and
// run phasesProbe, both before the page's own scripts (and after the bench's
// probe, which asks for "load").
func startUnder(policy string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		setPolicy := fmt.Sprintf("globalThis.goappWasmStart = %q;", policy)
		for _, src := range []string{setPolicy, phasesProbe} {
			if _, err := page.AddScriptToEvaluateOnNewDocument(src).Do(ctx); err != nil {
				return err
			}
		}
		return nil
	})
}

// screenPoint is where chartPointScript says a reader would click.
type screenPoint struct{ X, Y float64 }

// interact clicks at point as a reader would, through CDP (so the page gets
// trusted input), or presses Tab where there is no point; it says which.
func interact(ctx context.Context, point *screenPoint) (string, error) {
	if point == nil {
		return "Tab", chromedp.Run(ctx, chromedp.KeyEvent("\t"))
	}
	return "click", chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		for _, typ := range []input.MouseType{input.MousePressed, input.MouseReleased} {
			if err := input.DispatchMouseEvent(typ, point.X, point.Y).
				WithButton(input.Left).WithClickCount(1).Do(ctx); err != nil {
				return err
			}
		}
		return nil
	}))
}

// startPhases is one cold load's phases, as phasesScript returns them.
type startPhases struct {
	HTML, FirstPaint, FCP, ChartsIn, ChartsFrame              float64
	FCPPainted                                                float64 // the first paint's rendering update (Paint Timing's paintTime)
	WasmCompiled, WasmWarmed, GoStart, GoMain, DatasetDecoded float64
	FirstRender, Ready                                        float64
	LongTasks                                                 [][2]float64
	Events                                                    []eventEntry
	First                                                     *eventEntry
}

type eventEntry struct {
	Name                        string
	Start, Processing, Duration float64
}

// phaseSample is what one cold load under a start policy gives.
type phaseSample struct {
	Phases      startPhases
	ChartsPaint float64 // the first paint with every chart's SVG in it
	InteractAt  float64 // when the bench's input was dispatched
	Interaction string  // "click" on a chart, or "Tab" where no chart is in view
	ResponseMs  float64 // Event Timing duration: input to the frame that answers it
	InputDelay  float64 // the part of it before the handlers could run
	BlockingMs  float64 // Σ(long task − 50 ms) from first paint to the interaction
	BusyAtInput string  // the long tasks the input met, "start+duration" ms, for the log
	LongTaskMs  float64 // Σ long tasks from first paint to ready, whole tasks
}

// phasesRun is one cold load of v in a fresh profile with the loader told
// to use policy. At interactAfter past the first contentful paint it clicks
// the first chart in view (else presses Tab), as a reader would, then waits
// for data-ready (under "interaction", that input starts the Go program).
func (b *bench) phasesRun(v view, policy string, interactAfter time.Duration) (phaseSample, error) {
	var s phaseSample
	br, err := b.launch()
	if err != nil {
		return s, err
	}
	defer br.close(b)
	t, err := br.newTab()
	if err != nil {
		return s, err
	}
	defer t.close()
	ctx, cancel := context.WithTimeout(t.ctx, b.c.Timeout+15*time.Second)
	defer cancel()
	var origin, fcp float64
	var point *screenPoint
	err = chromedp.Run(ctx,
		startUnder(policy),
		chromedp.Navigate(b.app.URL+v.Path),
		chromedp.Evaluate(fcpScript, &fcp, awaitPromise),
		chromedp.Evaluate(`performance.timeOrigin`, &origin),
		chromedp.Evaluate(chartPointScript, &point),
	)
	if err != nil {
		return s, fmt.Errorf("load %s: %w", v.Path, err)
	}
	if fcp < 0 {
		return s, fmt.Errorf("%s: no first contentful paint", v.Path)
	}
	// A fixed point after the first paint, on the wall clock, which the
	// page's performance.now() shares: waiting inside the page would itself
	// wait behind a long task.
	at := time.UnixMilli(int64(origin + fcp + float64(interactAfter.Milliseconds())))
	time.Sleep(time.Until(at))
	s.Interaction, err = interact(ctx, point)
	if err != nil {
		return s, fmt.Errorf("%s: interaction: %w", v.Path, err)
	}
	s.InteractAt = float64(at.UnixMilli()) - origin
	var ready float64
	if err := chromedp.Run(ctx,
		chromedp.Evaluate(fmt.Sprintf("window.__bench.wait(%q, 0, %d)", v.Name, b.c.Timeout.Milliseconds()), &ready, awaitPromise),
		chromedp.Sleep(300*time.Millisecond), // the entries of the last frames
		chromedp.Evaluate(phasesScript, &s.Phases, awaitPromise),
	); err != nil {
		return s, fmt.Errorf("%s under %q: %w (%s)", v.Path, policy, err, t.diagnose())
	}
	s.summarise()
	return s, nil
}

// summarise derives the three measures the start policy is chosen by.
func (s *phaseSample) summarise() {
	p := &s.Phases
	// Every chart was drawn by the server: the first paint shows them unless
	// the parser had not reached them all when that frame was painted. The
	// frame is painted on the main thread (paintTime) tens of milliseconds
	// before it is presented (the first paint's time), and the parser can
	// put charts in between: those are in a later frame, presented no
	// earlier than the first.
	s.ChartsPaint = p.FCP
	painted := p.FCPPainted
	if painted <= 0 {
		painted = p.FCP
	}
	if p.ChartsIn > painted && p.ChartsFrame > 0 {
		s.ChartsPaint = math.Max(p.FCP, p.ChartsFrame)
	}
	end := p.Ready
	if end < 0 {
		end = math.Inf(1)
	}
	for _, lt := range p.LongTasks {
		start, d := lt[0], lt[1]
		if start >= p.FCP && start < s.InteractAt {
			s.BlockingMs += math.Max(0, min(d, s.InteractAt-start)-50)
		}
		if start >= p.FCP && start < end {
			s.LongTaskMs += d
		}
		if start <= s.InteractAt && start+d > s.InteractAt {
			s.BusyAtInput += fmt.Sprintf(" %.0f+%.0f", start, d)
		}
	}
	// The interaction's answer: its longest Event Timing entry (input to the
	// next frame); entries under 16 ms are not reported, first-input always.
	s.ResponseMs, s.InputDelay = math.NaN(), math.NaN()
	all := append([]eventEntry(nil), p.Events...)
	if p.First != nil {
		all = append(all, *p.First)
	}
	for _, e := range all {
		if e.Start < s.InteractAt-20 {
			continue
		}
		if math.IsNaN(s.ResponseMs) || e.Duration > s.ResponseMs {
			s.ResponseMs = e.Duration
		}
		if d := e.Processing - e.Start; math.IsNaN(s.InputDelay) || d > s.InputDelay {
			s.InputDelay = d
		}
	}
}

// phaseNames are the columns of the phases table, in the order of a load.
var phaseNames = []string{"HTML", "first paint", "charts painted", "Wasm compiled", "Wasm warmed", "Go started",
	"Go main", "dataset decoded", "first render", "data-ready"}

func (s phaseSample) values() []float64 {
	p := s.Phases
	return []float64{p.HTML, p.FirstPaint, s.ChartsPaint, p.WasmCompiled, p.WasmWarmed, p.GoStart,
		p.GoMain, p.DatasetDecoded, p.FirstRender, p.Ready}
}

// phasesResult is one view under one start policy: medians of its runs.
type phasesResult struct {
	View        string          `json:"view"`
	Path        string          `json:"path"`
	Policy      string          `json:"policy"`
	Phases      map[string]stat `json:"phases_ms"`
	ChartsPaint stat            `json:"charts_painted_ms"`
	Ready       stat            `json:"ready_ms"`
	Blocking    stat            `json:"blocking_while_reading_ms"`
	LongTasks   stat            `json:"long_tasks_to_ready_ms"`
	Response    stat            `json:"first_interaction_response_ms"`
	InputDelay  stat            `json:"first_interaction_input_delay_ms"`
	Interaction string          `json:"interaction"`
	Errors      []string        `json:"errors,omitempty"`
}

// measurePhases runs every view under every policy -runs times, policies
// alternating within a view so a busy spell of the machine hits both.
func (b *bench) measurePhases(ctx context.Context, sel []view, policies []string, interactAfter time.Duration) ([]phasesResult, error) {
	defer b.removeProfiles()
	var out []phasesResult
	for _, v := range sel {
		samples := map[string][]phaseSample{}
		errs := map[string][]string{}
		for run := 1; run <= b.c.Runs; run++ {
			for _, pol := range policies {
				if ctx.Err() != nil {
					return out, ctx.Err()
				}
				s, err := b.phasesRun(v, pol, interactAfter)
				if err != nil {
					errs[pol] = append(errs[pol], fmt.Sprintf("run %d: %v", run, err))
					logf("phases run %d %-10s %-11s: %v", run, v.Path, pol, err)
					continue
				}
				samples[pol] = append(samples[pol], s)
				logf("phases run %d/%d %-10s %-11s charts %s (first paint %s, painted %s; charts in %s) ready %s | blocking %s | %s at %s answered in %s (input delay %s; long tasks it met:%s; Wasm compiled at %s)",
					run, b.c.Runs, v.Path, pol, ms(s.ChartsPaint), ms(s.Phases.FCP), ms(s.Phases.FCPPainted), ms(s.Phases.ChartsIn), ms(s.Phases.Ready), ms(s.BlockingMs),
					s.Interaction, ms(s.InteractAt), ms(s.ResponseMs), ms(s.InputDelay), s.BusyAtInput, ms(s.Phases.WasmCompiled))
			}
		}
		for _, pol := range policies {
			out = append(out, phasesOf(v, pol, samples[pol], errs[pol]))
		}
	}
	return out, nil
}

func phasesOf(v view, policy string, ss []phaseSample, errs []string) phasesResult {
	r := phasesResult{View: v.Name, Path: v.Path, Policy: policy, Phases: map[string]stat{}, Errors: errs}
	cols := make([][]float64, len(phaseNames))
	var charts, ready, blocking, long, resp, delay []float64
	for _, s := range ss {
		for i, x := range s.values() {
			if x >= 0 {
				cols[i] = append(cols[i], x)
			}
		}
		charts = append(charts, s.ChartsPaint)
		if s.Phases.Ready >= 0 {
			ready = append(ready, s.Phases.Ready)
		}
		blocking = append(blocking, s.BlockingMs)
		long = append(long, s.LongTaskMs)
		if !math.IsNaN(s.ResponseMs) {
			resp = append(resp, s.ResponseMs)
			delay = append(delay, s.InputDelay)
		}
		r.Interaction = s.Interaction
	}
	for i, n := range phaseNames {
		r.Phases[n] = statOf(cols[i])
	}
	r.ChartsPaint, r.Ready = statOf(charts), statOf(ready)
	r.Blocking, r.LongTasks = statOf(blocking), statOf(long)
	r.Response, r.InputDelay = statOf(resp), statOf(delay)
	return r
}

// budgetFirstResponseMs: the first interaction answered within 200 ms.
const budgetFirstResponseMs = 200

// budgetChartsRatio: every chart painted by 0.8 × the reference's cold load.
const budgetChartsRatio = 0.8

// phaseRows are the start's rows of the budget table: for every view and
// policy, time to charts (against the reference), to data-ready, the main
// thread's blocking while the reader reads, and the first interaction.
func phaseRows(res *results) []row {
	ref := map[string]stat{}
	for _, v := range res.Views {
		ref[v.Path] = v.RefCold
	}
	var rows []row
	for _, p := range res.Phases {
		label := p.Path + " (" + p.Policy + ")"
		r := row{Measure: "cold load → every chart painted (server SVG)", View: label, App: ms(p.ChartsPaint.Median), Value: jsonNum(p.ChartsPaint.Median)}
		if rc, ok := ref[p.Path]; ok && rc.N > 0 {
			q := p.ChartsPaint.Median / rc.Median
			r.Ref, r.Ratio = ms(rc.Median), ratio(q)
			r.Budget, r.Met = fmt.Sprintf("≤ %.1f× ref", budgetChartsRatio), met(q <= budgetChartsRatio)
		}
		rows = append(rows, r,
			row{Measure: "cold load → data-ready (Wasm in charge)", View: label, App: ms(p.Ready.Median), Value: jsonNum(p.Ready.Median)},
			row{Measure: "blocking while reading: Σ(long task − 50 ms), first paint → interaction", View: label,
				App: ms(p.Blocking.Median) + " (long tasks to ready " + ms(p.LongTasks.Median) + ")", Value: jsonNum(p.Blocking.Median)},
			row{Measure: "first interaction (" + p.Interaction + ") → answered (input delay)", View: label,
				App:    ms(p.Response.Median) + " (" + ms(p.InputDelay.Median) + ")",
				Budget: fmt.Sprintf("≤ %d ms", budgetFirstResponseMs), Met: met(p.Response.N > 0 && p.Response.Median <= budgetFirstResponseMs),
				Value: jsonNum(p.Response.Median)},
		)
	}
	return rows
}

// renderPhases is the phases of a cold load, one line per view and policy,
// medians in milliseconds from the navigation's start.
func renderPhases(ps []phasesResult, interactAfter time.Duration) string {
	if len(ps) == 0 {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Phases of a cold load (median ms from navigation start; the bench interacts %s after first contentful paint)\n\n", interactAfter)
	head := append([]string{"view", "start"}, phaseNames...)
	b.WriteString("| " + strings.Join(head, " | ") + " |\n|" + strings.Repeat(" --- |", len(head)) + "\n")
	for _, p := range ps {
		cells := []string{p.Path, p.Policy}
		for _, n := range phaseNames {
			s := p.Phases[n]
			if s.N == 0 {
				cells = append(cells, "–")
				continue
			}
			cells = append(cells, fmt.Sprintf("%.0f", s.Median))
		}
		b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
	}
	return b.String()
}

// parsePolicies checks -start.
func parsePolicies(list string) ([]string, error) {
	var out []string
	for _, p := range strings.Split(list, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		ok := false
		for _, q := range startPolicies {
			ok = ok || p == q
		}
		if !ok {
			return nil, fmt.Errorf("-start: no policy %q (have %s)", p, strings.Join(startPolicies, ", "))
		}
		out = append(out, p)
	}
	return out, nil
}
