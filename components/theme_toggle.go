package components

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// ThemeChanged is the action sent when the reader switches theme, so charts
// redraw in the new colours.
const ThemeChanged = "bilateral.theme-changed"

// themeKey is where the reader's choice is remembered; web/theme.js reads the
// same key before the first paint so a dark reader never sees a light flash.
const themeKey = "bilateral.theme"

// ThemeToggle switches between light and dark and remembers the choice.
// Without a choice the page follows prefers-color-scheme.
type ThemeToggle struct {
	goapp.Compo

	LabelDark, LabelLight string // the button's text for each target theme

	dark bool
}

// OnMount reads the theme in force (the stored choice, else the system's).
func (t *ThemeToggle) OnMount(ctx goapp.Context) {
	t.dark = currentTheme() == "dark"
}

// Render is one button whose pressed state says whether dark is on.
func (t *ThemeToggle) Render() goapp.UI {
	label := t.LabelDark
	if t.dark {
		label = t.LabelLight
	}
	return goapp.Button().
		Class("theme-toggle").
		Type("button").
		Aria("pressed", t.dark).
		Text(label).
		OnClick(t.toggle)
}

func (t *ThemeToggle) toggle(ctx goapp.Context, e goapp.Event) {
	t.dark = !t.dark
	theme := "light"
	if t.dark {
		theme = "dark"
	}
	goapp.Window().Get("document").Get("documentElement").Call("setAttribute", "data-theme", theme)
	goapp.Window().Get("localStorage").Call("setItem", themeKey, theme)
	ctx.NewAction(ThemeChanged)
}

// currentTheme is "dark" or "light": the page's data-theme attribute if set,
// otherwise what the system prefers.
func currentTheme() string {
	root := goapp.Window().Get("document").Get("documentElement")
	if !root.Truthy() {
		return "light"
	}
	if t := root.Call("getAttribute", "data-theme"); t.Truthy() {
		return t.String()
	}
	if mq := goapp.Window().Call("matchMedia", "(prefers-color-scheme: dark)"); mq.Truthy() && mq.Get("matches").Bool() {
		return "dark"
	}
	return "light"
}
