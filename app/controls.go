package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/components"
	"bilateral/data"
)

// The controls views share, wired to the dataset, the language and the URL
// state; components draws them.

// yearRange offers the years [lo, hi]; set receives the reader's choice
// bounded, ordered, and with the full span written as 0 (open).
func yearRange(lo, hi, from, to int, lang string, set func(ctx goapp.Context, from, to int)) goapp.UI {
	return components.YearRange{
		Legend: i18n.T(lang, "filter.years"), FromLabel: i18n.T(lang, "filter.from"), ToLabel: i18n.T(lang, "filter.to"),
		Min: lo, Max: hi, From: from, To: to,
		OnChange: func(ctx goapp.Context, from, to int) {
			from, to = urlstate.OpenYears(from, to, lo, hi)
			set(ctx, from, to)
		},
	}.UI()
}

// categoryFilter offers the dataset's categories, on being those checked.
func categoryFilter(d *data.Dataset, on []string, lang string, set func(ctx goapp.Context, on []string)) goapp.UI {
	cats := make([]components.Category, len(d.Categories))
	for i, c := range d.Categories {
		cats[i] = components.Category{ID: c.ID, Label: c.Label.In(lang)}
	}
	return components.CategoryFilter{Legend: i18n.T(lang, "filter.categories"), Categories: cats, On: on, OnChange: set}.UI()
}
