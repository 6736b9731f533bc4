package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/format"
	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/components"
	"bilateral/data"
	"bilateral/data/export"
)

var sourcesView = viewOf[urlstate.Sources](View{Name: "sources", Path: "/sources",
	page: func() goapp.Composer { return &sourcesPage{} }})

type sourcesPage struct {
	page
	st urlstate.Sources
}

func (p *sourcesPage) OnNav(ctx goapp.Context) {
	p.enter(ctx, sourcesView, &p.st, nil)
}

func (p *sourcesPage) Render() goapp.UI {
	return p.frame(func(d *data.Dataset, lang string) []goapp.UI {
		return []goapp.UI{
			unknownFigure(d, p.st.Fig, lang),
			block("citation", i18n.T(lang, "h.citation"), citation(d, lang), languageNote(d, lang)),
			block("dataset", i18n.T(lang, "h.dataset"), &components.DatasetDownloads{
				Name: "bilateral-dataset", JSON: export.CachedJSON(d), Zip: export.CachedZip(d, lang),
				Label: i18n.T(lang, "dataset.label"), JSONLabel: i18n.T(lang, "dataset.json"),
				ZipLabel: i18n.T(lang, "dataset.zip"), Note: i18n.T(lang, "dataset.note"),
			}),
			block("provenance", i18n.T(lang, "h.provenance"), attribution(d, lang), provenanceTable(d, lang, p.st.Fig)),
			block("spelling", i18n.T(lang, "h.spelling"), spellingTable(d, lang)),
			block("gaps", i18n.T(lang, "h.gaps"), gapList(d, lang)),
			block("entities", i18n.T(lang, "h.entities"), entityTable(d, lang)),
		}
	})
}

// languageNote says plainly what language the article is in and which texts
// are ours: a reader of the Russian or Azerbaijani page must not take a
// translation for the article's words.
func languageNote(d *data.Dataset, lang string) goapp.UI {
	langs := d.Languages()
	if len(langs) == 1 {
		return goapp.P().Class("language-note").ID("language-note").Text(i18n.T(lang, "sources.lang.original"))
	}
	translated := i18n.T(lang, "sources.lang.other")
	if len(langs) == 3 && langs[1] == "ru" && langs[2] == "az" {
		translated = i18n.T(lang, "sources.lang.translated")
	}
	return goapp.P().Class("language-note").ID("language-note").Text(i18n.T(lang, "sources.lang.original") + " " + translated)
}

// attribution says which numbers the article itself credits to a source,
// so the provenance below is not read as more sourced than the article is.
func attribution(d *data.Dataset, lang string) goapp.UI {
	if d.Source.Attribution == nil {
		return nil
	}
	return goapp.P().Class("attribution").ID("attribution").Title("%s", d.Source.Attribution.OriginalFor(lang)).
		Text(d.Source.Attribution.In(lang))
}

// provenanceTable lists every figure with everything needed to trace it.
func provenanceTable(d *data.Dataset, lang, selected string) goapp.UI {
	rows := make([][]components.Cell, len(d.Figures))
	ids := make([]string, len(d.Figures))
	for i := range d.Figures {
		f := &d.Figures[i]
		derived, class := i18n.T(lang, "no"), ""
		if f.Derived != nil {
			derived, class = format.Derivation(d, f, lang), "derived"
		}
		section, sectionTitle := f.Section, ""
		if s, ok := d.Section(f.Section); ok {
			section, sectionTitle = s.Title.In(lang), s.Title.OriginalFor(lang)
		}
		rows[i] = []components.Cell{
			{Text: f.Label.In(lang), Class: class, Title: f.Label.OriginalFor(lang), Note: f.Note.In(lang)},
			{Text: format.Amount(*f, lang), Class: "num " + class},
			{Text: hedgeName(f.Qualifier, lang)},
			{Text: format.UnitName(f.Unit, f.Scale, lang)},
			{Text: figurePeriod(f, lang), Class: "nowrap"},
			{Text: section, Title: sectionTitle},
			{Text: derived, Class: class},
		}
		ids[i] = "prov-" + f.ID
	}
	return &components.Table{
		Caption: i18n.T(lang, "h.provenance"),
		Head: []string{i18n.T(lang, "col.figure"), i18n.T(lang, "col.value"), i18n.T(lang, "col.qualifier"),
			i18n.T(lang, "col.unit"), i18n.T(lang, "col.period"), i18n.T(lang, "col.section"), i18n.T(lang, "col.derived")},
		Rows:     rows,
		RowIDs:   ids,
		Selected: "prov-" + selected,
		// Fixed column widths: with automatic layout, a browser painting the
		// page before it has parsed the last rows sized the columns for the
		// first ones, then widened the period column when a longer period
		// arrived, a layout shift before the app was ready (issue 13).
		Class: "provenance",
	}
}

// hedgeName names a figure's hedge for a table cell: an unhedged figure
// says so ("no hedge stated"), never "exact", and never an empty cell that
// would read as a missing one.
func hedgeName(q, lang string) string {
	switch q {
	case "exact", "range":
		return i18n.T(lang, "chart.hedge."+q)
	}
	return i18n.T(lang, "q."+q)
}

// spellingTable shows the names the article misspells next to the correct ones.
func spellingTable(d *data.Dataset, lang string) goapp.UI {
	var rows [][]components.Cell
	for _, e := range d.Entities {
		if e.ArticleSpelling == "" {
			continue
		}
		rows = append(rows, []components.Cell{
			{Text: e.Name.In(lang), Title: e.Name.OriginalFor(lang)}, {Text: e.ArticleSpelling},
			{Text: e.Note.In(lang), Title: e.Note.OriginalFor(lang)},
		})
	}
	return &components.Table{
		Caption: i18n.T(lang, "h.spelling"),
		Head:    []string{i18n.T(lang, "col.name"), i18n.T(lang, "col.article"), i18n.T(lang, "col.note")},
		Rows:    rows,
	}
}

// gapList names what the source leaves out, so no gap reads as a zero.
func gapList(d *data.Dataset, lang string) goapp.UI {
	return goapp.Ul().Class("gaps").Body(goapp.Range(d.Gaps).Slice(func(i int) goapp.UI {
		g := d.Gaps[i]
		return goapp.Li().ID("gap-"+g.ID).Title("%s", g.Text.OriginalFor(lang)).Text(g.Text.In(lang))
	}))
}

// entityTable lists every named party of the article.
func entityTable(d *data.Dataset, lang string) goapp.UI {
	rows := make([][]components.Cell, len(d.Entities))
	for i, e := range d.Entities {
		rows[i] = []components.Cell{{Text: e.Name.In(lang), Title: e.Name.OriginalFor(lang)},
			{Text: i18n.T(lang, "kind."+e.Kind)}, {Text: e.Role.In(lang), Title: e.Role.OriginalFor(lang)}}
	}
	return &components.Table{
		Caption: i18n.T(lang, "h.entities"),
		Head:    []string{i18n.T(lang, "col.name"), i18n.T(lang, "col.kind"), i18n.T(lang, "col.role")},
		Rows:    rows,
	}
}
