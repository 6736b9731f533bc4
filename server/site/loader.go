//go:build !wasm

package site

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"regexp"

	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/data"
)

// appJS is go-app's loader script: it fetches the Wasm and writes its
// progress with Handler.LoadingLabel, one label for the handler.
const appJS = "/app.js"

// loadingLabel is go-app's progress label in lang ({progress} is the
// percentage).
func loadingLabel(lang string) string {
	return i18n.T(lang, "app.loading") + " {progress}%"
}

// loaderScripts are the languages other than the default with their own
// app.js (/ru/app.js): go-app's, saying its progress in that language.
// Pages in those languages load theirs (loaderLabel), the worker keeps them
// for offline use (pwa.go) and the export writes them.
func loaderScripts(d *data.Dataset) []string {
	var paths []string
	for _, lang := range prefixedLanguages(d) {
		paths = append(paths, urlstate.WithLang(lang, appJS))
	}
	return paths
}

// routeLoaderScripts serves each language's app.js: go-app's own, as pages
// serves it, with the label's string literal in that language.
func routeLoaderScripts(mux *http.ServeMux, pages http.Handler, d *data.Dataset) {
	for _, path := range loaderScripts(d) {
		lang, _ := urlstate.SplitLang(path)
		mux.HandleFunc("GET "+path, func(w http.ResponseWriter, r *http.Request) {
			req := r.Clone(r.Context())
			req.URL.Path, req.URL.RawPath, req.RequestURI = appJS, "", appJS
			req.Header.Del("Accept-Encoding") // the site's encoder compresses the answer
			rec := httptest.NewRecorder()
			pages.ServeHTTP(rec, req)
			body := rec.Body.Bytes()
			if rec.Code == http.StatusOK {
				body = localizeLoaderScript(body, lang)
			}
			for k, v := range rec.Header() {
				if k != "Content-Length" {
					w.Header()[k] = v
				}
			}
			w.WriteHeader(rec.Code)
			w.Write(body)
		})
	}
}

// localizeLoaderScript puts lang's label in the string literal go-app wrote
// the default language's into (const goappLoadingLabel = "…").
func localizeLoaderScript(script []byte, lang string) []byte {
	quoted := func(s string) []byte { b, _ := json.Marshal(s); return b }
	en := []byte(`"` + loadingLabel(i18n.Default) + `"`)
	return bytes.Replace(script, en, quoted(loadingLabel(lang)), 1)
}

// appScript is the page's <script src="…/app.js">, after any site prefix.
var appScript = regexp.MustCompile(`(<script[^>]* src="[^"]*?)` + regexp.QuoteMeta(appJS) + `"`)

// withLoaderScript makes a page in lang load lang's app.js.
func withLoaderScript(page []byte, lang string) []byte {
	if lang == i18n.Default {
		return page
	}
	repl := []byte("${1}" + urlstate.WithLang(lang, appJS) + `"`)
	loc := appScript.FindSubmatchIndex(page)
	if loc == nil {
		return page
	}
	out := appScript.Expand(nil, repl, page, loc)
	return append(page[:loc[0]:loc[0]], append(out, page[loc[1]:]...)...)
}
