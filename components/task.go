package components

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// SetTimeout runs f once, ms milliseconds from now, in a browser task of its
// own (window.setTimeout), and releases the JavaScript function it made for
// it.
func SetTimeout(ms int, f func()) {
	goapp.Window().Call("setTimeout", once(f), ms)
}

// once is f as a JavaScript function the browser calls once, released as
// it is called.
func once(f func()) goapp.Func {
	var fn goapp.Func
	fn = goapp.FuncOf(func(goapp.Value, []goapp.Value) any {
		fn.Release()
		f()
		return nil
	})
	return fn
}

// inTask runs f on the UI goroutine in a browser task of its own, ms
// milliseconds from now. Go's ctx.After timers that fall due together run in
// one task; work split with inTask lets the browser paint and answer input
// between the parts: each chart's first drawing is one such task instead of
// all of them in one long one after Go's start.
func inTask(ctx goapp.Context, ms int, f func(goapp.Context)) {
	SetTimeout(ms, func() { ctx.Dispatch(f) })
}

// unrendered is f for ctx.Dispatch where f changes nothing go-app renders.
// A dispatch renders its component and every component around it: for a
// chart, its whole view (all its charts' options built again) and the view
// host, once per chart as each draws. PreventUpdate takes back exactly what
// the dispatch asked for, so a render something else asked for stays.
func unrendered(f func(goapp.Context)) func(goapp.Context) {
	return func(ctx goapp.Context) {
		ctx.PreventUpdate()
		f(ctx)
	}
}

// WhenIdle runs f once, in the browser's next idle period (at most ms
// milliseconds from now), or in a task of its own where the browser has no
// idle callbacks.
func WhenIdle(ms int, f func()) {
	win := goapp.Window()
	if !win.Get("requestIdleCallback").Truthy() {
		SetTimeout(0, f)
		return
	}
	win.Call("requestIdleCallback", once(f), map[string]any{"timeout": ms})
}
