package app

import (
	"strconv"

	"bilateral/data"
)

// yearSpan is the first and last year the events cover, the bounds a year
// range control may take.
func yearSpan(events []data.Event) (lo, hi int) {
	for _, e := range events {
		for _, s := range []string{e.Date, e.End} {
			if len(s) < 4 {
				continue
			}
			y, err := strconv.Atoi(s[:4])
			if err != nil {
				continue
			}
			if lo == 0 || y < lo {
				lo = y
			}
			if y > hi {
				hi = y
			}
		}
	}
	return lo, hi
}
