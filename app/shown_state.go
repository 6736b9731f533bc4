package app

import (
	"bilateral/app/urlstate"
	"bilateral/data"
)

// ShownState is the state a view shows for s, as the app writes it: what a
// link asked for that the dataset cannot give is left out (an unknown
// figure, event or category; a year outside the data, which the view
// replaces by the nearest and says so). It names the page in its canonical
// link, og:url and link preview, so a link with a typo unfurls as what it
// shows and every such variant points a crawler at one address; the page
// cache keeps only pages whose state is the one shown
// (server/pagecache.Canonical).
func ShownState(d *data.Dataset, v View, s urlstate.State) urlstate.State {
	c := urlstate.Copy(s)
	fig, event := c.Selection()
	if fig != nil && *fig != "" {
		if _, ok := d.Figure(*fig); !ok {
			*fig = ""
		}
	}
	if event != nil && *event != "" {
		if _, ok := d.Event(*event); !ok {
			*event = ""
		}
	}
	if v.shown != nil {
		v.shown(d, c)
	}
	return c
}

// shownBy is a view's own part of ShownState, for its state type P.
func shownBy[P urlstate.State](f func(*data.Dataset, P)) func(*data.Dataset, urlstate.State) {
	return func(d *data.Dataset, s urlstate.State) {
		if p, ok := s.(P); ok {
			f(d, p)
		}
	}
}
