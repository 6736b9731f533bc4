//go:build !wasm

package app

import (
	"testing"

	"bilateral/app/urlstate"
	"bilateral/data"
)

func TestWithSelection(t *testing.T) {
	d, err := data.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	if got := withSelection(&urlstate.Trade{Tab: urlstate.TabTable}, d, "trade-2023"); *got.(*urlstate.Trade) != (urlstate.Trade{Tab: urlstate.TabTable, Fig: "trade-2023"}) {
		t.Errorf("trade: %+v", got)
	}
	legal := &urlstate.Legal{Fig: "treaties-total"}
	if got := withSelection(legal, d, "treaty-friendship-1997"); *got.(*urlstate.Legal) != (urlstate.Legal{Event: "treaty-friendship-1997"}) {
		t.Errorf("legal: selecting an event should clear the figure: %+v", got)
	}
	if legal.Fig != "treaties-total" {
		t.Errorf("withSelection changed the state it was given")
	}
	if got := withSelection(&urlstate.Timeline{}, d, "trade-2023"); got != nil {
		t.Errorf("timeline cannot select a figure, got %+v", got)
	}
	if got := withSelection(&urlstate.Trade{}, d, "no-such-id"); got != nil {
		t.Errorf("unknown id selected: %+v", got)
	}
}

func TestSelectionTitle(t *testing.T) {
	d, err := data.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	fig, event := figureTitle(d, "trade-2023", "en"), eventTitle(d, "treaty-friendship-1997", "en")
	if fig == "" || event == "" {
		t.Fatalf("fixture ids gone: %q, %q", fig, event)
	}
	for _, tt := range []struct {
		state urlstate.State
		want  string
	}{
		{&urlstate.Legal{Fig: "trade-2023", Event: "treaty-friendship-1997"}, fig},
		{&urlstate.Legal{Fig: "no-such-id", Event: "treaty-friendship-1997"}, event},
		{&urlstate.Trade{Fig: "trade-2023"}, fig},
		{&urlstate.Timeline{Event: "treaty-friendship-1997"}, event},
		{&urlstate.Timeline{}, ""},
		{&urlstate.Overview{Fig: "no-such-id"}, ""},
	} {
		if got := selectionTitle(d, tt.state, "en"); got != tt.want {
			t.Errorf("selectionTitle(%+v) = %q, want %q", tt.state, got, tt.want)
		}
	}
}
