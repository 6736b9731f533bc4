package app

import (
	"fmt"
	"strconv"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/format"
	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/components"
	"bilateral/data"
)

// Building blocks the views share: figure cards, named lists and event tables,
// all read from the dataset so no view types a number or a name.

// figureCard shows one figure; link makes the card point at the view that
// explains it; selected is the figure a link asked for, drawn highlighted.
func figureCard(d *data.Dataset, id, lang string, link bool, selected string) goapp.UI {
	f, ok := d.Figure(id)
	if !ok {
		return nil
	}
	card := &components.FigureCard{
		ID:       f.ID,
		Label:    f.Label.In(lang),
		Value:    format.Shown(*f, lang),
		Period:   figurePeriod(f, lang),
		Derived:  format.Derivation(d, f, lang),
		HowTxt:   i18n.T(lang, "fig.how"),
		Marker:   i18n.T(lang, "fig.derived"),
		Selected: f.ID == selected,
	}
	// A card that links to its view is a summary: the view's card carries
	// the note, the summary keeps its height (the overview's first screen).
	if !link {
		card.Note, card.NoteTxt = f.Note.In(lang), i18n.T(lang, "fig.note")
	}
	if link {
		v := ViewOfSection(f.Section)
		card.Href = Href(lang, urlstate.URL(v.Path, figureState(v, f.ID)))
		card.LinkTxt = i18n.T(lang, "fig.goto") + " " + v.Title(lang)
		// The summary's date says only that there is none: the view's
		// card and the provenance table say what our period stands on.
		if f.Undated {
			card.Period = i18n.T(lang, "fig.undated.short")
		}
	}
	return card
}

// figurePeriod is a figure's period as a reader should take it: for a
// figure the article gives no date, that it gives none, with the
// publication date our period stands on.
func figurePeriod(f *data.Figure, lang string) string {
	p := format.Period(f.Period, lang)
	if f.Undated {
		return fmt.Sprintf(i18n.T(lang, "fig.undated"), p)
	}
	return p
}

// sectionCardGrid is cardGrid for cards no source line of their block
// covers (the overview's glance, beside a chart of one section): each
// card names its own article section.
func sectionCardGrid(d *data.Dataset, ids []string, lang string, link bool, selected string) goapp.UI {
	return goapp.Div().Class("cards").Body(
		goapp.Range(ids).Slice(func(i int) goapp.UI {
			ui := figureCard(d, ids[i], lang, link, selected)
			if card, ok := ui.(*components.FigureCard); ok {
				f, _ := d.Figure(ids[i])
				if s, ok := d.Section(f.Section); ok {
					card.Section = fmt.Sprintf(i18n.T(lang, "fig.section"), s.Title.In(lang))
					card.SectionTxt = fmt.Sprintf(i18n.T(lang, "fig.section.long"), s.Title.In(lang))
				}
			}
			return ui
		}),
	)
}

// figureCards lays out several cards under one source line for them all;
// unknown ids are skipped so a dataset without one figure still renders the rest.
func figureCards(d *data.Dataset, ids []string, lang string, link bool, selected string) goapp.UI {
	return goapp.Div().Class("card-group").Body(
		cardGrid(d, ids, lang, link, selected),
		goapp.P().Class("card-source").Text(figuresSource(d, ids, lang)),
	)
}

// cardGrid is the cards alone, for a block whose chart's caption already
// carries its source line: a block says where it comes from once.
func cardGrid(d *data.Dataset, ids []string, lang string, link bool, selected string) goapp.UI {
	// No empty grid taking its margin when a year range leaves no card.
	return goapp.If(len(ids) > 0, func() goapp.UI {
		return goapp.Div().Class("cards").Body(
			goapp.Range(ids).Slice(func(i int) goapp.UI { return figureCard(d, ids[i], lang, link, selected) }),
		)
	})
}

// figuresSource is one source line for a group of figures: the publisher
// and each article section they come from, once, in the order first met.
func figuresSource(d *data.Dataset, ids []string, lang string) string {
	var titles []string
	seen := map[string]bool{}
	for _, id := range ids {
		f, ok := d.Figure(id)
		if !ok || seen[f.Section] {
			continue
		}
		seen[f.Section] = true
		if s, ok := d.Section(f.Section); ok {
			titles = append(titles, s.Title.In(lang))
		}
	}
	if len(titles) == 0 {
		return ""
	}
	return d.Source.Publisher + " · " + strings.Join(titles, " · ")
}

// sectionFigures lists the ids of every figure from one article section, in
// dataset order, so a view shows all of its figures even as the dataset grows.
func sectionFigures(d *data.Dataset, section string, except ...string) []string {
	skip := map[string]bool{}
	for _, id := range except {
		skip[id] = true
	}
	var ids []string
	for _, f := range d.Figures {
		if f.Section == section && !skip[f.ID] {
			ids = append(ids, f.ID)
		}
	}
	return ids
}

// otherFigures shows the section's figures that no group of the view shows,
// so a figure added to the dataset is never left off its view.
func otherFigures(d *data.Dataset, section, lang, selected string, shown ...[]string) goapp.UI {
	var except []string
	for _, ids := range shown {
		except = append(except, ids...)
	}
	rest := sectionFigures(d, section, except...)
	if len(rest) == 0 {
		return nil
	}
	return block("other-figures", i18n.T(lang, "h.figures"), figureCards(d, rest, lang, false, selected))
}

// listBlock shows one named list of the dataset as a titled list. A ranked
// list writes each stated position beside its item and says where none is
// stated; it is never an ordered list, whose numbering would put an order on
// items the article leaves unordered.
func listBlock(d *data.Dataset, id, lang string) goapp.UI {
	return listSection(d, id, lang, true)
}

// listPair shows lists side by side under one source line for them all.
func listPair(d *data.Dataset, lang string, ids ...string) goapp.UI {
	var sections []string
	seen := map[string]bool{}
	for _, id := range ids {
		if l, ok := d.List(id); ok && !seen[l.Section] {
			seen[l.Section] = true
			sections = append(sections, l.Section)
		}
	}
	return goapp.Div().Body(
		goapp.Div().Class("pair").Body(goapp.Range(ids).Slice(func(i int) goapp.UI {
			return listSection(d, ids[i], lang, false)
		})),
		goapp.P().Class("card-source").Text(sectionsSource(d, sections, lang)),
	)
}

// sectionsSource is one source line naming the publisher and each section.
func sectionsSource(d *data.Dataset, sections []string, lang string) string {
	line := d.Source.Publisher
	for _, id := range sections {
		if s, ok := d.Section(id); ok {
			line += " · " + s.Title.In(lang)
		}
	}
	return line
}

// listSection is one list, with its source line if withSource.
func listSection(d *data.Dataset, id, lang string, withSource bool) goapp.UI {
	l, ok := d.List(id)
	if !ok {
		return nil
	}
	items := goapp.Range(l.Items).Slice(func(i int) goapp.UI {
		it := l.Items[i]
		li := goapp.Li().DataSet("entity", it.Entity)
		switch {
		case !l.Ranked:
			return li.Text(it.Text.In(lang))
		case it.Rank > 0:
			return li.DataSet("rank", it.Rank).Body(
				goapp.Span().Class("rank").Text(i18n.T(lang, "unit.rank.prefix")+" "+strconv.Itoa(it.Rank)),
				goapp.Text(" "+it.Text.In(lang)))
		}
		return li.Body(goapp.Text(it.Text.In(lang)+" "),
			goapp.Span().Class("rank-none").Text(i18n.T(lang, "list.rank.none")))
	})
	return goapp.Section().Class("list-block").ID("list-"+l.ID).Body(
		goapp.H3().Text(l.Title.In(lang)),
		goapp.If(l.Direction != "", func() goapp.UI {
			return goapp.P().Class("direction").Text(i18n.T(lang, "dir."+l.Direction))
		}),
		goapp.Ul().Body(items),
		goapp.If(withSource, func() goapp.UI {
			return goapp.P().Class("card-source").Text(sourceLine(d, l.Section, lang))
		}),
	)
}

// eventsTable lists events with their dates, parties and summaries; the
// selected event's row is highlighted.
func eventsTable(d *data.Dataset, events []data.Event, caption, lang, selected string) goapp.UI {
	rows := make([][]components.Cell, len(events))
	ids := make([]string, len(events))
	for i, e := range events {
		cat := e.Category
		if c, ok := d.Category(e.Category); ok {
			cat = c.Label.In(lang)
		}
		date := "nowrap"
		if e.Undated {
			date = "" // the marker is a phrase; let it wrap
		}
		rows[i] = []components.Cell{
			{Text: strconv.Itoa(i + 1), Class: "num"}, // the number its mark carries on the chart
			{Text: format.When(e, lang), Class: date},
			{Text: e.Title.In(lang)},
			{Text: e.Summary.In(lang)},
			{Text: partiesOf(d, e, lang)},
			{Text: cat},
		}
		ids[i] = "event-" + e.ID
	}
	return &components.Table{
		Caption: caption,
		Head: []string{i18n.T(lang, "col.no"), i18n.T(lang, "col.date"), i18n.T(lang, "col.event"), i18n.T(lang, "col.note"),
			i18n.T(lang, "col.parties"), i18n.T(lang, "col.category")},
		Rows:     rows,
		RowIDs:   ids,
		Selected: "event-" + selected,
	}
}

// partiesOf names an event's parties, or says the article names none: an
// empty cell would read as a gap in our table, not in the article.
func partiesOf(d *data.Dataset, e data.Event, lang string) string {
	if len(e.Parties) == 0 {
		return i18n.T(lang, "parties.none")
	}
	return d.PartyNames(e.Parties, lang)
}

// block is a titled part of a view.
func block(id, title string, body ...goapp.UI) goapp.UI {
	return goapp.Section().Class("block").ID(id).Aria("labelledby", id+"-h").Body(
		append([]goapp.UI{goapp.H2().ID(id + "-h").Text(title)}, body...)...,
	)
}

// figureState is the state of view v that selects figure id.
func figureState(v View, id string) urlstate.State {
	state := v.NewState()
	fig, _ := state.Selection()
	if fig == nil {
		return &urlstate.Overview{Fig: id}
	}
	*fig = id
	return state
}

// gapsBlock lists what the article leaves out in one section, so a missing
// year or split reads as missing, not as zero.
func gapsBlock(d *data.Dataset, section, lang string) goapp.UI {
	var gaps []data.Gap
	for _, g := range d.Gaps {
		if g.Section == section {
			gaps = append(gaps, g)
		}
	}
	if len(gaps) == 0 {
		return nil
	}
	return block("gaps-"+section, i18n.T(lang, "h.notreported"), goapp.Ul().Class("gaps").Body(
		goapp.Range(gaps).Slice(func(i int) goapp.UI {
			return goapp.Li().ID("gap-" + gaps[i].ID).Text(gaps[i].Text.In(lang))
		}),
	))
}
