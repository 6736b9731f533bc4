package components

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// Preference is a two-state reader preference (dark theme, chart patterns):
// a button that flips a data-<Name> attribute on the page, remembers the
// choice in localStorage under "bilateral.<Name>" (web/theme.js applies it
// before the first paint) and tells the charts with Action.
type Preference struct {
	goapp.Compo

	Name         string // "theme", "patterns"
	On, Off      string // the attribute's values: "dark"/"light", "on"/"off"
	TurnOn       string // the button's text while off
	TurnOff      string // the button's text while on
	Action       string // sent after a change, so charts can follow
	FollowSystem string // a media query deciding the default, if any

	on bool
}

// OnMount reads the preference in force.
func (p *Preference) OnMount(ctx goapp.Context) {
	p.on = prefValue(p.Name, p.FollowSystem, p.On) == p.On
}

// Render is one button whose pressed state says whether the preference is
// on. It holds both labels, stacked in one cell by the stylesheet, which
// shows the one the page's data-<Name> attribute calls for: the button has
// one width in either state, and the server's page (which cannot know the
// reader's choice) already shows the right label, since web/theme.js sets
// the attribute before the first paint. Nothing moves when the Wasm starts.
func (p *Preference) Render() goapp.UI {
	return goapp.Button().Class("pref pref-"+p.Name).Type("button").Aria("pressed", p.on).Body(
		goapp.Span().Class("pref-label pref-when-off").Text(p.TurnOn),
		goapp.Span().Class("pref-label pref-when-on").Text(p.TurnOff),
	).OnClick(p.flip)
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
