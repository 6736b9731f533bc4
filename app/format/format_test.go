package format

import (
	"testing"

	"bilateral/data"
)

func f64(v float64) *float64 { return &v }

func TestNumber(t *testing.T) {
	cases := []struct {
		v    float64
		want string
	}{
		{1400, "1,400"}, {900000, "900,000"}, {4.358, "4.358"}, {0.15, "0.15"},
		{17.5, "17.5"}, {295, "295"}, {1234567.5, "1,234,567.5"}, {-1200, "−1,200"}, {3, "3"},
	}
	for _, c := range cases {
		if got := Plain(c.v); got != c.want {
			t.Errorf("Plain(%v) = %q, want %q", c.v, got, c.want)
		}
	}
}

func TestFigure(t *testing.T) {
	cases := []struct {
		name string
		f    data.Figure
		want string
	}{
		{"usd billion hedged", data.Figure{Value: f64(8.7), Unit: "usd", Scale: "billion", Qualifier: "over"}, "over $8.7 billion"},
		{"usd exact", data.Figure{Value: f64(4.358), Unit: "usd", Scale: "billion", Qualifier: "exact"}, "$4.358 billion"},
		{"percent", data.Figure{Value: f64(17.5), Unit: "percent", Qualifier: "exact"}, "17.5%"},
		{"count", data.Figure{Value: f64(1400), Unit: "count", Qualifier: "over"}, "over 1,400"},
		{"tonnes", data.Figure{Value: f64(900000), Unit: "tonne", Qualifier: "about"}, "about 900,000 t"},
		{"range", data.Figure{Low: f64(1.3), High: f64(1.5), Unit: "tonne", Scale: "million", Qualifier: "range"}, "1.3–1.5 million t"},
		{"gas", data.Figure{Value: f64(4.5), Unit: "m3", Scale: "billion", Qualifier: "up to"}, "up to 4.5 billion m³"},
		{"rank", data.Figure{Value: f64(3), Unit: "rank", Qualifier: "exact"}, "No. 3"},
		{"years", data.Figure{Value: f64(32), Unit: "year", Qualifier: "exact"}, "32 years"},
	}
	for _, c := range cases {
		if got := Figure(c.f, "en"); got != c.want {
			t.Errorf("%s: Figure = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestPeriodAndDate(t *testing.T) {
	cases := []struct{ in, want string }{
		{"2023", "2023"},
		{"2024-01/2024-06", "H1 2024"},
		{"2023-07/2023-12", "H2 2023"},
		{"2000/2006", "2000–2006"},
		{"2022-11-15/2023-03", "15 November 2022 – March 2023"},
		{"1997-07-03", "3 July 1997"},
		{"2017-02", "February 2017"},
		{"not-a-date", "not-a-date"},
		{"2023-02-30", "2023-02-30"},
		{"2024-01/2025-06", "January 2024 – June 2025"},
		{"2024-02/2024-06", "February 2024 – June 2024"},
	}
	for _, c := range cases {
		if got := Period(c.in, "en"); got != c.want {
			t.Errorf("Period(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
