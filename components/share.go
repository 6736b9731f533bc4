package components

import (
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

	status notice
}

// Render is the button and a polite live region for its outcome.
func (s *Share) Render() goapp.UI {
	return goapp.Div().Class("share").Body(
		goapp.Button().Type("button").Class("share-button").Text(s.Label).OnClick(s.share),
		goapp.Span().Class("share-status").Attr("role", "status").Aria("live", "polite").Text(s.status.text),
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
	writeClipboard(ctx, href, func(ctx goapp.Context, ok bool) {
		if ok {
			s.status.say(ctx, s.Copied)
		} else {
			s.status.say(ctx, s.CopyError+" "+href)
		}
	})
}
