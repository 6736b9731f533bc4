package app

import "bilateral/data"

// The Overview leads with the relationship in numbers, in the order a reader
// asks about it: how much the two trade and how fast that grows, what each
// has invested, how many Russian-capital companies work in Azerbaijan, what
// oil crosses Russia, and how many treaties bind them. The rest of the key
// figures follow below the fold.
var (
	overviewLead = []string{
		"trade-2023", "trade-2023-growth", "investment-ru-az-2023",
		"companies-russian-capital", "oil-2022", "treaties-total",
	}
	overviewMore = []string{"trade-2024h1", "investment-az-ru-2023", "diplomatic-ties-years"}
)

// presentFigures keeps the ids the dataset has, in order, so a -data file
// without one of them still shows the rest (and no empty card).
func presentFigures(d *data.Dataset, ids []string) []string {
	var out []string
	for _, id := range ids {
		if _, ok := d.Figure(id); ok {
			out = append(out, id)
		}
	}
	return out
}
