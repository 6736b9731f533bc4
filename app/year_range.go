package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
	"bilateral/app/urlstate"
)

// yearRange is a from/to pair of year inputs bounded by [lo, hi]. Stepping
// through years is one continuous adjustment, so the view replaces its
// address rather than pushing one entry per year. set receives the new
// bounds with the full span written as 0 (open), which keeps default URLs short.
func yearRange(lo, hi, from, to int, lang string, set func(ctx goapp.Context, from, to int)) goapp.UI {
	input := func(id, label string, value int, isFrom bool) goapp.UI {
		return goapp.Label().For(id).Class("year").Body(
			goapp.Text(label+" "),
			goapp.Input().Type("number").ID(id).Min(lo).Max(hi).Step(1).Value(value).
				OnChange(func(ctx goapp.Context, e goapp.Event) {
					v, err := strconv.Atoi(ctx.JSSrc().Get("value").String())
					if err != nil {
						return
					}
					f, t := from, to
					if isFrom {
						f = v
					} else {
						t = v
					}
					f, t = urlstate.ClampYears(f, t, lo, hi)
					if f == lo {
						f = 0
					}
					if t == hi {
						t = 0
					}
					set(ctx, f, t)
				}),
		)
	}
	return goapp.FieldSet().Class("range").Body(
		goapp.Legend().Text(i18n.T(lang, "filter.years")),
		input("year-from", i18n.T(lang, "filter.from"), from, true),
		input("year-to", i18n.T(lang, "filter.to"), to, false),
	)
}
