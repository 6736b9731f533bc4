package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
	"bilateral/components"
	"bilateral/data"
)

// The controls views share, wired to the dataset, the language and the URL
// state; components draws them.

// categoryFilter offers the categories that have dated events among
// events, on being those checked: a category with nothing to draw would
// only show empty rows.
func categoryFilter(d *data.Dataset, events []data.Event, on []string, lang string, set func(ctx goapp.Context, on []string)) goapp.UI {
	used := knownCategories(events)
	var cats []components.Category
	for i, c := range d.Categories {
		if used[c.ID] {
			cats = append(cats, components.Category{ID: c.ID, Label: c.Label.In(lang), Swatch: i})
		}
	}
	return components.CategoryFilter{Legend: i18n.T(lang, "filter.categories"), Categories: cats, On: on, OnChange: set}.UI()
}
