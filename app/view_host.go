package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// viewHost is the one component behind every view's address, in every
// language. go-app keeps a page's component when the next address routes to
// the same type, and makes the page anew when it routes to another: with a
// component per view, every switch built its view and drew its charts again
// (150–280 ms). The host keeps each view it has built, charts drawn, each in
// a slot of its own, and shows the one the address asks for.
//
// In the browser (view_host_wasm.go) only the shown view's slot is in the
// document, so a kept view's ids, landmarks and charts never meet the shown
// one's; and once the shown view is ready the host builds the others, one
// at a time while the reader reads, so a switch only swaps a slot. The
// server builds only the view it is asked for: the other slots are empty.
type viewHost struct {
	goapp.Compo

	views   []keptView // by index in Views; nil until built
	current int        // the index in Views of the view the address asks for
	lang    string     // the language the kept views are in
	dom     hostDOM    // the browser's slots (view_host_wasm.go)
}

// keptView is a view's page, which the host keeps once built.
type keptView interface {
	goapp.Composer
	base() *page
}

func newViewHost() goapp.Composer { return &viewHost{} }

// OnNav picks the view the address asks for, building it if it was never
// built. Views kept in another language are dropped: the reader changed
// language, and each would otherwise be rebuilt on the switch to it.
func (h *viewHost) OnNav(ctx goapp.Context) {
	lang, rest := langOf(ctx.Page().URL().Path)
	i := viewIndex(rest)
	if i < 0 {
		return // only the views' addresses are routed here
	}
	if h.views == nil {
		h.views = make([]keptView, len(Views))
	}
	if lang != h.lang {
		for j := range h.views {
			if j != i {
				h.views[j] = nil
			}
		}
		h.dom.forget()
	}
	h.current, h.lang = i, lang
	if h.views[i] == nil {
		h.views[i] = h.build(ctx, i, "")
	}
}

// build makes view i's page: the view the address asks for (aside ""), or
// one built aside in language aside while the reader reads another.
func (h *viewHost) build(ctx goapp.Context, i int, aside string) keptView {
	v := Views[i].page().(keptView)
	b := v.base()
	b.aside = aside
	b.settled = func() { h.settled(ctx, i) }
	return v
}

// Render gives every view a slot, in navigation order, so go-app never
// moves one: a slot holds its view once it is built.
func (h *viewHost) Render() goapp.UI {
	slots := make([]goapp.UI, len(Views))
	for i, v := range Views {
		slot := goapp.Div().Class("view-slot").DataSet("view", v.Name)
		if h.views != nil && h.views[i] != nil {
			slot = slot.Body(h.views[i])
		}
		slots[i] = slot
	}
	return goapp.Div().Class("views").Body(slots...)
}

// viewIndex is the index in Views of the view at path ("/trade"), or -1.
func viewIndex(path string) int {
	for i, v := range Views {
		if v.Path == path {
			return i
		}
	}
	return -1
}

// asideOrder is the order the host builds the views it has not built while
// the reader reads view current: its neighbours in the navigation first,
// then outwards.
func asideOrder(current, n int) []int {
	var order []int
	for d := 1; d < n; d++ {
		for _, j := range []int{current + d, current - d} {
			if j >= 0 && j < n {
				order = append(order, j)
			}
		}
	}
	return order
}
