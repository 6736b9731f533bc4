package components

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// InstallButton offers to install the app where the browser allows it
// (go-app keeps the browser's beforeinstallprompt and tells components of
// changes through OnAppInstallChange). It is hidden when the app cannot be
// installed or already is.
//
// Apple's browsers have no install prompt: go-app reports them installable,
// and the button then shows AppleHint (how to add the app to the home
// screen) instead; without AppleHint the button stays hidden there.
type InstallButton struct {
	goapp.Compo

	Label     string // "Install app"
	Title     string // the button's tooltip, optional
	AppleHint string // "In Safari: Share, then Add to Home Screen."

	installable bool
	apple       bool
	hint        bool
}

// OnMount reads the state in force (the header is rebuilt on every view).
func (b *InstallButton) OnMount(ctx goapp.Context) { b.refresh(ctx) }

// OnAppInstallChange follows the browser: installable, or just installed.
func (b *InstallButton) OnAppInstallChange(ctx goapp.Context) { b.refresh(ctx) }

func (b *InstallButton) refresh(ctx goapp.Context) {
	b.apple = ctx.IsAppleBrowser()
	b.installable = ctx.IsAppInstallable() && (!b.apple || b.AppleHint != "")
	if !b.installable {
		b.hint = false
	}
}

// Render is the button, or nothing but a hidden placeholder.
func (b *InstallButton) Render() goapp.UI {
	if !b.installable {
		return goapp.Span().Class("install").Hidden(true)
	}
	btn := goapp.Button().Type("button").Class("install-button").Text(b.Label).OnClick(b.install)
	if b.Title != "" {
		btn = btn.Title(b.Title)
	}
	if b.apple {
		btn = btn.Aria("expanded", b.hint)
	}
	return goapp.Span().Class("install").Body(
		btn,
		goapp.If(b.hint, func() goapp.UI {
			return goapp.P().Attr("role", "note").Text(b.AppleHint)
		}),
	)
}

func (b *InstallButton) install(ctx goapp.Context, e goapp.Event) {
	if b.apple {
		b.hint = !b.hint
		return
	}
	ctx.ShowAppInstallPrompt()
	// The browser's prompt is single-use: whatever the reader answers, the
	// button goes until the browser offers installation again.
	b.installable = false
}
