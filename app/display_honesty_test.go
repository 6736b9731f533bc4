//go:build !wasm

package app

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/charts"
	"bilateral/app/format"
	"bilateral/app/i18n"
	"bilateral/data"
)

// rowOf is the HTML of the table row with id in html, or "".
func rowOf(html, id string) string {
	i := strings.Index(html, `id="`+id+`"`)
	if i < 0 {
		return ""
	}
	row := html[i:]
	if j := strings.Index(row, "</tr>"); j >= 0 {
		row = row[:j]
	}
	return row
}

// An unhedged figure's hedge cell in the provenance table says that no
// hedge is stated: not empty (a missing cell), not "exactly" (more than the
// article says).
func TestProvenanceNamesMissingHedge(t *testing.T) {
	d := loadDefault(t)
	for _, lang := range i18n.Languages {
		row := rowOf(render(provenanceTable(d, lang, "")), "prov-trade-2023")
		if want := ">" + i18n.T(lang, "chart.hedge.exact") + "<"; !strings.Contains(row, want) {
			t.Errorf("%s: the provenance row of trade-2023 lacks %q:\n%s", lang, want, row)
		}
	}
}

// A figure the article gives no date for shows that, with the publication
// date its period stands on, on its card and in the provenance table; its
// note shows on its card and in the provenance table (finding 5).
func TestUndatedFigureSaysSo(t *testing.T) {
	d := loadDefault(t)
	f, ok := d.Figure("treaties-total")
	if !ok {
		t.Fatal("no treaties-total")
	}
	f.Undated = true // as the data marks it (data.Figure.Undated)
	for _, lang := range i18n.Languages {
		want := fmt.Sprintf(i18n.T(lang, "fig.undated"), format.Period(f.Period, lang))
		esc := goapp.HTMLString(goapp.Text(want))
		note := goapp.HTMLString(goapp.Text(f.Note.In(lang)))
		card := render(figureCard(d, f.ID, lang, false, ""))
		if !strings.Contains(card, esc) {
			t.Errorf("%s: the card lacks %q:\n%s", lang, want, card)
		}
		if !strings.Contains(card, note) {
			t.Errorf("%s: the card lacks the note %q:\n%s", lang, f.Note.In(lang), card)
		}
		row := rowOf(render(provenanceTable(d, lang, "")), "prov-"+f.ID)
		if !strings.Contains(row, esc) || !strings.Contains(row, note) {
			t.Errorf("%s: the provenance row lacks %q or the note:\n%s", lang, want, row)
		}
	}
	// A dated figure's card shows its period alone.
	if card := render(figureCard(d, "trade-2023", "en", false, "")); strings.Contains(card, "not stated") {
		t.Errorf("a dated figure is said to be undated:\n%s", card)
	}
}

// The overview's headline cards, beside a chart of one section, each name
// the article section they come from (finding 9).
func TestGlanceCardsNameTheirSection(t *testing.T) {
	d := loadDefault(t)
	for _, lang := range i18n.Languages {
		html := render(sectionCardGrid(d, overviewLead, lang, true, ""))
		for _, id := range overviewLead {
			f, _ := d.Figure(id)
			s, _ := d.Section(f.Section)
			want := goapp.HTMLString(goapp.Text(fmt.Sprintf(i18n.T(lang, "fig.section"), s.Title.In(lang))))
			i := strings.Index(html, `id="fig-`+id+`"`)
			card := html[i:]
			if j := strings.Index(card, "</article>"); j >= 0 {
				card = card[:j]
			}
			if i < 0 || !strings.Contains(card, want) {
				t.Errorf("%s: the card of %s does not name its section %q", lang, id, want)
			}
		}
	}
}

// A chart's caption names the article sections its rows come from, after
// the publisher (finding 9).
func TestChartCaptionNamesSection(t *testing.T) {
	d := loadDefault(t)
	c, err := charts.Bars(d, "ru", "", "trade-annual", "trade-h1")
	if err != nil {
		t.Fatal(err)
	}
	s, _ := d.Section("trade")
	want := i18n.T("ru", "chart.source") + ", " + fmt.Sprintf(i18n.T("ru", "chart.section"), "«"+s.Title.In("ru")+"»")
	if got := chartSource(d, c.Table, "ru"); got != want {
		t.Errorf("caption source %q, want %q", got, want)
	}
	key := d.EventsWhere(func(e data.Event) bool { return e.Key })
	tl, err := charts.Timeline(d, "en", charts.TimelineOptions{Events: key, Lanes: categoryLanes(d, key, "en"), LaneOf: laneByCategory})
	if err != nil {
		t.Fatal(err)
	}
	if got := chartSource(d, tl.Table, "en"); !strings.HasPrefix(got, "Source: Caliber.az, sections “") {
		t.Errorf("the key events' caption source is %q, want the sections named", got)
	}
}

// A timeline with an event dated only by year says, under the chart, that
// such a date is drawn as a band and that the article orders none of the
// events within it; one with only exact dates does not.
func TestChartNotesSayWhenDatesAreApproximate(t *testing.T) {
	d := loadDefault(t)
	note := i18n.T("en", "chart.note.approx")
	for id, want := range map[string]bool{"pipeline-use-since-1997": true, "treaty-friendship-1997": false} {
		e, ok := d.Event(id)
		if !ok {
			t.Fatalf("no event %s", id)
		}
		tl, err := charts.Timeline(d, "en", charts.TimelineOptions{Events: []data.Event{*e}, Lanes: categoryLanes(d, []data.Event{*e}, "en"), LaneOf: laneByCategory})
		if err != nil {
			t.Fatal(err)
		}
		if got := slices.Contains(chartNotes(tl.Table, "en"), note); got != want {
			t.Errorf("%s: the year-or-month note shown = %v, want %v", id, got, want)
		}
	}
}
