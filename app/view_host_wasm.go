//go:build wasm

package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/components"
)

// hostDOM holds the host's slots in the browser. go-app made every slot in
// the host's element; the host takes a slot out of the document while it
// holds a view not shown, and puts it back, in its place, when that view is
// shown. go-app never notices: it never adds, moves or removes a slot, only
// what is inside one. The empty slots stay, so until a view is built aside
// the page's elements have the places they had in the served page (the
// loader finds a button clicked before the program ran by its place).
type hostDOM struct {
	slots     []goapp.Value // every slot's element, by index in Views
	on        int           // the slot of the view shown; -1 before the first
	building  int           // the view being built aside; -1 when none
	scheduled bool          // the next one is waiting for an idle period
	prepared  bool          // every view is built: marked once
	// dropped counts the times the kept views were dropped. An idle build
	// scheduled before the last drop must not build: the host may not have
	// rendered since, and go-app would give the new view the dropped one's
	// component of the same type, already entered, which never settles (a
	// CI run of TestKeptViews stalled so after the change to Russian).
	dropped int
}

// OnMount hears the shown view's readiness: the other views are built only
// once it is ready, so none of their work comes before the reader's.
func (h *viewHost) OnMount(ctx goapp.Context) {
	h.dom.on, h.dom.building = -1, -1
	afterReady = func() { h.buildAsideSoon(ctx) }
}

// OnDismount forgets the readiness hook: an embed or the not-found page
// has no other views to build.
func (h *viewHost) OnDismount() { afterReady = nil }

// settled is told by view i once it has entered and rendered: the view the
// address asks for is put on screen (before its readiness is read); one
// built aside lets the next be built.
func (h *viewHost) settled(ctx goapp.Context, i int) {
	if i == h.dom.building {
		h.dom.building = -1 // built, or asked for before it was
		markPhase("aside-built:" + Views[i].Name)
	}
	if i == h.current {
		h.show(ctx, i)
		return
	}
	h.buildAsideSoon(ctx)
}

// forget is told that the kept views were dropped.
func (d *hostDOM) forget() {
	d.building, d.prepared = -1, false
	d.dropped++
	markPhase("aside-dropped")
}

// show puts slot i back in the host's element, in its place, and takes out
// the slot of the view shown before.
func (h *viewHost) show(ctx goapp.Context, i int) {
	d := &h.dom
	if d.on == i || !h.takeSlots() {
		return
	}
	root := h.JSValue()
	if !d.slots[i].Get("isConnected").Bool() {
		var after any // nil: the end
		for k := i + 1; k < len(d.slots); k++ {
			if d.slots[k].Get("isConnected").Bool() {
				after = d.slots[k]
				break
			}
		}
		root.Call("insertBefore", d.slots[i], after)
	}
	if d.on >= 0 {
		d.slots[d.on].Call("remove")
	}
	d.on = i
	// A chart out of the document missed the window's resizes.
	ctx.NewAction(components.ViewShown)
}

// takeSlots holds the slots' elements, taken once from the host's element,
// where go-app made them all.
func (h *viewHost) takeSlots() bool {
	d := &h.dom
	if d.slots == nil {
		kids := h.JSValue().Get("children")
		for j := 0; j < kids.Length(); j++ {
			d.slots = append(d.slots, kids.Index(j))
		}
	}
	return len(d.slots) == len(Views)
}

// buildAsideSoon builds the next view not built yet in the browser's next
// idle period, one view at a time, unless one is on its way.
func (h *viewHost) buildAsideSoon(ctx goapp.Context) {
	d := &h.dom
	if d.building >= 0 || d.scheduled || !h.Mounted() || rootElement().Call("getAttribute", "data-ready").IsNull() {
		return
	}
	d.scheduled = true
	dropped := d.dropped
	components.WhenIdle(2000, func() {
		ctx.Dispatch(func(ctx goapp.Context) {
			d.scheduled = false
			if dropped != d.dropped {
				// Scheduled again once the shown view is ready (afterReady),
				// by when the host has rendered without the dropped views.
				h.buildAsideSoon(ctx)
				ctx.PreventUpdate()
				return
			}
			h.buildAside(ctx)
		})
	})
}

// buildAside builds the first view of asideOrder not built yet, out of the
// document, or marks that every view is built.
func (h *viewHost) buildAside(ctx goapp.Context) {
	d := &h.dom
	if d.building >= 0 || h.views == nil {
		ctx.PreventUpdate()
		return
	}
	for _, j := range asideOrder(h.current, len(Views)) {
		if h.views[j] == nil && h.takeSlots() {
			d.slots[j].Call("remove") // empty: nothing moves
			d.building = j
			markPhase("aside-build:" + Views[j].Name)
			h.views[j] = h.build(ctx, j, h.lang)
			return // ctx.Dispatch renders the host, which mounts the view
		}
	}
	if !d.prepared {
		d.prepared = true
		markPhase("views-built")
	}
	ctx.PreventUpdate()
}
