package components

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// Snippet is code the reader copies into a page of their own (a chart's
// embed code): shown as text, with a button that copies it, not in a form
// field. Chromium's autofill reads every form field of a page once it is
// parsed, and for a field inside a closed <details> it lays the page out
// again: the embed code's read-only text areas cost a warm /trade 10-40 ms
// of layout (three to four forced layouts) on the main thread, just before
// the program's start, on every view with charts. One click or tap on the
// code selects all of it (web/bilateral.css).
type Snippet struct {
	goapp.Compo

	Label       string // what the code is for
	LabelHidden bool   // the label is for screen readers only
	Code        string
	// CopyLabel is the button's text; Copied and CopyError what the
	// reader is told after it.
	CopyLabel, Copied, CopyError string

	status notice
}

// Render is the labelled code, the button and a polite live region for the
// button's outcome.
func (s *Snippet) Render() goapp.UI {
	label := goapp.FigCaption().Text(s.Label)
	if s.LabelHidden {
		label = label.Class("visually-hidden")
	}
	return goapp.Figure().Class("snippet").Body(
		label,
		goapp.Pre().Body(goapp.Code().Text(s.Code)),
		goapp.Div().Class("snippet-actions").Body(
			goapp.Button().Type("button").Class("snippet-copy").Text(s.CopyLabel).OnClick(s.copy),
			goapp.Span().Class("snippet-status").Attr("role", "status").Aria("live", "polite").Text(s.status.text),
		),
	)
}

func (s *Snippet) copy(ctx goapp.Context, e goapp.Event) {
	writeClipboard(ctx, s.Code, func(ctx goapp.Context, ok bool) {
		if ok {
			s.status.say(ctx, s.Copied)
		} else {
			s.status.say(ctx, s.CopyError)
		}
	})
}
