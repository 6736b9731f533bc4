//go:build !wasm

package export

import (
	"strings"
	"testing"
)

// TestSafeCell: a cell a spreadsheet would read as a formula gets a
// leading ' (OWASP's advice); a plain number stays a number.
func TestSafeCell(t *testing.T) {
	for in, want := range map[string]string{
		"":                           "",
		"Trade turnover":             "Trade turnover",
		"=1+2":                       "'=1+2",
		`=HYPERLINK("http://x","y")`: `'=HYPERLINK("http://x","y")`,
		"+1-2":                       "'+1-2",
		"-1+2":                       "'-1+2",
		"@SUM(A1)":                   "'@SUM(A1)",
		"\t=1":                       "'\t=1",
		"\r=1":                       "'\r=1",
		"-":                          "'-",
		"-cmd|' /C calc'!A0":         "'-cmd|' /C calc'!A0",
		"-0.5":                       "-0.5",
		"+17.5":                      "+17.5",
		"-12":                        "-12",
		"-1.5e3":                     "-1.5e3",
		"4.358":                      "4.358",
		"-.5":                        "-.5",
		"-0x1p3":                     "'-0x1p3",
		"-Inf":                       "'-Inf",
		"-1,5":                       "'-1,5",
		"a=b":                        "a=b",
		"2024-01/2024-06":            "2024-01/2024-06",
	} {
		if got := SafeCell(in); got != want {
			t.Errorf("SafeCell(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTablesNeutraliseFormulas: text from the dataset that starts like a
// formula reaches /data/*.csv with its leading '.
func TestTablesNeutraliseFormulas(t *testing.T) {
	d := dataset(t)
	d.Figures[0].Label["en"] = `=HYPERLINK("https://evil.example","click")`
	d.Events[0].Title["en"] = "@SUM(1+1)*cmd|' /C calc'!A0"
	d.Series[0].Title["en"] = "+1+1"
	for name, b := range map[string][]byte{
		"figures.csv": FiguresCSV(d, "en"),
		"events.csv":  EventsCSV(d, "en"),
		"series.csv":  SeriesCSV(d, "en"),
	} {
		for i, rec := range records(t, name, b) {
			for j, cell := range rec {
				if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) && SafeCell(cell) != cell {
					t.Errorf("%s row %d column %d: %q starts like a formula", name, i, j, cell)
				}
			}
		}
		if !strings.Contains(string(b), "'") {
			t.Errorf("%s: no neutralised cell", name)
		}
	}
}
