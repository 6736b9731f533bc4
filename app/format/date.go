package format

import (
	"fmt"
	"strconv"
	"strings"

	"bilateral/app/i18n"
	"bilateral/data"
)

// Date writes an ISO 8601 date at the precision it was given with
// ("3 July 1997", "February 2017", "2011"); anything else is returned as is,
// so a bad value shows rather than vanishes.
func Date(iso, lang string) string {
	parts := strings.Split(iso, "-")
	nums := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return iso
		}
		nums[i] = n
	}
	switch len(nums) {
	case 1:
		return parts[0]
	case 2:
		return i18n.Month(lang, nums[1]) + " " + parts[0]
	case 3:
		return strconv.Itoa(nums[2]) + " " + i18n.Month(lang, nums[1]) + " " + parts[0]
	}
	return iso
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

func half(start, end, lang string) (string, bool) {
	if len(start) != 7 || len(end) != 7 || start[:4] != end[:4] {
		return "", false
	}
	year, err := strconv.Atoi(start[:4])
	if err != nil {
		return "", false
	}
	switch start[5:] + end[5:] {
	case "0106":
		return fmt.Sprintf(i18n.T(lang, "period.h1"), year), true
	case "0712":
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
