package charts

import (
	"fmt"
	"strings"

	"bilateral/app/format"
	"bilateral/app/i18n"
	"bilateral/data"
)

// The table twin of a chart of figures. Each row says everything the chart
// encodes in colour, hatching or position: the hedge, the unit, the period,
// whether we derived the value and how, and where in the article it is from.

// figureHead heads a table of figures charted in scale units of unit.
func figureHead(lang, unit, scale string) []string {
	return []string{
		i18n.T(lang, "col.figure"),
		i18n.T(lang, "col.period"),
		i18n.T(lang, "col.value"),
		i18n.T(lang, "col.qualifier"),
		i18n.T(lang, "col.unit"),
		fmt.Sprintf(i18n.T(lang, "col.charted"), format.UnitName(unit, scale, lang)),
		i18n.T(lang, "col.derived"),
		i18n.T(lang, "col.note"),
		i18n.T(lang, "col.section"),
	}
}

// figureRow is one figure as the chart shows it in scale units; note adds
// what the chart's point says about it (a series point's note).
func figureRow(d *data.Dataset, f *data.Figure, lang, scale, note string) Row {
	derived := i18n.T(lang, "no")
	if f.Derived != nil {
		derived = i18n.T(lang, "yes") + ": " + format.Derivation(d, f, lang)
	}
	return Row{
		ID: f.ID,
		Cells: []Cell{
			{Text: f.Label.In(lang)},
			{Text: format.Period(f.Period, lang)},
			{Text: format.Figure(*f, lang), Num: true},
			{Text: figureHedge(f, lang)},
			{Text: format.UnitName(f.Unit, f.Scale, lang)},
			{Text: charted(f, scale, lang), Num: true},
			{Text: derived},
			{Text: joinNonEmpty(" ", note, f.Note.In(lang))},
			{Text: sectionTitle(d, f.Section, lang)},
		},
		Derived: f.Derived != nil,
	}
}

// gapRow is a period a series leaves empty: said so in words, never a zero.
func gapRow(d *data.Dataset, s *data.Series, p data.Point, lang string) Row {
	gap := i18n.T(lang, "fig.gap")
	return Row{
		ID: gapID(s.ID, p.Period),
		Cells: []Cell{
			{Text: s.Title.In(lang)},
			{Text: format.Period(p.Period, lang)},
			{Text: gap},
			{Text: ""},
			{Text: format.UnitName(s.Unit, s.Scale, lang)},
			{Text: gap},
			{Text: i18n.T(lang, "no")},
			{Text: joinNonEmpty(" ", i18n.T(lang, "fig.gap.title")+".", p.Note.In(lang))},
			{Text: sectionTitle(d, s.Section, lang)},
		},
		Gap: true,
	}
}

// gapID names a gap, which has no figure id of its own: series and period.
func gapID(series, period string) string {
	return "gap-" + series + "-" + strings.ReplaceAll(period, "/", "-")
}

// charted is the number the chart plots, in its scale: what a reader would
// read off the axis.
func charted(f *data.Figure, scale, lang string) string {
	v, low, high := f.In(scale)
	if f.Value != nil {
		return format.Plain(round(v), lang)
	}
	return format.Plain(round(low), lang) + "–" + format.Plain(round(high), lang)
}

// hedgeWord names the hedge for a table column, where the empty word of an
// unhedged figure would read as a missing cell.
func hedgeWord(q, lang string) string {
	switch q {
	case "exact":
		return i18n.T(lang, "chart.hedge.exact")
	case "range":
		return i18n.T(lang, "chart.hedge.range")
	}
	return i18n.T(lang, "q."+q)
}

// figureHedge is a figure's Hedge cell: for a derived figure a hedge is our
// inference from its inputs' hedges, not a word the article says.
func figureHedge(f *data.Figure, lang string) string {
	w := hedgeWord(f.Qualifier, lang)
	if f.Derived != nil && hedged(f) {
		return fmt.Sprintf(i18n.T(lang, "chart.hedge.inferred"), w)
	}
	return w
}

// hedged reports whether the source qualifies the figure in any way.
func hedged(f *data.Figure) bool { return f.Qualifier != "exact" }

// sectionTitle is the article's heading for a section id, or the id itself
// so a dangling reference shows rather than vanishes.
func sectionTitle(d *data.Dataset, id, lang string) string {
	if s, ok := d.Section(id); ok {
		return s.Title.In(lang)
	}
	return id
}
