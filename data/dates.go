package data

import (
	"fmt"
	"time"
)

// The years a date may fall in. The relationship the dataset covers is
// modern; a year outside this window is a typo ("2204"), not history.
const (
	MinYear = 1900
	MaxYear = 2100
)

// ParseDate reads an ISO 8601 calendar date of year, month or day precision
// ("2011", "2017-02", "1997-07-03") and returns its first instant (UTC) and
// its precision: "year", "month" or "day". Impossible dates such as
// "2023-02-30" are refused, so the timeline never silently rolls them over.
func ParseDate(s string) (t time.Time, precision string, err error) {
	var y, m, d int
	switch len(s) {
	case 4:
		y, err = digits(s, 0, 4)
		m, d, precision = 1, 1, "year"
	case 7:
		y, err = digits(s, 0, 4)
		if err == nil && s[4] == '-' {
			m, err = digits(s, 5, 7)
		} else {
			err = errNotDate
		}
		d, precision = 1, "month"
	case 10:
		y, err = digits(s, 0, 4)
		if err == nil && s[4] == '-' && s[7] == '-' {
			m, err = digits(s, 5, 7)
			if err == nil {
				d, err = digits(s, 8, 10)
			}
		} else {
			err = errNotDate
		}
		precision = "day"
	default:
		err = errNotDate
	}
	if err != nil {
		return time.Time{}, "", fmt.Errorf("%q is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)", s)
	}
	if y < MinYear || y > MaxYear {
		return time.Time{}, "", fmt.Errorf("%q: year %d is outside %d–%d", s, y, MinYear, MaxYear)
	}
	if m < 1 || m > 12 {
		return time.Time{}, "", fmt.Errorf("%q: there is no month %d", s, m)
	}
	if n := daysIn(y, time.Month(m)); d < 1 || d > n {
		return time.Time{}, "", fmt.Errorf("%q: %s %d has %d days", s, time.Month(m), y, n)
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), precision, nil
}

// ParsePeriod reads an ISO 8601 date or interval ("2023", "2024-01/2024-06",
// "2000/2006") and returns its first and last instant: the end is the last
// nanosecond of the end date's unit, so "2023" ends at 2023-12-31T23:59:59.999999999.
// The UI uses it to place figures and events on one time axis.
func ParsePeriod(s string) (start, end time.Time, err error) {
	a, b := s, s
	for i := 0; i < len(s); i++ {
		if s[i] == '/' {
			a, b = s[:i], s[i+1:]
			break
		}
	}
	start, aEnd, err := span(a)
	if err != nil {
		return time.Time{}, time.Time{}, err
	}
	bStart, end, err := span(b)
	if err != nil {
		return time.Time{}, time.Time{}, err
	}
	if !ordered(start, aEnd, bStart, end) {
		return time.Time{}, time.Time{}, fmt.Errorf("%q: the interval ends before it starts", s)
	}
	return start, end, nil
}

// span is the first and last instant of a date at its own precision.
func span(s string) (start, end time.Time, err error) {
	start, p, err := ParseDate(s)
	if err != nil {
		return start, start, err
	}
	switch p {
	case "year":
		end = start.AddDate(1, 0, 0)
	case "month":
		end = start.AddDate(0, 1, 0)
	default:
		end = start.AddDate(0, 0, 1)
	}
	return start, end.Add(-time.Nanosecond), nil
}

// ordered reports whether span B comes no earlier than span A. Both bounds
// are compared so that mixed precisions stay meaningful: "2023/2023-06" is
// refused (it would end before its start year does) while "2023-06/2023" is
// refused too (it would start before itself).
func ordered(aStart, aEnd, bStart, bEnd time.Time) bool {
	return !bStart.Before(aStart) && !bEnd.Before(aEnd)
}

// parsePublished reads the article's timestamp: a date, or a date and a local
// time "YYYY-MM-DDTHH:MM" exactly as the article prints it.
func parsePublished(s string) (time.Time, error) {
	bad := fmt.Errorf("%q is not YYYY-MM-DD or YYYY-MM-DDTHH:MM", s)
	if len(s) != 10 && len(s) != 16 {
		return time.Time{}, bad
	}
	t, p, err := ParseDate(s[:10])
	if err != nil {
		return time.Time{}, err
	}
	if p != "day" {
		return time.Time{}, bad
	}
	if len(s) == 10 {
		return t, nil
	}
	if s[10] != 'T' || s[13] != ':' {
		return time.Time{}, bad
	}
	h, err1 := digits(s, 11, 13)
	m, err2 := digits(s, 14, 16)
	if err1 != nil || err2 != nil || h > 23 || m > 59 {
		return time.Time{}, bad
	}
	return t.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute), nil
}

var errNotDate = fmt.Errorf("not a date")

// digits reads s[i:j] as a decimal number made only of ASCII digits; strconv
// would also accept signs, which a date must not contain.
func digits(s string, i, j int) (int, error) {
	n := 0
	for ; i < j; i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, errNotDate
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
