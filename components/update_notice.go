package components

import (
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// UpdateNotice tells the reader a new version of the app has been downloaded
// and offers to reload into it. go-app calls OnAppUpdate once the new
// version's service worker is active (its files are cached and the old
// version's cache is gone); until then the notice is an empty live region,
// so screen readers announce it when it fills.
//
// An open page also asks the server for a new version every CheckEvery and
// whenever it comes back into view, so a tab or installed app left open for
// days still learns of a deployment.
type UpdateNotice struct {
	goapp.Compo

	Message string // "A new version of Bilateral is available."
	Action  string // the reload button's text: "Reload"
	// CheckEvery is how often an open page checks for a new version;
	// 0 means every 30 minutes, a negative value never (only on navigation).
	CheckEvery time.Duration

	available bool
	onVisible goapp.Func
}

// OnMount restores the state (the header is rebuilt on every view) and
// starts the checks.
func (n *UpdateNotice) OnMount(ctx goapp.Context) {
	n.available = ctx.AppUpdateAvailable()
	if !goapp.IsClient || n.CheckEvery < 0 {
		return
	}
	every := n.CheckEvery
	if every == 0 {
		every = 30 * time.Minute
	}
	var check func(goapp.Context)
	check = func(ctx goapp.Context) {
		if !n.Mounted() {
			return
		}
		if !n.available {
			goapp.TryUpdate()
		}
		ctx.After(every, check)
	}
	ctx.After(every, check)

	doc := goapp.Window().Get("document")
	n.onVisible = goapp.FuncOf(func(goapp.Value, []goapp.Value) any {
		if doc.Get("visibilityState").String() == "visible" && !n.available {
			goapp.TryUpdate()
		}
		return nil
	})
	doc.Call("addEventListener", "visibilitychange", n.onVisible)
}

// OnDismount stops listening.
func (n *UpdateNotice) OnDismount() {
	if n.onVisible != nil {
		goapp.Window().Get("document").Call("removeEventListener", "visibilitychange", n.onVisible)
		n.onVisible.Release()
		n.onVisible = nil
	}
}

// OnAppUpdate is go-app's signal that the new version is ready.
func (n *UpdateNotice) OnAppUpdate(ctx goapp.Context) {
	n.available = true
}

// Render is the live region, holding the message and the reload button once
// an update is ready. data-update-notice marks it for tests.
func (n *UpdateNotice) Render() goapp.UI {
	return goapp.Div().
		Class("update-notice").
		Attr("role", "status").
		DataSet("update-notice", n.available).
		Body(goapp.IfSlice(n.available, func() []goapp.UI {
			return []goapp.UI{
				goapp.P().Text(n.Message),
				goapp.Button().Type("button").Text(n.Action).OnClick(n.reload),
			}
		}))
}

func (n *UpdateNotice) reload(ctx goapp.Context, e goapp.Event) {
	ctx.Reload()
}
