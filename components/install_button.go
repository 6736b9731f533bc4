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
//
// The offer floats over the page (web/pwa.css), so a reader who does not
// want it can send it away for good (Dismiss): it stays away in this
// browser, as the reader's other settings do.
type InstallButton struct {
	goapp.Compo

	Label     string // "Install app"
	Title     string // the button's tooltip, optional
	AppleHint string // "In Safari: Share, then Add to Home Screen."
	Dismiss   string // "Not now": hides the offer in this browser; none without it

	installable bool
	apple       bool
	hint        bool
}

// OnMount reads the state in force (the header is rebuilt on every view).
func (b *InstallButton) OnMount(ctx goapp.Context) { b.refresh(ctx) }

// OnAppInstallChange follows the browser: installable, or just installed.
func (b *InstallButton) OnAppInstallChange(ctx goapp.Context) { b.refresh(ctx) }

// installDismissedKey is where the reader's "not now" is kept, beside the
// other settings (preference.go).
const installDismissedKey = "bilateral.install"

func (b *InstallButton) refresh(ctx goapp.Context) {
	b.apple = ctx.IsAppleBrowser()
	b.installable = ctx.IsAppInstallable() && (!b.apple || b.AppleHint != "") && !installDismissed()
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
		goapp.If(b.Dismiss != "", func() goapp.UI {
			return goapp.Button().Type("button").Class("install-dismiss").Text(b.Dismiss).OnClick(b.dismiss)
		}),
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

func (b *InstallButton) dismiss(ctx goapp.Context, e goapp.Event) {
	goapp.Window().Get("localStorage").Call("setItem", installDismissedKey, "dismissed")
	b.installable, b.hint = false, false
}

// installDismissed says whether the reader sent the offer away in this
// browser.
func installDismissed() bool {
	store := goapp.Window().Get("localStorage")
	return store.Truthy() && store.Call("getItem", installDismissedKey).String() == "dismissed"
}
