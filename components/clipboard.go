package components

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// writeClipboard copies text to the system clipboard and then calls done,
// in the UI goroutine, with whether that worked. A browser without the
// asynchronous clipboard (or a page not served over HTTPS) counts as a
// failure, so the caller can show the text to copy by hand.
func writeClipboard(ctx goapp.Context, text string, done func(ctx goapp.Context, ok bool)) {
	clip := goapp.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		done(ctx, false)
		return
	}
	var ok, fail goapp.Func
	settle := func(worked bool) goapp.Func {
		return goapp.FuncOf(func(goapp.Value, []goapp.Value) any {
			ok.Release()
			fail.Release()
			ctx.Dispatch(func(ctx goapp.Context) { done(ctx, worked) })
			return nil
		})
	}
	ok, fail = settle(true), settle(false)
	clip.Call("writeText", text).Call("then", ok, fail)
}
