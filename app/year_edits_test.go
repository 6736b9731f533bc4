package app

import "testing"

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
