//go:build !wasm

package app

import (
	"slices"
	"testing"
)

// The host builds the views the reader has not opened, nearest first, each
// once, never the one shown.
func TestAsideOrder(t *testing.T) {
	if got, want := asideOrder(2, 7), []int{3, 1, 4, 0, 5, 6}; !slices.Equal(got, want) {
		t.Errorf("asideOrder(2, 7) = %v, want %v", got, want)
	}
	for current := range Views {
		got := asideOrder(current, len(Views))
		seen := map[int]bool{}
		for _, j := range got {
			if j == current || seen[j] || j < 0 || j >= len(Views) {
				t.Errorf("asideOrder(%d) = %v: %d shown, repeated or out of range", current, got, j)
			}
			seen[j] = true
		}
		if len(seen) != len(Views)-1 {
			t.Errorf("asideOrder(%d) = %v: not every other view", current, got)
		}
	}
}

// A kept view enters only its own address; built aside, it enters its plain
// state in the language it was given; kept aside, it lets another view's
// navigation pass.
func TestAddressOf(t *testing.T) {
	for _, c := range []struct {
		name        string
		v           View
		path, query string
		aside       string
		entered     bool
		lang, q     string
		mine        bool
	}{
		{"its own, in Russian", tradeView, "/ru/trade", "fig=trade-2023", "", false, "ru", "fig=trade-2023", true},
		{"its own, kept", tradeView, "/trade", "", "", true, "en", "", true},
		{"the overview at /az", overviewView, "/az", "", "", true, "az", "", true},
		{"the overview at /", overviewView, "/", "tab=table", "", true, "en", "tab=table", true},
		{"another's, kept aside", tradeView, "/energy", "", "", true, "", "", false},
		{"another's, never entered", tradeView, "/energy", "", "", false, "", "", false},
		{"built aside, entered already", tradeView, "/energy", "", "az", true, "", "", false},
		{"built aside", tradeView, "/energy", "cat=x", "az", false, "az", "", false},
		{"built aside, asked for before it entered", tradeView, "/ru/trade", "tab=table", "az", false, "ru", "tab=table", true},
		{"not found, any path", NotFound, "/fr/trade", "x=1", "", true, "en", "x=1", true},
	} {
		p := &page{aside: c.aside}
		if c.entered {
			p.view = c.v
		}
		lang, q, mine := p.addressOf(c.path, c.query, c.v)
		if lang != c.lang || q != c.q || mine != c.mine {
			t.Errorf("%s: addressOf(%q, %q, %s) = %q, %q, %v; want %q, %q, %v",
				c.name, c.path, c.query, c.v.Name, lang, q, mine, c.lang, c.q, c.mine)
		}
	}
}
