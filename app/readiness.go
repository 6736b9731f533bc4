package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The readiness contract, kept stable for tests and benchmarks: the root
// element's data-ready holds the view's name once the view and all of its
// charts are drawn, and is removed as soon as a navigation begins.

func rootElement() goapp.Value {
	return goapp.Window().Get("document").Get("documentElement")
}

// markPhase records a phase of the start as a performance mark named
// "bilateral:"+name, which the bench reads (bench/phases.go).
func markPhase(name string) {
	if perf := goapp.Window().Get("performance"); perf.Truthy() {
		perf.Call("mark", "bilateral:"+name)
	}
}

// clearReady says a navigation began, so nobody reads the old view as ready.
func clearReady() {
	if root := rootElement(); root.Truthy() {
		root.Call("removeAttribute", "data-ready")
	}
}

// afterReady is told each time a view becomes ready: the view host builds
// the other views then (view_host_wasm.go).
var afterReady func()

// markReadyIfDrawn sets data-ready to view once the dataset is in and no chart
// of the page is still waiting for its first frame.
func markReadyIfDrawn(view string) {
	if d, err := Dataset(); d == nil && err == nil {
		return
	}
	doc := goapp.Window().Get("document")
	if !doc.Truthy() {
		return
	}
	// Said once per navigation: the charts of views built aside draw while
	// the shown view is ready, and each tells the shown view too.
	if rootElement().Call("getAttribute", "data-ready").String() == view {
		return
	}
	if doc.Call("querySelectorAll", `[data-chart]:not([data-rendered="true"])`).Length() > 0 {
		return
	}
	rootElement().Call("setAttribute", "data-ready", view)
	markPhase("ready")
	if afterReady != nil {
		afterReady()
	}
	// A button the reader clicked before the program ran did nothing then;
	// the loader kept it (go-app patch 4) and clicks it now that it works.
	if replay := goapp.Window().Get("goappReplay"); replay.Truthy() {
		replay.Invoke()
	}
	if view == "embed" {
		// Tell the page that frames us we are drawn and how tall we are, so
		// it can size the frame to fit (the message holds nothing private).
		win := goapp.Window()
		if parent := win.Get("parent"); parent.Truthy() && !parent.Equal(win.JSValue()) {
			parent.Call("postMessage", map[string]any{
				"type":   "bilateral:ready",
				"height": doc.Get("body").Get("offsetHeight").Int(), // the content's, not the frame's
			}, "*")
		}
	}
}

// scrollToSelection brings the figure or event a link selected into view.
func scrollToSelection() { scrollIn(".selected", "center") }

// serverScrolled says, once, that web/theme.js scrolled the page the server
// sent to its selection: the program's first navigation shows that same
// page, maybe long after (the Wasm starts at the reader's first input), and
// must not move a reader who has scrolled since.
func serverScrolled() bool {
	win := goapp.Window()
	if !win.Get("bilateralScrolled").Truthy() {
		return false
	}
	win.Set("bilateralScrolled", false)
	return true
}

// scrollIn scrolls the first element sel matches into view at block
// ("center", "nearest"…, as scrollIntoView takes it).
func scrollIn(sel, block string) {
	doc := goapp.Window().Get("document")
	if !doc.Truthy() {
		return
	}
	if el := doc.Call("querySelector", sel); el.Truthy() {
		el.Call("scrollIntoView", map[string]any{"block": block})
	}
}

// origin is the page's scheme and host in the browser, "" while prerendering
// (where the server completes absolute links itself).
func origin() string {
	loc := goapp.Window().Get("location")
	if !loc.Truthy() {
		return ""
	}
	return loc.Get("origin").String()
}
