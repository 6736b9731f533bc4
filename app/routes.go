// Package app is the Bilateral go-app application: its routes, views and
// view state. go-app's own package is imported as goapp everywhere.
package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/i18n"
)

// Register tells go-app which component answers which path. It runs in both
// the server (for prerendering) and the Wasm client; in the client it also
// loads the dataset, so go-app's first render already has it.
//
// Every view answers at its path in the default language and under each
// other language's prefix with the same path (/trade, /ru/trade, /az/trade;
// the overview at /, /ru/ and /ru). Only the interface's languages have
// routes, so /fr/trade falls through to the not-found page like any unknown
// path.
func Register() {
	loadDatasetFirst()
	for _, v := range Views {
		for _, p := range localPaths(v.Path) {
			goapp.Route(p, newViewHost)
		}
	}
	goapp.RouteFunc(isEmbedPath, func() goapp.Composer { return &embedPage{} })
	// Registered last so the views above win; it catches every other path.
	goapp.RouteFunc(func(path string) bool { return strings.HasPrefix(path, "/") }, func() goapp.Composer { return &notFoundPage{} })
}

// localPaths are a view path's addresses in every language.
func localPaths(path string) []string {
	var paths []string
	for _, lang := range i18n.Languages {
		if lang == i18n.Default {
			paths = append(paths, path)
			continue
		}
		paths = append(paths, "/"+lang+path)
		if path == "/" {
			paths = append(paths, "/"+lang)
		}
	}
	return paths
}

// isEmbedPath reports whether path is an embed page's address: EmbedPrefix
// and a lowercase name, under no language prefix or under another
// language's ("/ru/embed/trade"). Matched by hand, not by a regexp, so the
// Wasm links no regexp package (go-app patch 15).
func isEmbedPath(path string) bool {
	for _, lang := range i18n.Languages {
		if lang != i18n.Default && strings.HasPrefix(path, "/"+lang+EmbedPrefix) {
			path = path[len("/"+lang):]
			break
		}
	}
	name, ok := strings.CutPrefix(path, EmbedPrefix)
	if !ok || name == "" {
		return false
	}
	for i := 0; i < len(name); i++ {
		if name[i] < 'a' || name[i] > 'z' {
			return false
		}
	}
	return true
}
