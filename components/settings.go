package components

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// Settings is the header's small settings menu: a <details> disclosure, so
// it opens and closes without the Wasm, holding the reader's preferences.
type Settings struct {
	goapp.Compo

	Label string     // the menu's name: "Settings"
	Items []goapp.UI // the preferences (Preference) it holds
}

// Render is the disclosure with a gear and the menu's name (shown at widths
// with room for it, always read out) and the preferences in a panel.
func (s *Settings) Render() goapp.UI {
	return goapp.Details().Class("menu settings").Body(
		goapp.Summary().Class("menu-button").Body(
			goapp.Span().Class("gear").Aria("hidden", true).Text("⚙"),
			goapp.Span().Class("menu-label").Text(s.Label),
		),
		goapp.Div().Class("menu-panel").Body(s.Items...),
	)
}
