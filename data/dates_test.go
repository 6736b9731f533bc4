package data

import (
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in, want, precision, err string
	}{
		{"2011", "2011-01-01", "year", ""},
		{"2017-02", "2017-02-01", "month", ""},
		{"1997-07-03", "1997-07-03", "day", ""},
		{"2024-02-29", "2024-02-29", "day", ""},
		{"2000-02-29", "2000-02-29", "day", ""}, // divisible by 400: leap
		{"1900", "1900-01-01", "year", ""},
		{"2100-12-31", "2100-12-31", "day", ""},
		{"1900-02-29", "", "", "February 1900 has 28 days"}, // divisible by 100: not leap
		{"2023-02-29", "", "", "February 2023 has 28 days"},
		{"2023-02-30", "", "", "February 2023 has 28 days"},
		{"2023-04-31", "", "", "April 2023 has 30 days"},
		{"2023-00", "", "", "there is no month 0"},
		{"2023-01-00", "", "", "January 2023 has 31 days"},
		{"1899-12-31", "", "", "year 1899 is outside 1900–2100"},
		{"2101", "", "", "outside"},
		{"", "", "", "not an ISO 8601 date"},
		{"23", "", "", "not an ISO 8601 date"},
		{"2023-1-05", "", "", "not an ISO 8601 date"},
		{"2023/01/05", "", "", "not an ISO 8601 date"},
		{"+023", "", "", "not an ISO 8601 date"},
		{"2023-+1", "", "", "not an ISO 8601 date"},
		{"２０２３", "", "", "not an ISO 8601 date"},
		{"2023-01-05T10:00", "", "", "not an ISO 8601 date"},
	} {
		got, p, err := ParseDate(tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ParseDate(%q) error = %v, want …%s…", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || got.Format(time.DateOnly) != tc.want || p != tc.precision || got.Location() != time.UTC {
			t.Errorf("ParseDate(%q) = %v, %q, %v; want %s, %q", tc.in, got, p, err, tc.want, tc.precision)
		}
	}
}

func TestParsePeriod(t *testing.T) {
	const f = "2006-01-02T15:04:05.999999999"
	for _, tc := range []struct{ in, start, end, err string }{
		{"2023", "2023-01-01T00:00:00", "2023-12-31T23:59:59.999999999", ""},
		{"2024-02", "2024-02-01T00:00:00", "2024-02-29T23:59:59.999999999", ""},
		{"2024-01/2024-06", "2024-01-01T00:00:00", "2024-06-30T23:59:59.999999999", ""},
		{"2000/2006", "2000-01-01T00:00:00", "2006-12-31T23:59:59.999999999", ""},
		{"2023-03-05/2023-03-05", "2023-03-05T00:00:00", "2023-03-05T23:59:59.999999999", ""},
		{"2023-06-10/2023-07", "2023-06-10T00:00:00", "2023-07-31T23:59:59.999999999", ""},
		{"2023/2024-02", "2023-01-01T00:00:00", "2024-02-29T23:59:59.999999999", ""},
		{"2024/2023", "", "", "ends before it starts"},
		{"2023-06/2023", "", "", "ends before it starts"},
		{"2023/2023-06", "", "", "ends before it starts"},
		{"2023-02-30/2024", "", "", "February 2023 has 28 days"},
		{"2023/2024/2025", "", "", "not an ISO 8601 date"},
		{"/2023", "", "", "not an ISO 8601 date"},
		{"", "", "", "not an ISO 8601 date"},
	} {
		s, e, err := ParsePeriod(tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ParsePeriod(%q) error = %v, want …%s…", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || s.Format(f) != tc.start || e.Format(f) != tc.end {
			t.Errorf("ParsePeriod(%q) = %s, %s, %v; want %s, %s", tc.in, s.Format(f), e.Format(f), err, tc.start, tc.end)
		}
	}
}

func TestParsePublished(t *testing.T) {
	for in, want := range map[string]string{
		"2024-08-17T14:38": "2024-08-17 14:38",
		"2024-08-17":       "2024-08-17 00:00",
		"2024-08-17T00:00": "2024-08-17 00:00",
		"2024-08-17T23:59": "2024-08-17 23:59",
		"2024-08-17T24:00": "",
		"2024-08-17T14:60": "",
		"2024-08-17T1:38":  "",
		"2024-08-17 14:38": "",
		"2024-08":          "",
		"2024-08T14:38:00": "",
		"2024-08-17T14:3x": "",
	} {
		got, err := parsePublished(in)
		if want == "" {
			if err == nil {
				t.Errorf("parsePublished(%q) = %v, want an error", in, got)
			}
			continue
		}
		if err != nil || got.Format("2006-01-02 15:04") != want {
			t.Errorf("parsePublished(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
}

func TestWholeYears(t *testing.T) {
	d := func(s string) time.Time {
		t.Helper()
		v, _, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, tc := range []struct {
		from, to string
		want     int
	}{
		{"1992-04-04", "2024-08-17", 32},
		{"1992-08-17", "2024-08-17", 32},
		{"1992-08-18", "2024-08-17", 31},
		{"1992-09", "2024-08-17", 31},
		{"1992", "2024-08-17", 32},
		{"2020-02-29", "2021-02-28", 0},
		{"2024-08-17", "2024-08-17", 0},
	} {
		if got := wholeYears(d(tc.from), d(tc.to)); got != tc.want {
			t.Errorf("wholeYears(%s, %s) = %d, want %d", tc.from, tc.to, got, tc.want)
		}
	}
}
