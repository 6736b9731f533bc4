package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/format"
	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/data"
)

// A link may select one figure (fig=) or one event (event=). These helpers
// name the selection for the page title and warn when the id is unknown.

// figureTitle is "Label: value" for the selected figure, or "".
func figureTitle(d *data.Dataset, id, lang string) string {
	if f, ok := d.Figure(id); ok {
		return f.Label.In(lang) + ": " + format.Figure(*f, lang)
	}
	return ""
}

// eventTitle is "Event: title, date" for the selected event, or "".
func eventTitle(d *data.Dataset, id, lang string) string {
	if e, ok := d.Event(id); ok {
		return i18n.T(lang, "title.event") + ": " + e.Title.In(lang) + ", " + format.When(*e, lang)
	}
	return ""
}

// unknownFigure warns when a link names a figure the dataset lacks.
func unknownFigure(d *data.Dataset, id, lang string) goapp.UI {
	if _, ok := d.Figure(id); ok || id == "" {
		return nil
	}
	return unknownID("fig", id, "/sources", lang)
}

// unknownEvent warns when a link names an event the dataset lacks.
func unknownEvent(d *data.Dataset, id, lang string) goapp.UI {
	if _, ok := d.Event(id); ok || id == "" {
		return nil
	}
	return unknownID("event", id, urlstate.URL("/timeline", &urlstate.Timeline{}), lang)
}

// selectionTitle names the figure or the event the state selects, or "".
func selectionTitle(d *data.Dataset, s urlstate.State, lang string) string {
	fig, event := s.Selection()
	if fig != nil && *fig != "" {
		if t := figureTitle(d, *fig, lang); t != "" {
			return t
		}
	}
	if event != nil {
		return eventTitle(d, *event, lang)
	}
	return ""
}

// withSelection is a copy of a view's state that selects ref, a figure or an
// event id (clicked in a chart), or nil when the view cannot select it.
// Selecting one kind clears the other, so a link names one selection.
func withSelection(state urlstate.State, d *data.Dataset, ref string) urlstate.State {
	next := urlstate.Copy(state)
	fig, event := next.Selection()
	_, isFig := d.Figure(ref)
	_, isEvent := d.Event(ref)
	switch {
	case isFig && fig != nil:
		*fig = ref
		if event != nil {
			*event = ""
		}
	case isEvent && event != nil:
		*event = ref
		if fig != nil {
			*fig = ""
		}
	default:
		return nil
	}
	return next
}

// chartClicked is set when the reader selected something by clicking a
// chart: the page then keeps the chart where it is instead of scrolling to
// the selected card or row (a link's selection is scrolled to, as before).
var chartClicked bool

// scrollUnlessClicked scrolls to the selection unless it came from a click
// on a chart, and forgets the click. After a click only the details under
// the chart (chart_selection.go) are brought in, as little as they need, so
// the chart moves no further than that.
func scrollUnlessClicked() {
	if serverScrolled() {
		return
	}
	if chartClicked {
		chartClicked = false
		scrollIn(".chart-selected", "nearest")
		return
	}
	scrollToSelection()
}
