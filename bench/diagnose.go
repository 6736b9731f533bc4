//go:build !wasm

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// diagnoseScript says how far a page got that never said it was ready: the
// phases it marked, its charts, ECharts, the values data-ready took.
const diagnoseScript = `(() => ({
  url: location.href,
  readyState: document.readyState,
  visibility: document.visibilityState,
  marks: performance.getEntriesByType("mark").map((m) => m.name + "@" + Math.round(m.startTime)),
  charts: document.querySelectorAll("[data-chart]").length,
  serverDrawn: document.querySelectorAll('[data-chart][data-drawn="server"]').length,
  rendered: document.querySelectorAll('[data-chart][data-rendered="true"]').length,
  echarts: typeof window.echarts,
  live: window.bilateralLiveCharts === undefined ? -1 : window.bilateralLiveCharts,
  readyHistory: window.__bench ? window.__bench.ready : [],
}))()`

// consoleLimit bounds the console lines a tab keeps for a diagnosis.
const consoleLimit = 40

// noteConsole keeps the page's console output and uncaught exceptions, the
// last consoleLimit of them; t.mu is held.
func (t *tab) noteConsole(ev any) {
	var line string
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		var args []string
		for _, a := range ev.Args {
			switch {
			case len(a.Value) > 0:
				args = append(args, string(a.Value))
			case a.Description != "":
				args = append(args, a.Description)
			}
		}
		line = string(ev.Type) + ": " + strings.Join(args, " ")
	case *runtime.EventExceptionThrown:
		line = "exception: " + ev.ExceptionDetails.Error()
	default:
		return
	}
	if len(line) > 400 {
		line = line[:400] + "…"
	}
	t.console = append(t.console, line)
	if len(t.console) > consoleLimit {
		t.console = t.console[len(t.console)-consoleLimit:]
	}
}

// diagnose describes where the tab's page stands, for an error that says a
// page never became ready: the page's own state, the requests still in
// flight and what it wrote to its console. It never fails; what it cannot
// read it says so.
func (t *tab) diagnose() string {
	ctx, cancel := context.WithTimeout(t.ctx, 5*time.Second)
	defer cancel()
	var state map[string]any
	var b strings.Builder
	if err := chromedp.Run(ctx, chromedp.Evaluate(diagnoseScript, &state)); err != nil {
		fmt.Fprintf(&b, "page state unreadable: %v", err)
	} else {
		j, _ := json.Marshal(state)
		fmt.Fprintf(&b, "page state %s", j)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	var pending []string
	for _, u := range t.inflight {
		pending = append(pending, u)
	}
	sort.Strings(pending)
	fmt.Fprintf(&b, "; requests in flight %q; console %q", pending, t.console)
	return b.String()
}
