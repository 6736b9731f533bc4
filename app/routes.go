// Package app is the Bilateral go-app application: its routes, views and
// view state. go-app's own package is imported as goapp everywhere.
package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// Register tells go-app which component answers which path. It runs in both
// the server (for prerendering) and the Wasm client.
func Register() {
	pages := map[string]func() goapp.Composer{
		"overview":  func() goapp.Composer { return &overviewPage{} },
		"legal":     func() goapp.Composer { return &legalPage{} },
		"trade":     func() goapp.Composer { return &tradePage{} },
		"energy":    func() goapp.Composer { return &energyPage{} },
		"diplomacy": func() goapp.Composer { return &diplomacyPage{} },
		"timeline":  func() goapp.Composer { return &timelinePage{} },
		"sources":   func() goapp.Composer { return &sourcesPage{} },
	}
	for _, v := range Views {
		goapp.Route(v.Path, pages[v.Name])
	}
	goapp.RouteWithRegexp("^"+EmbedPrefix+"[a-z]+$", func() goapp.Composer { return &embedPage{} })
	// Registered last so the views above win; it catches every other path.
	goapp.RouteWithRegexp("^/", func() goapp.Composer { return &notFoundPage{} })
}
