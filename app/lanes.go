package app

import (
	"bilateral/app/charts"
	"bilateral/data"
)

// categoryLanes makes one timeline row per category the events use, in the
// dataset's category order, so colours and rows agree across views.
func categoryLanes(d *data.Dataset, events []data.Event, lang string) []charts.Lane {
	used := map[string]bool{}
	for _, e := range events {
		used[e.Category] = true
	}
	var lanes []charts.Lane
	for _, c := range d.Categories {
		if used[c.ID] {
			lanes = append(lanes, charts.Lane{ID: c.ID, Label: c.Label.In(lang)})
		}
	}
	return lanes
}

func laneByCategory(e data.Event) string { return e.Category }
