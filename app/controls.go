package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
	"bilateral/components"
	"bilateral/data"
)

// The controls views share, wired to the dataset, the language and the URL
// state; components draws them.

// categoryFilter offers the dataset's categories, on being those checked.
func categoryFilter(d *data.Dataset, on []string, lang string, set func(ctx goapp.Context, on []string)) goapp.UI {
	cats := make([]components.Category, len(d.Categories))
	for i, c := range d.Categories {
		cats[i] = components.Category{ID: c.ID, Label: c.Label.In(lang)}
	}
	return components.CategoryFilter{Legend: i18n.T(lang, "filter.categories"), Categories: cats, On: on, OnChange: set}.UI()
}
