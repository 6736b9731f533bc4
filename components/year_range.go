package components

import (
	"strconv"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// YearRange is a from/to pair of year inputs bounded by [Min, Max]. Stepping
// through years is one continuous adjustment, so a view records it by
// replacing its address rather than pushing one entry per year.
//
// Like CategoryFilter it keeps no state of its own, so it is drawn as plain
// elements of the view that holds it (UI) rather than as a go-app component,
// which would cost the Wasm about 9 kB for the type and its methods.
type YearRange struct {
	Legend, FromLabel, ToLabel string
	Min, Max                   int // the years there is data for
	From, To                   int // the years shown
	// OnChange receives the pair as the reader left it: the input they
	// changed holds its new year, the other keeps its own. Bounding and
	// ordering the pair is the receiver's business.
	OnChange func(ctx goapp.Context, from, to int)
	// Note says how the years last typed were changed (bounded to the
	// data, or put in order), or is empty.
	Note string
}

// typingPause is how long the reader stops typing before a year applies:
// long enough not to redraw between the digits of one year.
const typingPause = 450 * time.Millisecond

// typed numbers the reader's keystrokes in the year inputs, so only the
// last one of a burst applies (the Wasm runs on one thread).
var typed int

// UI draws the two labelled inputs in a fieldset.
func (r YearRange) UI() goapp.UI {
	return goapp.FieldSet().Class("range").Body(
		goapp.Legend().Text(r.Legend),
		r.input("year-from", r.FromLabel, r.From, true),
		r.input("year-to", r.ToLabel, r.To, false),
		goapp.P().Class("range-note").Attr("role", "status").Attr("aria-live", "polite").Text(r.Note),
	)
}

func (r YearRange) input(id, label string, value int, isFrom bool) goapp.UI {
	return goapp.Label().For(id).Class("year").Body(
		goapp.Text(label+" "),
		goapp.Input().Type("number").ID(id).Min(r.Min).Max(r.Max).Step(1).Value(value).
			// Enter or leaving the field applies at once.
			OnChange(func(ctx goapp.Context, e goapp.Event) {
				typed++
				if from, to, ok := r.changed(isFrom, ctx.JSSrc().Get("value").String()); ok && r.OnChange != nil {
					r.OnChange(ctx, from, to)
				}
			}).
			// Typing applies a whole year once the reader pauses, so the
			// charts follow without waiting for Enter.
			OnInput(func(ctx goapp.Context, e goapp.Event) {
				typed++
				mine, value := typed, ctx.JSSrc().Get("value").String()
				if len(value) < 4 {
					return // part of a year
				}
				ctx.After(typingPause, func(ctx goapp.Context) {
					if mine != typed {
						return // a later keystroke will apply
					}
					if from, to, ok := r.changed(isFrom, value); ok && r.OnChange != nil {
						r.OnChange(ctx, from, to)
					}
				})
			}),
	)
}

// changed is the pair after the from (or to) input was set to value; a value
// that is not a whole number (an emptied field) changes nothing. The other
// year is read from its input: go-app keeps the first handler it was given
// (same code, same handler), so r's own years may be a render behind.
func (r YearRange) changed(isFrom bool, value string) (from, to int, ok bool) {
	year, err := strconv.Atoi(value)
	if err != nil {
		return 0, 0, false
	}
	from, to = r.From, r.To
	other := "year-to"
	if !isFrom {
		other = "year-from"
	}
	if el := goapp.Window().GetElementByID(other); el.Truthy() {
		if v, err := strconv.Atoi(el.Get("value").String()); err == nil {
			if isFrom {
				to = v
			} else {
				from = v
			}
		}
	}
	if isFrom {
		from = year
	} else {
		to = year
	}
	return from, to, true
}
