// Package app is the Bilateral go-app application: its routes, views and
// view state. go-app's own package is imported as goapp everywhere.
package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// Register tells go-app which component answers which path. It runs in both
// the server (for prerendering) and the Wasm client; in the client it also
// loads the dataset, so go-app's first render already has it.
func Register() {
	loadDatasetFirst()
	for _, v := range Views {
		goapp.Route(v.Path, v.page)
	}
	goapp.RouteWithRegexp("^"+EmbedPrefix+"[a-z]+$", func() goapp.Composer { return &embedPage{} })
	// Registered last so the views above win; it catches every other path.
	goapp.RouteWithRegexp("^/", func() goapp.Composer { return &notFoundPage{} })
}
