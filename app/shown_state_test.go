//go:build !wasm

package app

import (
	"testing"

	"bilateral/app/urlstate"
)

// TestShownState: a link's state as the view shows it, which the page's
// canonical link and preview name: what the dataset cannot give is left
// out, what it can stays as the app writes it.
func TestShownState(t *testing.T) {
	d := loadDefault(t)
	for _, c := range []struct{ view, query, want string }{
		{"timeline", "cat=visits", ""},
		{"timeline", "cat=visit&cat=visits&from=2019", "from=2019&cat=visit"},
		{"timeline", "from=1900&to=2100&event=no-such-event", ""},
		{"timeline", "tab=table&event=declaration-allied-cooperation-2022", "tab=table&event=declaration-allied-cooperation-2022"},
		{"energy", "from=1990&to=2050", ""},
		{"energy", "from=2019&to=2050&fig=oil-2019", "from=2019&fig=oil-2019"},
		{"trade", "fig=nope", ""},
		{"trade", "fig=trade-2023&tab=table", "tab=table&fig=trade-2023"},
		{"diplomacy", "event=nope", ""},
		{"overview", "fig=trade-2023", "fig=trade-2023"},
	} {
		v, ok := ViewNamed(c.view)
		if !ok {
			t.Fatalf("no view %s", c.view)
		}
		s := v.NewState()
		urlstate.Parse(c.query, s)
		before := urlstate.Format(s)
		if got := urlstate.Format(ShownState(d, v, s)); got != c.want {
			t.Errorf("%s?%s shows %q, want %q", c.view, c.query, got, c.want)
		}
		if urlstate.Format(s) != before {
			t.Errorf("%s?%s: ShownState changed the state it was given", c.view, c.query)
		}
	}
}
