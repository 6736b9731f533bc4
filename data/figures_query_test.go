package data

import "testing"

func TestFigureOverlaps(t *testing.T) {
	for _, tt := range []struct {
		period   string
		from, to int
		want     bool
	}{
		{"2018", 2000, 2010, false},
		{"2018", 2018, 2018, true},
		{"2000/2006", 2005, 2010, true},
		{"2000/2006", 2007, 2010, false},
		{"2022-11-15/2023-03", 2023, 2024, true},
		{"2024-08-17", 2000, 2023, false},
		{"not a period", 1900, 2100, false},
	} {
		if got := (Figure{Period: tt.period}).Overlaps(tt.from, tt.to); got != tt.want {
			t.Errorf("Figure{Period: %q}.Overlaps(%d, %d) = %v, want %v", tt.period, tt.from, tt.to, got, tt.want)
		}
	}
}
