//go:build !wasm

package pagecache

import (
	"net/url"
	"testing"

	"bilateral/data"
)

func TestCanonical(t *testing.T) {
	d, err := data.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewCanonical(d)
	if err != nil {
		t.Fatal(err)
	}
	kept := []string{
		"/", "/trade", "/trade?fig=trade-2023", "/timeline", "/sources",
		"/embed/trade?chart=trade-turnover",
		"/ru/", "/az/trade?fig=trade-2023", "/ru/embed/trade?chart=trade-turnover",
		"/timeline?from=2019&cat=visit", "/energy?from=2019",
	}
	refused := []string{
		"/nope", "/trade?fig=no-such-figure", "/trade?utm_source=x", "/trade?fig=trade-2023&fig=trade-2023",
		"/trade?", "/trade#x", "/timeline?cat=no-such-category", "/embed/trade?chart=energy-oil",
		"/embed/trade?chart=nope", "/embed/nope?chart=trade-turnover", "/%74rade",
		"/trade?fig=trade-2023&utm=1",
		"/ru", "/fr/trade", "/en/trade", "/ru/nope", "/ru/trade?fig=no-such-figure",
		// A state the view shows otherwise: its page names another address.
		"/energy?from=1990", "/energy?to=2100", "/timeline?from=1900&to=2100",
	}
	for _, s := range kept {
		u, _ := url.Parse(s)
		if got, ok := c.Page(u); !ok || got != s {
			t.Errorf("Page(%q) = %q, %v; want it kept as itself", s, got, ok)
		}
	}
	for _, s := range refused {
		u, _ := url.Parse(s)
		if got, ok := c.Page(u); ok {
			t.Errorf("Page(%q) = %q, kept; want refused", s, got)
		}
	}
}
