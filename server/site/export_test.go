//go:build !wasm

package site

import (
	"context"
	"net/http"
)

// What the external tests (package site_test) reach inside the package.
var (
	ChartWidths    = chartWidths
	RouteDataFiles = routeDataFiles
	GoAppHandler   = newHandler
	SetupPWA       = setupPWA
	PageHandler    = pageHandler
	Sitemap        = sitemap
)

// HoldRenderSlots takes every render slot, as readers' pages would; give
// hands one back.
func HoldRenderSlots() (give func()) {
	// Every slot, waiting for those a page of an earlier test still holds:
	// its handler gives its slot back after its reader has the answer.
	for range RenderSlotCount {
		renderSlots.take(context.Background(), false)
	}
	return func() { renderSlots.give(false) }
}

// HoldRenderSlot takes a render slot, as a reader's page or a background
// fetch would, once one is free; give hands it back.
func HoldRenderSlot(background bool) (give func()) {
	renderSlots.take(context.Background(), background)
	return func() { renderSlots.give(background) }
}

// RenderSlotCount is how many pages render at once.
const RenderSlotCount = chartRuntimes + 1

// RenderWaiting is how many pages wait for a render slot.
func RenderWaiting() (readers, background int) { return renderSlots.waiting() }

// waiting is how many takes wait, readers' and background ones.
func (q *renderQueue) waiting() (readers, background int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.readers), len(q.later)
}

// DiscardAnswer is the answer WarmPages makes a page into: its status kept
// (status reads it), its body dropped.
func DiscardAnswer() (w http.ResponseWriter, status func() int) {
	d := &discardAnswer{header: http.Header{}}
	return d, d.code
}
