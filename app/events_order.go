package app

import (
	"sort"

	"bilateral/data"
)

// sortEvents orders events by date; ISO 8601 strings of mixed precision sort
// correctly as text ("2017" < "2017-02" < "2017-09-07"), and the stable sort
// keeps dataset order for ties.
func sortEvents(events []data.Event) {
	sort.SliceStable(events, func(i, j int) bool { return events[i].Date < events[j].Date })
}
