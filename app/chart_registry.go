package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/charts"
	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/data"
)

// chartSpec is one chart of a view: its title and how to build it from the
// dataset and the view's state. Views and embeds both draw from here, so an
// embedded chart is the very chart of its view.
type chartSpec struct {
	id, view string
	title    func(d *data.Dataset, lang string) string
	build    func(d *data.Dataset, lang string, state urlstate.State) (charts.Chart, error)
}

// typedChart is a chart as its view's row declares it: built from that
// view's own state type P.
type typedChart[P urlstate.State] struct {
	id    string
	title func(d *data.Dataset, lang string) string
	build func(d *data.Dataset, lang string, state P) (charts.Chart, error)
}

// chart declares one chart of a view's row; id is its data-chart attribute.
func chart[P urlstate.State](id string, title func(*data.Dataset, string) string,
	build func(d *data.Dataset, lang string, state P) (charts.Chart, error)) typedChart[P] {
	return typedChart[P]{id, title, build}
}

// erase makes the chart callable with any view's state. Only viewOf calls
// it, for the charts of a row whose states are all P, so the conversion
// below always holds.
func (c typedChart[P]) erase(view string) chartSpec {
	return chartSpec{id: c.id, view: view, title: c.title,
		build: func(d *data.Dataset, lang string, state urlstate.State) (charts.Chart, error) {
			return c.build(d, lang, state.(P))
		}}
}

func titleKey(key string) func(*data.Dataset, string) string {
	return func(_ *data.Dataset, lang string) string { return i18n.T(lang, key) }
}

// chartSpecs indexes every view's charts by id.
var chartSpecs = func() map[string]chartSpec {
	m := map[string]chartSpec{}
	for _, v := range Views {
		for _, c := range v.charts {
			if _, dup := m[c.id]; dup {
				panic("app: chart " + c.id + " registered twice")
			}
			m[c.id] = c
		}
	}
	return m
}()

// chart renders one registered chart of this view with the view's state.
func (p *page) chart(d *data.Dataset, id string, tab urlstate.Tab, lang string) goapp.UI {
	return p.chartAtMost(d, id, tab, lang, 0)
}

// chartAtMost is chart in a place that never makes the chart's box wider
// than maxWidth CSS pixels (components.Chart.MaxWidth; 0: no cap).
func (p *page) chartAtMost(d *data.Dataset, id string, tab urlstate.Tab, lang string, maxWidth int) goapp.UI {
	spec := chartSpecs[id]
	// p.state is set: a view's content is rendered only once OnNav has read
	// it (page.frame).
	c, err := spec.build(d, lang, p.state)
	return p.chartBlock(d, c, err, id, spec.title(d, lang), tab, lang, maxWidth)
}
