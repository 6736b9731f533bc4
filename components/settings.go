package components

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// Settings is the header's small settings menu: a <details> disclosure, so
// it opens and closes without the Wasm, holding the reader's preferences.
type Settings struct {
	goapp.Compo

	Label string     // the menu's name: "Settings"
	Items []goapp.UI // the preferences (Preference) it holds

	onClick, onKey goapp.Func
}

// OnMount makes the header's menus (this one and the views') behave as
// menus once the Wasm runs: a click elsewhere closes them, and Escape closes
// them and returns focus to the button that opened them.
func (s *Settings) OnMount(ctx goapp.Context) {
	doc := goapp.Window().Get("document")
	open := func() []goapp.Value {
		list := doc.Call("querySelectorAll", "details.menu[open]")
		out := make([]goapp.Value, list.Length())
		for i := range out {
			out[i] = list.Index(i)
		}
		return out
	}
	s.onClick = goapp.FuncOf(func(_ goapp.Value, args []goapp.Value) any {
		target := args[0].Get("target")
		for _, d := range open() {
			if !d.Call("contains", target).Bool() {
				d.Call("removeAttribute", "open")
			}
		}
		return nil
	})
	s.onKey = goapp.FuncOf(func(_ goapp.Value, args []goapp.Value) any {
		if args[0].Get("key").String() != "Escape" {
			return nil
		}
		for _, d := range open() {
			d.Call("removeAttribute", "open")
			d.Call("querySelector", "summary").Call("focus")
		}
		return nil
	})
	doc.Call("addEventListener", "click", s.onClick)
	doc.Call("addEventListener", "keydown", s.onKey)
}

// OnDismount lets go of the listeners (the header is rebuilt on every view).
func (s *Settings) OnDismount() {
	if s.onClick == nil {
		return
	}
	doc := goapp.Window().Get("document")
	doc.Call("removeEventListener", "click", s.onClick)
	doc.Call("removeEventListener", "keydown", s.onKey)
	s.onClick.Release()
	s.onKey.Release()
}

// Render is the disclosure with a gear and the menu's name (shown at widths
// with room for it, always read out) and the preferences in a panel.
func (s *Settings) Render() goapp.UI {
	return goapp.Details().Class("menu settings").Body(
		goapp.Summary().Class("menu-button").Body(
			goapp.Raw(gearIcon),
			goapp.Span().Class("menu-label").Text(s.Label),
		),
		goapp.Div().Class("menu-panel").Body(s.Items...),
	)
}

// gearIcon is drawn, not a character: a glyph would wait for a fallback
// font and grow the header's row when it arrived. It is written as the
// browser writes it back (end tags, not "/>"): the program's first render
// keeps the served gear only when the markup is the same (go-app patch 13).
const gearIcon = `<svg class="gear" aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><circle cx="12" cy="12" r="3.2"></circle><path d="M12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1"></path><circle cx="12" cy="12" r="6.5"></circle></svg>`
