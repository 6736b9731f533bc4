package data

import (
	"slices"
	"sort"
	"strings"
)

// Queries the views ask of the events. Years come from ParseDate, so a view
// reads a date exactly as validation did.

// EventsWhere returns the events that match keep, in date order: ISO 8601
// strings of mixed precision sort correctly as text ("2017" < "2017-02" <
// "2017-09-07"), and ties keep dataset order.
func (d *Dataset) EventsWhere(keep func(Event) bool) []Event {
	var out []Event
	for _, e := range d.Events {
		if keep(e) {
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date < out[j].Date })
	return out
}

// EventsOfCategory are the events of one category, in date order.
func (d *Dataset) EventsOfCategory(category string) []Event {
	return d.EventsWhere(func(e Event) bool { return e.Category == category })
}

// EventsOfSection are the events of one article section, in date order.
func (d *Dataset) EventsOfSection(section string) []Event {
	return d.EventsWhere(func(e Event) bool { return e.Section == section })
}

// InCategories keeps the events of any of cats; no category at all keeps
// every event, as an untouched filter does.
func InCategories(cats []string) func(Event) bool {
	return func(e Event) bool { return len(cats) == 0 || slices.Contains(cats, e.Category) }
}

// Years is the first and last year the event covers (one year for a dated
// event), and false when its dates do not parse.
func (e Event) Years() (start, end int, ok bool) {
	t, _, err := ParseDate(e.Date)
	if err != nil {
		return 0, 0, false
	}
	start, end = t.Year(), t.Year()
	if e.End != "" {
		t, _, err := ParseDate(e.End)
		if err != nil {
			return 0, 0, false
		}
		end = t.Year()
	}
	return start, end, true
}

// Overlaps keeps an event any part of which falls within the years
// [from, to]; one whose dates do not parse falls within none.
func (e Event) Overlaps(from, to int) bool {
	start, end, ok := e.Years()
	return ok && end >= from && start <= to
}

// YearSpan is the first and last year the events cover, the bounds a year
// range control may take; 0, 0 when there are none.
func YearSpan(events []Event) (lo, hi int) {
	for _, e := range events {
		start, end, ok := e.Years()
		if !ok {
			continue
		}
		if lo == 0 || start < lo {
			lo = start
		}
		hi = max(hi, end)
	}
	return lo, hi
}

// PartyNames writes the names of entities or countries in order, joined by
// commas; ids that name neither are left out.
func (d *Dataset) PartyNames(ids []string, lang string) string {
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		if e, ok := d.Entity(id); ok {
			names = append(names, e.Name.In(lang))
		} else if c, ok := d.Country(id); ok {
			names = append(names, c.Name.In(lang))
		}
	}
	return strings.Join(names, ", ")
}
