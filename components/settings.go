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
			goapp.Raw(gearIcon),
			goapp.Span().Class("menu-label").Text(s.Label),
		),
		goapp.Div().Class("menu-panel").Body(s.Items...),
	)
}

// gearIcon is drawn, not a character: a glyph would wait for a fallback
// font and grow the header's row when it arrived.
const gearIcon = `<svg class="gear" aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><circle cx="12" cy="12" r="3.2"/><path d="M12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1"/><circle cx="12" cy="12" r="6.5"/></svg>`
