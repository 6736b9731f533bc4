package components

import (
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Share hands the exact address of what the reader sees to the system share
// sheet where the browser has one, and otherwise copies it to the clipboard
// and says so on screen. The address is read at click time, so it carries
// every change the reader made.
type Share struct {
	goapp.Compo

	Label, Title      string // the button's text; the shared title
	Copied, CopyError string // what the reader is told after a copy

	status string
}

// Render is the button and a polite live region for its outcome.
func (s *Share) Render() goapp.UI {
	return goapp.Div().Class("share").Body(
		goapp.Button().Type("button").Class("share-button").Text(s.Label).OnClick(s.share),
		goapp.Span().Class("share-status").Attr("role", "status").Aria("live", "polite").Text(s.status),
	)
}

func (s *Share) share(ctx goapp.Context, e goapp.Event) {
	win := goapp.Window()
	href := win.Get("location").Get("href").String()
	nav := win.Get("navigator")
	if nav.Get("share").Truthy() {
		// The reader may cancel the sheet; that is not an error to report.
		nav.Call("share", map[string]any{"title": s.Title, "url": href}).Call("catch", goapp.FuncOf(func(goapp.Value, []goapp.Value) any { return nil }))
		return
	}
	clip := nav.Get("clipboard")
	if !clip.Truthy() {
		s.say(ctx, s.CopyError+" "+href)
		return
	}
	var ok, fail goapp.Func
	release := func() { ok.Release(); fail.Release() }
	ok = goapp.FuncOf(func(goapp.Value, []goapp.Value) any {
		ctx.Dispatch(func(ctx goapp.Context) { s.say(ctx, s.Copied) })
		release()
		return nil
	})
	fail = goapp.FuncOf(func(goapp.Value, []goapp.Value) any {
		ctx.Dispatch(func(ctx goapp.Context) { s.say(ctx, s.CopyError+" "+href) })
		release()
		return nil
	})
	clip.Call("writeText", href).Call("then", ok, fail)
}

// say shows a short message, then clears it.
func (s *Share) say(ctx goapp.Context, msg string) {
	s.status = msg
	ctx.After(4*time.Second, func(ctx goapp.Context) {
		if s.status == msg {
			s.status = ""
		}
	})
}
