//go:build !wasm

package app

import (
	"slices"
	"testing"

	"bilateral/app/urlstate"
)

// A year range keeps the cards to its years, as it does the charts and the
// events: /energy?from=2000&to=2010 said the article reports no oil for
// those years and then showed the 2018–2022 oil cards below.
func TestEnergyCardsFollowTheYears(t *testing.T) {
	d := loadDefault(t)
	for _, tt := range []struct {
		st      urlstate.Energy
		ids     []string
		want    []string
		because string
	}{
		{urlstate.Energy{}, oilFigures, oilFigures, "no range shows every card"},
		{urlstate.Energy{From: 2000, To: 2010}, oilFigures, nil, "no oil figure falls in 2000–2010"},
		{urlstate.Energy{From: 2019, To: 2021}, oilFigures, []string{"oil-2019", "oil-2021"}, "2019 and 2021 fall in 2019–2021"},
		{urlstate.Energy{From: 2000, To: 2010, Fig: "oil-2022"}, oilFigures, []string{"oil-2022"}, "the selected figure stays"},
		{urlstate.Energy{From: 2000, To: 2010}, gasFigures, []string{"gas-imports-max"}, "the 2000–2006 imports fall in 2000–2010"},
	} {
		p := &energyPage{st: tt.st}
		_, _, from, to := energyEvents(d, &p.st)
		if got := p.figuresInYears(d, tt.ids, from, to); !slices.Equal(got, tt.want) {
			t.Errorf("%+v: cards %v, want %v (%s)", tt.st, got, tt.want, tt.because)
		}
	}
}
