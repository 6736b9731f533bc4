//go:build !wasm

package app

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"bilateral/app/charts"
	"bilateral/app/format"
	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/data"
)

// Preview is what the link-preview picture of one state of a view shows,
// resolved the way the view's page resolves it, from the same chart
// builders (server/preview draws it). Only the server makes previews.
type Preview struct {
	View  View
	Query string // the canonical state the picture shows (urlstate.Format)
	// Chart is the chart drawn and ChartTitle its heading; Chart is nil
	// when the view has no chart of what the link selects.
	Chart      *charts.Chart
	ChartTitle string
	Figure     *data.Figure // the figure the link selects, if any
	Event      *data.Event  // the event the link selects, if any
	Source     string       // "Source: Caliber.az, 17 August 2024"
	Article    string       // the article's title
	Filter     string       // the link's filters in words ("2000–2010 · Oil and gas"), or ""
}

// previewCharts are the charts a view's picture prefers, first choice
// first; a selected figure or event picks the first of them that shows it.
var previewCharts = map[string][]string{
	"overview":  {"overview-trade", "overview-moments"},
	"legal":     {"legal-documents"},
	"trade":     {"trade-turnover", "trade-investment", "trade-companies"},
	"energy":    {"energy-oil", "energy-gas"},
	"diplomacy": {"diplomacy-nam", "diplomacy-meetings"},
	"timeline":  {"timeline-events"},
}

// PreviewView is the view named name ("trade"), or false.
func PreviewView(name string) (View, bool) { return ViewNamed(name) }

// PreviewQuery is the canonical state of rawQuery for view v's picture:
// what the picture does not show (the chart/table tab) and what the dataset
// lacks (an unknown figure, event or category) is dropped, so a mangled or
// hostile link gets the view's own picture and one state has one picture.
func PreviewQuery(d *data.Dataset, v View, rawQuery string) string {
	state := v.NewState()
	if state == nil {
		return ""
	}
	urlstate.Parse(rawQuery, state)
	next := urlstate.Copy(state)
	fig, event := next.Selection()
	if fig != nil {
		if _, ok := d.Figure(*fig); !ok {
			*fig = ""
		}
	}
	if event != nil {
		if _, ok := d.Event(*event); !ok {
			*event = ""
		}
	}
	switch s := next.(type) {
	case *urlstate.Legal:
		s.Tab = ""
	case *urlstate.Trade:
		s.Tab = ""
	case *urlstate.Energy:
		s.Tab = ""
	case *urlstate.Diplomacy:
		s.Tab = ""
	case *urlstate.Timeline:
		s.Tab = ""
		var cats []string
		for _, c := range s.Cat {
			if _, ok := d.Category(c); ok {
				cats = append(cats, c)
			}
		}
		s.Cat = cats
	}
	return urlstate.Format(next)
}

// PreviewOf resolves the picture of view v in the state rawQuery names
// (canonicalised by PreviewQuery first).
func PreviewOf(d *data.Dataset, v View, rawQuery, lang string) Preview {
	p := Preview{View: v, Query: PreviewQuery(d, v, rawQuery), Source: PreviewSource(d, lang), Article: d.Source.Title.In(lang)}
	state := v.NewState()
	if state == nil {
		return p
	}
	urlstate.Parse(p.Query, state)
	p.Filter = filterOf(d, state, lang)
	fig, event := state.Selection()
	selected := ""
	if fig != nil && *fig != "" {
		p.Figure, _ = d.Figure(*fig)
		selected = *fig
	}
	if event != nil && *event != "" {
		p.Event, _ = d.Event(*event)
		selected = *event
	}
	ids := previewCharts[v.Name]
	if selected != "" {
		ids = slices.Concat(ids, otherCharts(selected, d))
	}
	for _, id := range ids {
		spec := chartSpecs[id]
		st := state
		if spec.view != v.Name {
			// A figure of another view (the overview's or the sources'
			// cards): its own view's chart with it selected.
			of, _ := ViewNamed(spec.view)
			if st = withSelection(of.NewState(), d, selected); st == nil {
				continue
			}
		}
		c, err := spec.build(d, lang, st)
		if err != nil || len(c.Table.Rows) == 0 || (selected != "" && !shows(c, selected)) {
			continue
		}
		p.Chart, p.ChartTitle = &c, spec.title(d, lang)
		break
	}
	return p
}

// filterOf says which years and categories a state keeps, when it narrows
// the view's own.
func filterOf(d *data.Dataset, state any, lang string) string {
	var parts []string
	years := func(from, to int) string {
		if from == to {
			return strconv.Itoa(from)
		}
		return strconv.Itoa(from) + "–" + strconv.Itoa(to)
	}
	switch s := state.(type) {
	case *urlstate.Energy:
		if s.From != 0 || s.To != 0 {
			_, _, from, to := energyEvents(d, s)
			parts = append(parts, years(from, to))
		}
	case *urlstate.Timeline:
		if s.From != 0 || s.To != 0 {
			_, from, to := timelineEvents(d, s)
			parts = append(parts, years(from, to))
		}
		var cats []string
		for _, id := range s.Cat {
			if c, ok := d.Category(id); ok {
				cats = append(cats, c.Label.In(lang))
			}
		}
		if len(cats) > 0 {
			parts = append(parts, strings.Join(cats, ", "))
		}
	}
	return strings.Join(parts, " · ")
}

// otherCharts are the charts of the view the selected figure or event
// belongs to, for a selection the link's own view does not chart.
func otherCharts(ref string, d *data.Dataset) []string {
	section := ""
	if f, ok := d.Figure(ref); ok {
		section = f.Section
	} else if e, ok := d.Event(ref); ok {
		section = e.Section
	}
	home := ViewOfSection(section).Name
	var ids []string
	for id, spec := range chartSpecs {
		if spec.view == home || spec.view == "timeline" {
			ids = append(ids, id)
		}
	}
	// The home view's preferred charts first, then the rest in a fixed order.
	sort.Slice(ids, func(i, j int) bool {
		ri, rj := rank(previewCharts[home], ids[i]), rank(previewCharts[home], ids[j])
		if ri != rj {
			return ri < rj
		}
		return ids[i] < ids[j]
	})
	return ids
}

func rank(list []string, id string) int {
	for i, s := range list {
		if s == id {
			return i
		}
	}
	return len(list)
}

func shows(c charts.Chart, ref string) bool {
	for _, r := range c.Table.Rows {
		if r.ID == ref {
			return true
		}
	}
	return false
}

// Headline is what the picture says first: the selected figure's label,
// the selected event's title, or the view's title.
func (p Preview) Headline(lang string) string {
	switch {
	case p.Figure != nil:
		return p.Figure.Label.In(lang)
	case p.Event != nil:
		return p.Event.Title.In(lang)
	}
	return p.View.Title(lang)
}

// Stated is the selected figure as the source states it with its period
// ("over $8.7 billion · 2023"), or the selected event's date, or "".
func (p Preview) Stated(lang string) string {
	switch {
	case p.Figure != nil:
		return format.Figure(*p.Figure, lang) + " · " + figurePeriod(p.Figure, lang)
	case p.Event != nil:
		return format.Span(p.Event.Date, p.Event.End, lang)
	}
	return ""
}

// Alt says in words what the picture shows, for og:image:alt.
func (p Preview) Alt(lang string) string {
	parts := []string{p.Headline(lang)}
	if s := p.Stated(lang); s != "" {
		parts[0] += ": " + s
	}
	if p.Chart != nil {
		parts = append(parts, i18n.T(lang, "preview.chart")+" "+joinNonEmpty(" · ", p.ChartTitle, p.Filter))
	}
	parts = append(parts, p.Source, i18n.T(lang, "app.name"))
	return strings.Join(parts, ". ")
}

// PreviewSource is the source line every picture carries.
func PreviewSource(d *data.Dataset, lang string) string {
	published, _, _ := strings.Cut(d.Source.Published, "T")
	return i18n.T(lang, "cite.source") + ": " + d.Source.Publisher + ", " + format.Date(published, lang)
}

func joinNonEmpty(sep string, parts ...string) string {
	var kept []string
	for _, s := range parts {
		if s != "" {
			kept = append(kept, s)
		}
	}
	return strings.Join(kept, sep)
}
