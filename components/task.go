package components

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// inTask runs f on the UI goroutine in a browser task of its own, ms
// milliseconds from now (window.setTimeout). Go's ctx.After timers that fall
// due together run in one task; work split with inTask lets the browser paint
// and answer input between the parts: each chart's first drawing is one
// such task instead of all of them in one long one after Go's start.
func inTask(ctx goapp.Context, ms int, f func(goapp.Context)) {
	var fn goapp.Func
	fn = goapp.FuncOf(func(goapp.Value, []goapp.Value) any {
		fn.Release()
		ctx.Dispatch(f)
		return nil
	})
	goapp.Window().Call("setTimeout", fn, ms)
}
