package components

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// Preference is a two-state reader preference (dark theme, chart patterns):
// a button that flips a data-<Name> attribute on the page, remembers the
// choice in localStorage under "bilateral.<Name>" (web/theme.js applies it
// before the first paint) and tells the charts with Action. It sits in the
// settings menu, says what it does, and shows its state in words.
type Preference struct {
	goapp.Compo

	Name         string // "theme", "patterns"
	On, Off      string // the attribute's values: "dark"/"light", "on"/"off"
	Label        string // what it is: "Dark theme"
	Help         string // what it does, in one sentence
	OnTxt        string // the state's word while on: "On"
	OffTxt       string // and while off: "Off"
	Action       string // sent after a change, so charts can follow
	FollowSystem string // a media query deciding the default, if any

	on bool
}

// OnMount reads the preference in force.
func (p *Preference) OnMount(ctx goapp.Context) {
	p.on = prefValue(p.Name, p.FollowSystem, p.On) == p.On
}

// Render is one toggle button, its name and its state, with the help text
// tied to it. Both state words sit stacked in one cell and the stylesheet
// shows the one the page's data-<Name> attribute calls for: the server's
// page (which cannot know the reader's choice) already reads right, since
// web/theme.js sets the attribute before the first paint, and the button
// keeps one width in either state, so nothing moves when the Wasm starts.
func (p *Preference) Render() goapp.UI {
	help := "pref-" + p.Name + "-help"
	return goapp.Div().Class("pref-row").Body(
		goapp.Button().Class("pref pref-"+p.Name).Type("button").Aria("pressed", p.on).
			Aria("describedby", help).Body(
			goapp.Span().Class("pref-name").Text(p.Label),
			goapp.Span().Class("pref-state").Body(
				goapp.Span().Class("pref-label pref-when-off").Text(p.OffTxt),
				goapp.Span().Class("pref-label pref-when-on").Text(p.OnTxt),
			),
		).OnClick(p.flip),
		goapp.P().Class("pref-help").ID(help).Text(p.Help),
	)
}

func (p *Preference) flip(ctx goapp.Context, e goapp.Event) {
	p.on = !p.on
	v := p.Off
	if p.on {
		v = p.On
	}
	goapp.Window().Get("document").Get("documentElement").Call("setAttribute", "data-"+p.Name, v)
	goapp.Window().Get("localStorage").Call("setItem", "bilateral."+p.Name, v)
	ctx.NewAction(p.Action)
}

// prefValue is the page's data-<name> attribute, else on when the media
// query matches (the system's choice), else "".
func prefValue(name, followSystem, on string) string {
	root := goapp.Window().Get("document").Get("documentElement")
	if !root.Truthy() {
		return ""
	}
	if v := root.Call("getAttribute", "data-"+name); v.Truthy() {
		return v.String()
	}
	if followSystem != "" {
		if mq := goapp.Window().Call("matchMedia", followSystem); mq.Truthy() && mq.Get("matches").Bool() {
			return on
		}
	}
	return ""
}
