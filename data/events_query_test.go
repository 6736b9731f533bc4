package data

import (
	"slices"
	"testing"
)

func eventIDs(events []Event) []string {
	ids := make([]string, len(events))
	for i, e := range events {
		ids[i] = e.ID
	}
	return ids
}

func TestEventsWhere(t *testing.T) {
	d := &Dataset{Events: []Event{
		{ID: "late", Date: "2017-09-07", Category: "energy", Section: "energy"},
		{ID: "year", Date: "2017", Category: "nam", Section: "diplomacy"},
		{ID: "month", Date: "2017-02", Category: "energy", Section: "trade"},
		{ID: "tie", Date: "2017", Category: "energy", Section: "energy"},
		{ID: "early", Date: "1997-07-03", Category: "nam", Section: "diplomacy"},
	}}
	all := func(Event) bool { return true }
	for _, tt := range []struct {
		name string
		got  []Event
		want []string
	}{
		{"all, by date, ties in dataset order", d.EventsWhere(all), []string{"early", "year", "tie", "month", "late"}},
		{"none", d.EventsWhere(func(Event) bool { return false }), nil},
		{"category", d.EventsOfCategory("energy"), []string{"tie", "month", "late"}},
		{"section", d.EventsOfSection("diplomacy"), []string{"early", "year"}},
		{"no categories keeps all", d.EventsWhere(InCategories(nil)), []string{"early", "year", "tie", "month", "late"}},
		{"categories", d.EventsWhere(InCategories([]string{"nam"})), []string{"early", "year"}},
	} {
		if got := eventIDs(tt.got); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
	if d.Events[0].ID != "late" {
		t.Error("EventsWhere reordered the dataset itself")
	}
}

func TestEventYears(t *testing.T) {
	for _, tt := range []struct {
		e                     Event
		start, end            int
		ok                    bool
		in1999_2005, in2020on bool
	}{
		{Event{Date: "1997-07-03"}, 1997, 1997, true, false, false},
		{Event{Date: "2003-02"}, 2003, 2003, true, true, false},
		{Event{Date: "1995", End: "2021-06"}, 1995, 2021, true, true, true},
		{Event{Date: "2005-12-31"}, 2005, 2005, true, true, false},
		{Event{Date: "2020"}, 2020, 2020, true, false, true},
		{Event{Date: "20"}, 0, 0, false, false, false},
		{Event{Date: "2001", End: "2001-13"}, 0, 0, false, false, false},
	} {
		start, end, ok := tt.e.Years()
		if start != tt.start || end != tt.end || ok != tt.ok {
			t.Errorf("%+v.Years() = %d, %d, %v; want %d, %d, %v", tt.e, start, end, ok, tt.start, tt.end, tt.ok)
		}
		if got := tt.e.Overlaps(1999, 2005); got != tt.in1999_2005 {
			t.Errorf("%+v.Overlaps(1999, 2005) = %v", tt.e, got)
		}
		if got := tt.e.Overlaps(2020, 2100); got != tt.in2020on {
			t.Errorf("%+v.Overlaps(2020, 2100) = %v", tt.e, got)
		}
	}
}

func TestYearSpan(t *testing.T) {
	events := []Event{{Date: "2005-03"}, {Date: "bad"}, {Date: "1992-04-04", End: "1994"}, {Date: "2011", End: "2024-06"}}
	if lo, hi := YearSpan(events); lo != 1992 || hi != 2024 {
		t.Errorf("YearSpan = %d, %d; want 1992, 2024", lo, hi)
	}
	if lo, hi := YearSpan(nil); lo != 0 || hi != 0 {
		t.Errorf("YearSpan(nil) = %d, %d", lo, hi)
	}
}

func TestPartyNames(t *testing.T) {
	d := fixture(t)
	if got := d.PartyNames([]string{"lukoil", "nobody", "az", "ru"}, "en"); got != "Lukoil, Azerbaijan, Russia" {
		t.Errorf("PartyNames = %q", got)
	}
	if got := d.PartyNames(nil, "en"); got != "" {
		t.Errorf("PartyNames(nil) = %q", got)
	}
}
