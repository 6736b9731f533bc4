package app

import (
	"testing"

	"bilateral/app/urlstate"
)

// TestYearsNote checks the reader is told when the years they typed were
// changed, and how, and told nothing when they were used as typed.
func TestYearsNote(t *testing.T) {
	for _, c := range []struct {
		from, to int
		want     string
	}{
		{2005, 2010, ""},
		{2010, 2005, "From was after To, so the years were swapped: showing 2005–2010."},
		{1980, 2010, "The article's dates run from 2000 to 2024, so the years were set to 2000–2010."},
		{2005, 2100, "The article's dates run from 2000 to 2024, so the years were set to 2005–2024."},
	} {
		if got := yearsNote(c.from, c.to, 2000, 2024, "en"); got != c.want {
			t.Errorf("yearsNote(%d, %d) = %q, want %q", c.from, c.to, got, c.want)
		}
	}
}

// TestDataNotices checks a link's years outside the data and categories
// without events are named, not changed silently.
func TestDataNotices(t *testing.T) {
	got := dataNotices(1980, 2010, 1992, 2024, []string{"energy", "foo"}, map[string]bool{"energy": true})
	if len(got) != 2 || got[0].Param != "from" || got[0].Value != "1980" || got[1].Param != "cat" || got[1].Value != "foo" {
		t.Errorf("notices = %+v", got)
	}
	if got := dataNotices(0, 0, 1992, 2024, nil, nil); len(got) != 0 {
		t.Errorf("open years noticed: %+v", got)
	}
}

// TestYearNotedOnce: "to=1800" is out of the link's own range, so the
// link's notice says so and the year is taken as 1900; the data's notice
// then named "to=1900", a year the reader never wrote, in a second box
// saying again that part of the link could not be used.
func TestYearNotedOnce(t *testing.T) {
	var st urlstate.Timeline
	noted := urlstate.Parse("to=1800", &st)
	if len(noted) != 1 || noted[0].Value != "1800" {
		t.Fatalf("the link's notices = %+v", noted)
	}
	if got := unnoted(dataNotices(st.From, st.To, 1992, 2026, nil, nil), noted); len(got) != 0 {
		t.Errorf("the year is noticed again: %+v", got)
	}
	if got := unnoted(dataNotices(1980, 0, 1992, 2026, nil, nil), noted); len(got) != 1 || got[0].Param != "from" {
		t.Errorf("a year the link's notices do not name is not noticed: %+v", got)
	}
}
