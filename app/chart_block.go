package app

import (
	"fmt"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/charts"
	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/components"
	"bilateral/data"
)

// chartBlock shows one chart, or its table twin when the reader chose
// tables: the same data either way, with the title, unit and source line.
// A builder error is shown as text rather than dropping the chart silently.
func (p *page) chartBlock(d *data.Dataset, c charts.Chart, err error, id, title string, tab urlstate.Tab, lang string, maxWidth int) goapp.UI {
	if err != nil {
		return goapp.P().Class("notice error").Attr("role", "alert").Text(err.Error())
	}
	if len(c.Table.Rows) == 0 {
		// Not a blank chart nor a table of headings: say it in words.
		return goapp.P().Class("chart-empty").DataSet("empty", id).Text(title + ": " + i18n.T(lang, "chart.empty"))
	}
	caption := title + " · " + chartSource(d, c.Table, lang)
	noteTexts := chartNotes(c.Table, lang)
	var notes []goapp.UI
	for _, text := range noteTexts {
		notes = append(notes, goapp.P().Class("chart-note").Text(text))
	}
	option := c.Option.JSON()
	prov := charts.Provenance{Title: title, Source: citeLine(d, lang), Link: d.Source.URL, View: p.here(), Lang: lang}
	downloads := &components.Downloads{
		Name: "bilateral-" + id, Title: title, Source: prov.Source, Link: prov.Link, Option: option, Height: c.Height, Notes: noteTexts,
		Files:    func() (string, string) { return c.Table.CSV(prov), c.Table.JSON(prov) },
		Label:    i18n.T(lang, "download.label"),
		PNGLabel: i18n.T(lang, "download.png"), SVGLabel: i18n.T(lang, "download.svg"),
		CSVLabel: i18n.T(lang, "download.csv"), JSONLabel: i18n.T(lang, "download.json"),
	}
	if code := p.embedCode(id, title, c.Height, lang); code != nil {
		notes = append(notes, code)
	}
	if tab.OrDefault() == urlstate.TabTable {
		return goapp.Div().Class("chart-table").DataSet("table", id).Body(
			append([]goapp.UI{tableOf(c.Table, caption)}, append(notes, downloads)...)...)
	}
	return goapp.Figure().Class("chart-figure").Body(
		&components.Chart{ID: id, Option: option, Label: title + ". " + c.Description, Height: c.Height,
			Links: p.chartLinks(d, c.Table), MaxWidth: maxWidth},
		selectedFigure(d, c.Table, lang),
		goapp.FigCaption().Body(append([]goapp.UI{goapp.Text(caption)}, append(notes, downloads)...)...),
	)
}

// chartSource is a chart's source line: the publisher and the article
// sections its rows (figures or events) come from, once each, in the order
// first met: "Source: Caliber.az, section “Trade and investments”".
func chartSource(d *data.Dataset, t charts.Table, lang string) string {
	var titles []string
	seen := map[string]bool{}
	for _, r := range t.Rows {
		section := ""
		if f, ok := d.Figure(r.ID); ok {
			section = f.Section
		} else if e, ok := d.Event(r.ID); ok {
			section = e.Section
		}
		if section == "" || seen[section] {
			continue
		}
		seen[section] = true
		if s, ok := d.Section(section); ok {
			titles = append(titles, i18n.T(lang, "quote.open")+s.Title.In(lang)+i18n.T(lang, "quote.close"))
		}
	}
	line := i18n.T(lang, "chart.source")
	switch len(titles) {
	case 0:
		return line
	case 1:
		return line + ", " + fmt.Sprintf(i18n.T(lang, "chart.section"), titles[0])
	}
	return line + ", " + fmt.Sprintf(i18n.T(lang, "chart.sections"), strings.Join(titles, ", "))
}

// tableOf turns a chart's table twin into the table component.
func tableOf(t charts.Table, caption string) goapp.UI {
	rows := make([][]components.Cell, len(t.Rows))
	ids := make([]string, len(t.Rows))
	classes := make([]string, len(t.Rows))
	selected := ""
	for i, r := range t.Rows {
		class := ""
		switch {
		case r.Gap:
			class = "gap"
		case r.Derived:
			class = "derived"
		}
		cells := make([]components.Cell, len(r.Cells))
		for j, c := range r.Cells {
			cells[j] = components.Cell{Text: c.Text, Class: class}
			if c.Num {
				cells[j].Class += " num"
			}
		}
		rows[i], ids[i], classes[i] = cells, "row-"+r.ID, class
		if r.Selected {
			selected = ids[i]
		}
	}
	return &components.Table{Caption: caption, Head: t.Head, Rows: rows, RowIDs: ids, RowClass: classes, Selected: selected}
}

// tabSwitch is the chart/table control of a view; state is the view's state
// with its Tab field already set by set.
func tabSwitch(path string, current urlstate.Tab, lang string, with func(urlstate.Tab) urlstate.State) goapp.UI {
	current = current.OrDefault()
	return &components.Segmented{
		Label: i18n.T(lang, "tab.label"),
		Choices: []components.Choice{
			{Label: i18n.T(lang, "tab.chart"), Href: Href(lang, urlstate.URL(path, with(urlstate.TabChart))), Current: current == urlstate.TabChart},
			{Label: i18n.T(lang, "tab.table"), Href: Href(lang, urlstate.URL(path, with(urlstate.TabTable))), Current: current == urlstate.TabTable},
		},
	}
}

// embedCode offers the <iframe> that embeds this chart, in this state, in
// another site (lazy-loaded, sized to the chart plus its title and source),
// and the listener that sizes it to its content (app/embed_snippet.go).
func (p *page) embedCode(id, title string, height int, lang string) goapp.UI {
	spec, ok := chartSpecs[id]
	if !ok || p.view.Name == "embed" {
		return nil
	}
	q := urlstate.Format(&urlstate.Embed{Chart: id})
	if s := urlstate.Format(p.state); s != "" {
		q += "&" + s
	}
	if height == 0 {
		height = components.DefaultChartHeight
	}
	o := origin()
	if o == "" {
		// Prerendering: the server writes its public address here, or the
		// page's script does once the page is parsed, as the program would
		// (server/site/pages.go, web/theme.js).
		o = EmbedOriginMark
	}
	src := o + Href(lang, EmbedPrefix+spec.view) + "?" + q
	return embedCodeUI(embedSnippet(src, title, height), embedListener(o), lang)
}

// eventsOrNothing is eventsTable, or the words saying the article reports
// no event in the years shown.
func eventsOrNothing(d *data.Dataset, events []data.Event, caption, lang, selected string) goapp.UI {
	if len(events) == 0 {
		return goapp.P().Class("chart-empty").Text(caption + ": " + i18n.T(lang, "chart.empty"))
	}
	return eventsTable(d, events, caption, lang, selected)
}

// chartNotes are the notes under a chart, one for each way its rows are
// drawn apart from a plain stated value (derived, gap, undated, dated only
// by year or month, agreed, open-ended), in that order.
func chartNotes(t charts.Table, lang string) []string {
	derived, gap, undated, approx, target, open := false, false, false, false, false, false
	for _, r := range t.Rows {
		derived, gap, undated, approx = derived || r.Derived, gap || r.Gap, undated || r.Undated, approx || r.Approx
		target, open = target || r.Target, open || r.Open
	}
	var notes []string
	for _, n := range []struct {
		on  bool
		key string
	}{{derived, "chart.note.derived"}, {gap, "chart.note.gap"}, {undated, "chart.note.undated"},
		{approx, "chart.note.approx"}, {target, "chart.note.target"}, {open, "chart.note.open"}} {
		if n.on {
			notes = append(notes, i18n.T(lang, n.key))
		}
	}
	return notes
}
