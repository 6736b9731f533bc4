//go:build browser

package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// countJavaScriptCalls counts the Go program's calls across syscall/js (the
// Go class's imports but finalizeRef, which the collector makes when it
// likes), and keeps the count at each performance mark.
const countJavaScriptCalls = `(() => {
	let goClass;
	window.__jsCalls = 0;
	window.__jsCallsAt = {};
	Object.defineProperty(globalThis, "Go", {
		configurable: true,
		get() { return goClass; },
		set(cls) {
			goClass = class extends cls {
				constructor(...args) {
					super(...args);
					const imports = this.importObject.gojs;
					for (const name of Object.keys(imports)) {
						if (!name.startsWith("syscall/js.") || name === "syscall/js.finalizeRef") continue;
						const f = imports[name];
						imports[name] = (sp) => { window.__jsCalls++; return f(sp); };
					}
				}
			};
		},
	});
	const mark = performance.mark.bind(performance);
	performance.mark = (name, ...rest) => { window.__jsCallsAt[name] = window.__jsCalls; return mark(name, ...rest); };
	document.addEventListener("DOMContentLoaded", () => {
		const shell = document.querySelector(".shell");
		const walker = document.createTreeWalker(shell, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
		let n = 0;
		for (let node = walker.currentNode; node; node = walker.nextNode()) {
			if (!(node.nodeType === 1 ? node : node.parentElement).closest("[data-chart]")) n++;
		}
		window.__servedNodes = n;
	});
})()`

// maxCallsPerServedNode bounds the program's calls across syscall/js from
// the dataset decoded to data-ready (the first render taking the served page
// over, and the charts made live), per node of the served shell outside the
// charts' drawings. go-app patch 28 takes a node over in one call and the
// string it hands over: 4.1–5.5 calls a node on every view (8 Dec 2026),
// against 8.8–13.5 with a call per attribute read, compared and set.
const maxCallsPerServedNode = 7

// TestTakeoverCallsLittle: every call across syscall/js costs the Go side a
// string copied or an object handed over with its finalizer, and a page is
// hundreds of nodes; the takeover makes few per node, on every view.
func TestTakeoverCallsLittle(t *testing.T) {
	notFound := func(r route) bool { return r.view == "notfound" }
	eachViewTakenOver(t, 375, countJavaScriptCalls, notFound, func(t *testing.T, tb *tab, r route) {
		var nodes int
		var at map[string]int
		err := chromedp.Run(tb.ctx,
			chromedp.Evaluate(`window.__servedNodes`, &nodes),
			chromedp.Evaluate(`window.__jsCallsAt`, &at),
		)
		if err != nil {
			t.Fatalf("%s: read the counts: %v", r.path, err)
		}
		decoded, ok1 := at["bilateral:dataset-decoded"]
		ready, ok2 := at["bilateral:ready"]
		if !ok1 || !ok2 || nodes < 100 {
			t.Fatalf("%s: the probe saw %d served nodes and marks %v", r.path, nodes, at)
		}
		calls := ready - decoded
		if calls < nodes {
			t.Fatalf("%s: %d calls across syscall/js for %d served nodes: the probe did not count the program's calls", r.path, calls, nodes)
		}
		if per := float64(calls) / float64(nodes); per > maxCallsPerServedNode {
			t.Errorf("%s: the program made %d calls across syscall/js from the dataset decoded to data-ready, %.1f per served node (at most %d)",
				r.path, calls, per, maxCallsPerServedNode)
		}
	})
}
