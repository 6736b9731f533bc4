package components

import (
	"slices"
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Category is one checkbox of a CategoryFilter.
type Category struct {
	ID, Label string
	// Swatch is the category's colour in the charts: its place among all
	// the dataset's categories, which stays when categories without
	// events are left out of the filter.
	Swatch int
}

// CategoryFilter is a set of checkboxes, one per category, each with the
// colour swatch its category has in the charts; none checked means all.
type CategoryFilter struct {
	Legend     string
	Categories []Category // in the dataset's order, which fixes their colours
	On         []string   // the ids checked
	// OnChange receives the checked ids after one was toggled. Each change is
	// a discrete choice, so a view pushes it to the history.
	OnChange func(ctx goapp.Context, on []string)
}

// UI draws the fieldset of checkboxes.
func (f CategoryFilter) UI() goapp.UI {
	return goapp.FieldSet().Class("filter").Body(
		goapp.Legend().Text(f.Legend),
		goapp.Range(f.Categories).Slice(func(i int) goapp.UI {
			c := f.Categories[i]
			id := "cat-" + c.ID
			return goapp.Label().For(id).Class("check").Body(
				goapp.Input().Type("checkbox").ID(id).Checked(slices.Contains(f.On, c.ID)).
					OnChange(func(ctx goapp.Context, e goapp.Event) {
						if f.OnChange != nil {
							f.OnChange(ctx, toggled(f.On, c.ID))
						}
					}),
				goapp.Span().Class("swatch swatch-"+strconv.Itoa(c.Swatch)),
				goapp.Text(c.Label),
			)
		}),
	)
}

// toggled is on with id removed if it was there, else added at the end; on
// itself is left alone.
func toggled(on []string, id string) []string {
	var next []string
	found := false
	for _, c := range on {
		if c == id {
			found = true
			continue
		}
		next = append(next, c)
	}
	if !found {
		next = append(next, id)
	}
	return next
}
