package app

import (
	"fmt"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/components"
)

// yearEdits follows the reader's year edits on one view. The first edit
// adds a history entry, so Back returns to the years before it (and never
// off the site); later edits replace that entry, so stepping through years
// does not fill the history. It also keeps the note that says how the
// years typed were changed.
type yearEdits struct {
	pushed bool
	note   string
}

// control offers the years [lo, hi]; set receives the reader's choice
// bounded, ordered, with the full span written as 0 (open), and whether to
// push it as a new history entry.
func (y *yearEdits) control(lo, hi, from, to int, lang string, set func(ctx goapp.Context, from, to int, push bool)) goapp.UI {
	return components.YearRange{
		Legend: i18n.T(lang, "filter.years"), FromLabel: i18n.T(lang, "filter.from"), ToLabel: i18n.T(lang, "filter.to"),
		Min: lo, Max: hi, From: from, To: to, Note: y.note,
		OnChange: func(ctx goapp.Context, from, to int) {
			y.note = yearsNote(from, to, lo, hi, lang)
			of, ot := urlstate.OpenYears(from, to, lo, hi)
			push := !y.pushed
			y.pushed = true
			set(ctx, of, ot, push)
		},
	}.UI()
}

// applyYears is control's set for a view whose state is st: the first edit
// navigates to a copy with the new years (a history entry); later ones
// change st itself and replace the URL in place.
func applyYears(p *page, st urlstate.Ranged) func(ctx goapp.Context, from, to int, push bool) {
	set := func(s urlstate.Ranged, from, to int) {
		f, t := s.Years()
		*f, *t = from, to
	}
	return func(ctx goapp.Context, from, to int, push bool) {
		if push {
			next := urlstate.Copy(st)
			set(next, from, to)
			p.navigate(ctx, next)
			return
		}
		set(st, from, to)
		p.replace(ctx, st)
	}
}

// yearsNote says how the pair typed was changed to fit the data and be in
// order, or is empty when it was used as typed.
func yearsNote(from, to, lo, hi int, lang string) string {
	cf, ct := urlstate.ClampYears(from, to, lo, hi)
	switch {
	case cf == from && ct == to:
		return ""
	case from > to && from >= lo && from <= hi && to >= lo && to <= hi:
		return fmt.Sprintf(i18n.T(lang, "filter.swapped"), cf, ct)
	}
	return fmt.Sprintf(i18n.T(lang, "filter.clamped"), lo, hi, cf, ct)
}
