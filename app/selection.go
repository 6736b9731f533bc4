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

func firstOf(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// withSelection is a copy of a view's state that selects ref, a figure or an
// event id (clicked in a chart), or nil when the view cannot select it.
// Selecting one kind clears the other, so a link names one selection.
func withSelection(state any, d *data.Dataset, ref string) any {
	next, fig, event := selectable(state)
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

// selectable copies a view's state and points at its selection fields (nil
// where the view has none).
func selectable(state any) (next any, fig, event *string) {
	switch s := state.(type) {
	case *urlstate.Overview:
		n := *s
		return &n, &n.Fig, nil
	case *urlstate.Legal:
		n := *s
		return &n, &n.Fig, &n.Event
	case *urlstate.Trade:
		n := *s
		return &n, &n.Fig, nil
	case *urlstate.Energy:
		n := *s
		return &n, &n.Fig, &n.Event
	case *urlstate.Diplomacy:
		n := *s
		return &n, nil, &n.Event
	case *urlstate.Timeline:
		n := *s
		return &n, nil, &n.Event
	case *urlstate.Sources:
		n := *s
		return &n, &n.Fig, nil
	}
	return nil, nil, nil
}
