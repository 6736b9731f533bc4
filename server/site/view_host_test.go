//go:build !wasm

package site_test

import (
	"regexp"
	"strings"
	"testing"

	"bilateral/internal/servertest"
)

// Every view's page is the view host's (app/view_host.go): a slot per view
// in navigation order, the asked view's alone filled, so the program's
// first render, which makes the same slots, lays out the same page.
func TestServedViewInItsSlot(t *testing.T) {
	h := servertest.Site(t)
	for _, c := range []struct{ path, view string }{{"/", "overview"}, {"/ru/trade?fig=trade-2023", "trade"}, {"/az/sources", "sources"}} {
		page := servertest.Body(t, h, c.path)
		if n := strings.Count(page, `class="view-slot"`); n != 7 {
			t.Errorf("%s: %d view slots, want 7", c.path, n)
		}
		if n := strings.Count(page, `class="shell"`); n != 1 {
			t.Errorf("%s: %d shells, want the asked view's alone", c.path, n)
		}
		// go-app writes an element's attributes in no fixed order.
		filled := regexp.MustCompile(`<div (class="view-slot" data-view="` + c.view + `"|data-view="` + c.view + `" class="view-slot")><div class="shell">`)
		if !filled.MatchString(page) {
			t.Errorf("%s: the %s slot does not hold the page", c.path, c.view)
		}
	}
}
