//go:build !wasm

package main

import (
	"context"
	"fmt"
	"time"

	"github.com/chromedp/chromedp"
)

// markScript waits (at most %d ms) for the page's first performance mark
// named %q and resolves with its time, or -1: the compile worker's warm-up
// (go-app patch 7: goapp:wasm-warmed), the views built aside
// (bilateral:views-built).
const markScript = `new Promise((resolve) => {
  const t0 = performance.now();
  const check = () => {
    const m = performance.getEntriesByName(%[2]q, "mark")[0];
    if (m) resolve(m.startTime);
    else if (performance.now() - t0 > %[1]d) resolve(-1);
    else setTimeout(check, 20);
  };
  check();
})`

// waitMark is markScript for mark, waiting at most 15 s.
func waitMark(mark string) string {
	return fmt.Sprintf(markScript, (15 * time.Second).Milliseconds(), mark)
}

// readerVisit is a returning reader's visit: the same profile, the service
// worker in place, the readers' start policy ("interaction"). The reader
// reads until the compile worker has warmed the program up, then clicks a
// chart, which starts the program, and then, once the program has built the
// other views, moves to the next view and back.
type readerVisit struct {
	FCPMs          float64            // first contentful paint, from the service worker's cache
	WarmedMs       float64            // goapp:wasm-warmed, -1 when it did not come
	ClickToReadyMs float64            // the reader's input → data-ready
	Phases         readerPhases       // from the input, as the phases of a cold load
	Switches       map[string]float64 // view name → ms from the click to its data-ready
}

// readerPhases are the marks of the program's start after the reader's
// input, in ms from that input (-1: not marked).
type readerPhases struct {
	GoStart, GoMain, DatasetDecoded, FirstRender float64
}

// String is the phases as the bench's log line shows them.
func (p readerPhases) String() string {
	return fmt.Sprintf("Go start %s, main %s, dataset %s, first render %s",
		ms(p.GoStart), ms(p.GoMain), ms(p.DatasetDecoded), ms(p.FirstRender))
}

// readerRun is readerVisit's visit of v in br, whose cold visit installed the
// service worker; the tab the load-policy warm visit used is closed, so this
// one starts in a renderer process of its own, as a reader's later visit does.
func (b *bench) readerRun(br *browser, v view) (readerVisit, error) {
	r := readerVisit{WarmedMs: -1, ClickToReadyMs: -1}
	t, err := br.newTab()
	if err != nil {
		return r, err
	}
	defer t.close()
	ctx, cancel := context.WithTimeout(t.ctx, 2*b.c.Timeout)
	defer cancel()
	var point *screenPoint
	err = chromedp.Run(ctx,
		startUnder(startPolicies[0]), // the readers' default
		chromedp.Navigate(b.app.URL+v.Path),
		chromedp.Evaluate(fcpScript, &r.FCPMs, awaitPromise),
		chromedp.Evaluate(waitMark("goapp:wasm-warmed"), &r.WarmedMs, awaitPromise),
		chromedp.Evaluate(chartPointScript, &point),
	)
	if err != nil {
		return r, fmt.Errorf("reader's visit %s: %w (%s)", v.Path, err, t.diagnose())
	}
	if _, err := interact(ctx, point); err != nil {
		return r, fmt.Errorf("reader's visit %s: interaction: %w", v.Path, err)
	}
	// phasesScript waits for the input's Event Timing entry and reads the
	// start's marks with it.
	var ready float64
	var marks startPhases
	err = chromedp.Run(ctx,
		chromedp.Evaluate(fmt.Sprintf("window.__bench.wait(%q, 0, %d)", v.Name, b.c.Timeout.Milliseconds()), &ready, awaitPromise),
		chromedp.Evaluate(phasesScript, &marks, awaitPromise),
	)
	if err != nil {
		return r, fmt.Errorf("reader's visit %s: %w (%s)", v.Path, err, t.diagnose())
	}
	if marks.First == nil {
		return r, fmt.Errorf("reader's visit %s: the page saw no input", v.Path)
	}
	input := marks.First.Start
	r.ClickToReadyMs = ready - input
	since := func(t float64) float64 {
		if t < 0 {
			return -1
		}
		return t - input
	}
	r.Phases = readerPhases{since(marks.GoStart), since(marks.GoMain), since(marks.DatasetDecoded), since(marks.FirstRender)}
	r.Switches, _, err = t.switchAround(v, b.c.Timeout)
	if err != nil {
		return r, fmt.Errorf("reader's visit: %w", err)
	}
	return r, nil
}
