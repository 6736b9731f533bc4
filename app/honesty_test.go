//go:build !wasm

package app

import (
	"strings"
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/format"
	"bilateral/data"
)

// How the views show what the article leaves open (an order, a date, a
// source) and its own judgements, rendered to HTML as the prerenderer does.

func loadDefault(t *testing.T) *data.Dataset {
	t.Helper()
	d, err := data.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func render(ui goapp.UI) string { return goapp.HTMLString(ui) }

// The partners ahead of Russia are shown without an order: no numbered
// list, Russia's stated place beside it, the others marked unplaced.
func TestPartnerListShowsOnlyStatedRanks(t *testing.T) {
	h := render(listBlock(loadDefault(t), "trade-partners", "en"))
	if strings.Contains(h, "<ol") {
		t.Error("trade-partners is drawn as a numbered list, which orders Italy and Türkiye")
	}
	if n := strings.Count(h, "data-rank="); n != 1 {
		t.Errorf("%d items carry a rank, want 1 (Russia's)", n)
	}
	for _, want := range []string{`data-rank="3"`, `<span class="rank">No. 3</span>`,
		`<li data-entity="italy">`, `<li data-entity="turkiye">`} {
		if !strings.Contains(h, want) {
			t.Errorf("trade-partners lacks %q:\n%s", want, h)
		}
	}
	if n := strings.Count(h, `<span class="rank-none">(position not stated)</span>`); n != 2 {
		t.Errorf("%d items say their position is not stated, want 2 (Italy, Türkiye):\n%s", n, h)
	}
}

// An undated event shows that its date is not given, in the tables and the
// charts, never a bare year.
func TestUndatedEventMarked(t *testing.T) {
	d := loadDefault(t)
	e, ok := d.Event("nam-chairmanship-extension")
	if !ok {
		t.Fatal("no nam-chairmanship-extension")
	}
	const marker = "No date given (placed at 2022)"
	if got := format.When(*e, "en"); got != marker {
		t.Errorf("When = %q, want %q", got, marker)
	}
	table := render(eventsTable(d, []data.Event{*e}, "NAM", "en", ""))
	if !strings.Contains(table, marker) {
		t.Errorf("the events table lacks the marker:\n%s", table)
	}
	// The chart's marker (a hollow, dashed symbol) is tested in app/charts.
}

// The article's judgements are quotes, marked as its view, with their section.
func TestAssessmentsBlockQuotesTheArticle(t *testing.T) {
	d := loadDefault(t)
	for _, section := range []string{"legal", "trade", "energy", "diplomacy"} {
		h := render(assessmentsBlock(d, section, "en"))
		for _, want := range []string{"How the article sees it", "The article&#39;s view", "<blockquote", "“", "”"} {
			if !strings.Contains(h, want) {
				t.Errorf("%s: the block lacks %q:\n%s", section, want, h)
			}
		}
		s, _ := d.Section(section)
		if !strings.Contains(h, goapp.HTMLString(goapp.Text(s.Title.In("en")))) {
			t.Errorf("%s: the block does not name the article's section %q", section, s.Title.In("en"))
		}
	}
	if h := render(assessmentsBlock(d, "trade", "en")); !strings.Contains(h, "“The investment landscape is equally robust”") {
		t.Errorf("trade: the investment judgement is not quoted:\n%s", h)
	}
	if assessmentsBlock(d, "intro", "en") != nil {
		t.Error("a section without judgements gets an empty block")
	}
}

func TestSourcesSaysWhatIsAttributed(t *testing.T) {
	h := render(attribution(loadDefault(t), "en"))
	if !strings.Contains(h, "State Customs Committee") || !strings.Contains(h, "no source of their own") {
		t.Errorf("attribution: %s", h)
	}
}

// An event whose parties the article does not name says so in the events
// table, rather than leaving a blank cell that reads as our omission.
func TestEventWithoutPartiesSaysSo(t *testing.T) {
	d := loadDefault(t)
	e, ok := d.Event("gas-agreement-2022")
	if !ok {
		t.Fatal("no gas-agreement-2022")
	}
	if len(e.Parties) != 0 {
		t.Fatalf("gas-agreement-2022 names parties %v; this test needs an event without", e.Parties)
	}
	if table := render(eventsTable(d, []data.Event{*e}, "Gas", "en", "")); !strings.Contains(table, `<td data-label="Parties">not named in the article</td>`) {
		t.Errorf("the events table does not say the parties are not named:\n%s", table)
	}
}
