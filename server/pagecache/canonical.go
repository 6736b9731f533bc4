//go:build !wasm

package pagecache

import (
	"net/url"
	"slices"
	"strings"

	"bilateral/app"
	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/data"
)

// Canonical decides which page addresses may be kept: a view's path or an
// embed's, with the query exactly as the app itself writes it (parameters
// in order, defaults left out, nothing it would report), naming only
// charts the dataset has and, for a view, the very state it shows
// (app.ShownState: no unknown figure, event or category, no year outside
// the data), so a kept page's canonical link is its own address. That set
// is finite for a dataset, so however many variants strangers send, the
// cache only ever holds pages a reader can reach from the site's own links.
type Canonical struct {
	d      *data.Dataset
	charts map[string]string // chart id → its view's name, for embeds
}

// NewCanonical knows d's ids and charts.
func NewCanonical(d *data.Dataset) (*Canonical, error) {
	built, err := app.AllCharts(d, "en")
	if err != nil {
		return nil, err
	}
	c := &Canonical{d: d, charts: map[string]string{}}
	for _, b := range built {
		c.charts[b.ID] = b.View
	}
	return c, nil
}

// Page is u's path and query when u is a canonical page address.
func (c *Canonical) Page(u *url.URL) (string, bool) {
	if u.RawPath != "" || u.Fragment != "" || u.ForceQuery {
		return "", false
	}
	// A language prefix is canonical only as the app writes it ("/ru/…",
	// the Overview "/ru/") and only for a language the site offers.
	lang, path := urlstate.SplitLang(u.Path)
	if lang != "" && (lang == i18n.Default || !slices.Contains(app.OfferedBy(c.d), lang) || urlstate.WithLang(lang, path) != u.Path) {
		return "", false
	}
	var state urlstate.State
	var chart *urlstate.Embed
	if name, ok := strings.CutPrefix(path, app.EmbedPrefix); ok {
		if _, known := app.ViewNamed(name); !known {
			return "", false
		}
		chart = &urlstate.Embed{}
		if !c.exact(u.RawQuery, chart) || c.charts[chart.Chart] != name {
			return "", false
		}
	} else {
		v, ok := c.view(path)
		if !ok {
			return "", false
		}
		state = v.NewState()
		if !c.exact(u.RawQuery, state) || urlstate.Format(app.ShownState(c.d, v, state)) != u.RawQuery {
			return "", false
		}
	}
	if u.RawQuery == "" {
		return u.Path, true
	}
	return u.Path + "?" + u.RawQuery, true
}

func (c *Canonical) view(path string) (app.View, bool) {
	for _, v := range app.Views {
		if v.Path == path {
			return v, true
		}
	}
	return app.View{}, false
}

// exact parses rawQuery into state and reports whether it parsed without
// a notice and is already how the app writes that state.
func (c *Canonical) exact(rawQuery string, state any) bool {
	return len(urlstate.Parse(rawQuery, state)) == 0 && urlstate.Format(state) == rawQuery
}
