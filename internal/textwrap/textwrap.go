// Package textwrap breaks text into lines at its spaces, for the pictures
// and charts whose lines the program counts itself: a chart's title on a
// phone (app/charts), a downloaded image's citation and notes (components).
package textwrap

import (
	"strings"
	"unicode/utf8"
)

// Lines breaks s at plain spaces into lines each of which fits (fits is
// given its length in characters); a word that does not fit alone keeps a
// line of its own. Only a plain space is a place to break: a no-break space
// ("1 400", "17,5 %", "2024 г.") holds its words together, as it does on
// the page. Runs of spaces collapse; s with no word gives no line.
func Lines(s string, fits func(chars int) bool) []string {
	var lines []string
	line, n := "", 0
	for _, w := range strings.Split(s, " ") {
		if w == "" {
			continue
		}
		wn := utf8.RuneCountInString(w)
		switch {
		case line == "":
			line, n = w, wn
		case fits(n + 1 + wn):
			line, n = line+" "+w, n+1+wn
		default:
			lines = append(lines, line)
			line, n = w, wn
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
