package format

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"bilateral/app/i18n"
	"bilateral/data"
)

// Date writes an ISO 8601 date at the precision it was given with, in lang's
// pattern ("3 July 1997", "February 2017", "2011"; "17 августа 2024 г.",
// "февраль 2017 г."; "17 avqust 2024"); anything data.ParseDate refuses is
// returned as is, so a bad value shows rather than vanishes.
func Date(iso, lang string) string {
	t, precision, err := data.ParseDate(iso)
	if err != nil {
		return iso
	}
	year := strconv.Itoa(t.Year())
	switch precision {
	case "year":
		return fill(i18n.T(lang, "date.y"), map[string]string{"y": year})
	case "month":
		return fill(i18n.T(lang, "date.my"), map[string]string{"m": i18n.MonthAlone(lang, int(t.Month())), "y": year})
	}
	return fill(i18n.T(lang, "date.dmy"), map[string]string{"d": strconv.Itoa(t.Day()),
		"m": i18n.Month(lang, int(t.Month())), "y": year})
}

// Period writes an ISO 8601 date or interval: "2023", "H1 2024", "2000–2006",
// "15 November 2022 – March 2023".
func Period(p, lang string) string {
	start, end, ok := strings.Cut(p, "/")
	if !ok {
		return Date(p, lang)
	}
	if y, ok := half(start, end, lang); ok {
		return y
	}
	if len(start) == 4 && len(end) == 4 {
		return start + "–" + end
	}
	return Date(start, lang) + " – " + Date(end, lang)
}

// half names a period that is exactly the first or second half of one year.
func half(start, end, lang string) (string, bool) {
	s, sp, err1 := data.ParseDate(start)
	e, ep, err2 := data.ParseDate(end)
	if err1 != nil || err2 != nil || sp != "month" || ep != "month" || s.Year() != e.Year() {
		return "", false
	}
	// Azerbaijani says "the year's first half" with the year as an ordinal.
	year := strconv.Itoa(s.Year())
	if lang == "az" {
		year = AzOrdinal(year)
	}
	switch {
	case s.Month() == time.January && e.Month() == time.June:
		return fmt.Sprintf(i18n.T(lang, "period.h1"), year), true
	case s.Month() == time.July && e.Month() == time.December:
		return fmt.Sprintf(i18n.T(lang, "period.h2"), year), true
	}
	return "", false
}

// Span writes an event's date, or its start and end when it is a period.
func Span(date, end, lang string) string {
	if end == "" {
		return Date(date, lang)
	}
	return Period(date+"/"+end, lang)
}

// When writes an event's date as Span does; for an event the article does
// not date it says so, naming the date only as where the event is placed,
// so a bare year is never read as the article's.
func When(e data.Event, lang string) string {
	s := Span(e.Date, e.End, lang)
	if e.Undated {
		return fmt.Sprintf(i18n.T(lang, "date.undated"), s)
	}
	return s
}
