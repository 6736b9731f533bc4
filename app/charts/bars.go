package charts

import (
	"fmt"
	"strings"

	"bilateral/app/format"
	"bilateral/data"
)

// Bars draws dataset series as bars on a category axis of their periods:
// stated values solid, derived values hatched, ranges floating from low to
// high, gaps shaded and labelled "Not reported", never zeros. A stated
// growth rate stands on the later bar of the pair it links. All series must
// share a unit and scale; the table twin has one row per point.
//
// Each series gets a panel of its own, titled and on one shared scale:
// full years next to half-years as equal neighbours would read as a halving
// (2023, then H1 2023 at half its height).
func Bars(d *data.Dataset, lang, selected string, seriesIDs ...string) (Chart, error) {
	return BarsOf(d, lang, BarSpec{Selected: selected, Series: seriesIDs})
}

// BarSpec says what Bars draws.
type BarSpec struct {
	Selected string   // the figure drawn emphasised, if any
	Series   []string // the dataset series, one panel each
	// Targets are figures that are amounts agreed or planned in advance, not
	// outcomes: drawn with a dotted outline and labelled so, since beside
	// shipped volumes they would otherwise read as one more year's result.
	Targets []string
	// From and To are years (0 leaves that side open): points wholly
	// outside them are left out, as a timeline leaves out events, so a
	// view's year range acts on every chart of it.
	From, To int
}

// inYears reports whether period overlaps the years from–to (0 is open).
func inYears(period string, from, to int) bool {
	start, end, err := data.ParsePeriod(period)
	if err != nil {
		return true // the validator refuses such a period; never hide one silently
	}
	return (from <= 0 || end.Year() >= from) && (to <= 0 || start.Year() <= to)
}

// BarsOf is Bars with everything BarSpec can say.
func BarsOf(d *data.Dataset, lang string, spec BarSpec) (Chart, error) {
	selected, seriesIDs := spec.Selected, spec.Series
	isTarget := map[string]bool{}
	for _, id := range spec.Targets {
		if _, ok := d.Figure(id); !ok {
			return Chart{}, fmt.Errorf("unknown target figure %q", id)
		}
		isTarget[id] = true
	}
	if len(seriesIDs) == 0 {
		return Chart{}, fmt.Errorf("no series to draw")
	}
	var (
		groups      [][]barItem
		titles      []string
		rows        []Row
		descs       []string
		unit, scale string
	)
	for _, id := range seriesIDs {
		s, ok := d.SeriesByID(id)
		if !ok {
			return Chart{}, fmt.Errorf("unknown series %q", id)
		}
		if unit == "" {
			unit, scale = s.Unit, s.Scale
		} else if s.Unit != unit || s.Scale != scale {
			return Chart{}, fmt.Errorf("series %q is in %s %s, not %s %s", id, s.Scale, s.Unit, scale, unit)
		}
		var (
			said  []string
			items []barItem
		)
		for _, p := range s.Points {
			if !inYears(p.Period, spec.From, spec.To) {
				continue
			}
			it := barItem{category: format.Period(p.Period, lang), note: p.Note.In(lang), color: Primary}
			if p.Gap {
				rows = append(rows, gapRow(d, s, p, lang))
			} else {
				f, ok := d.Figure(p.Figure)
				if !ok {
					return Chart{}, fmt.Errorf("series %q: unknown figure %q", id, p.Figure)
				}
				it.fig = f
				it.growth = growthOf(d, f.ID)
				it.target = isTarget[f.ID]
				row := figureRow(d, f, lang, scale, it.note)
				row.Target, row.Open = it.target, it.openEnded()
				rows = append(rows, row)
			}
			items = append(items, it)
			said = append(said, it.describe(lang))
		}
		if len(items) == 0 {
			continue // nothing of this series in the years asked for
		}
		descs = append(descs, s.Title.In(lang)+" ("+format.UnitName(unit, scale, lang)+"): "+strings.Join(said, "; "))
		groups, titles = append(groups, items), append(titles, s.Title.In(lang))
	}
	if len(groups) == 0 {
		groups = [][]barItem{nil} // an empty chart; the view says so in words
	}

	axisName := format.UnitName(unit, scale, lang)
	var o Option
	var err error
	if len(groups) == 1 {
		o, err = floatingBars(groups[0], scale, axisName, false, selected, lang)
	} else {
		o, err = panelBars(groups, scale, axisName, selected, lang)
	}
	if err != nil {
		return Chart{}, err
	}
	desc := strings.Join(descs, ". ") + "."
	o.frame(desc)
	if len(groups) > 1 {
		o.panelFrame(titles)
	}
	o.localTicks(lang)
	t := Table{Head: figureHead(lang, unit, scale), Rows: rows}
	t.markSelected(selected)
	return Chart{Option: o, Table: t, Description: desc}, nil
}

// growthOf finds the stated growth rate that a derived base was computed
// from, when id is the later value of such a pair: the growth belongs on the
// later bar's label.
func growthOf(d *data.Dataset, id string) *data.Figure {
	for i := range d.Figures {
		f := &d.Figures[i]
		if f.Derived == nil || f.Derived.Formula != "base-from-growth" || len(f.Derived.Inputs) != 2 {
			continue
		}
		if f.Derived.Inputs[0] == id {
			g, _ := d.Figure(f.Derived.Inputs[1])
			return g
		}
	}
	return nil
}
