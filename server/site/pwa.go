//go:build !wasm

package site

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io/fs"
	"net/http"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app"
	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/data"
	"bilateral/web"
)

// Installable, offline and updatable: the web app manifest, our own service
// worker, the icon links and the loader's style, all added to go-app's
// handler by setupPWA. The same code serves the static export
// (server/export), where every URL carries the site's path prefix.

// Icons (web/icons/, drawn by tools/icons); the 192 px one is app.BrandIcon.
const (
	iconSVG        = "/web/icons/icon.svg"
	icon512        = "/web/icons/icon-512.png"
	iconMaskable   = "/web/icons/icon-maskable-512.png"
	iconApple      = "/web/icons/apple-touch-icon.png"
	iconFavicon    = "/web/icons/favicon-32.png"
	pwaStylesheet  = "/web/pwa.css"
	manifestLegacy = "/manifest.json"
)

// setupPWA completes go-app's handler h and routes the manifest on mux. It
// runs before h serves anything (go-app reads its fields once, on the first
// request). Where the site lives and how it is delivered (o.Prefix,
// o.Export) are set by the -export mode, left empty by the server.
func setupPWA(mux *http.ServeMux, h *goapp.Handler, o Options) {
	h.Version = pwaVersion(h.Version, o.Raw)

	// go-app links Icon.Maskable as the apple-touch-icon; iOS wants the
	// 180×180 icon with its own margins there. The manifest is ours, so the
	// maskable icon still reaches it (and the worker's cache, below).
	h.Icon.Maskable = iconApple

	// Everything the app needs offline, beside what go-app already lists
	// (the shell "/", app.js, wasm_exec.js, app.css, the Wasm, the manifest,
	// icons; our stylesheets are in the pages, inline.go): every view's page, so each opens offline as
	// itself, and the dataset (already in CacheableResources), so it changes
	// with the version.
	cache := []string{iconSVG, iconMaskable, iconApple, iconFavicon, app.DatasetPath}
	cache = append(cache, loaderScripts(o.Dataset)...) // each language's loader (loader.go)
	// and its manifest, which its pages link (go-app lists the default's)
	for _, lang := range prefixedLanguages(o.Dataset) {
		cache = append(cache, urlstate.WithLang(lang, app.ManifestPath))
	}
	// Each view in each language opens offline.
	for _, p := range viewPages(o.Dataset) {
		if p != "/" { // go-app lists the shell
			cache = append(cache, pagePath(p, o.Export))
		}
	}
	h.CacheableResources = appendMissing(h.CacheableResources, cache...)

	h.RawHeaders = append(h.RawHeaders,
		`<link rel="icon" type="image/png" sizes="32x32" href="`+iconFavicon+`">`)
	if o.Export {
		h.RawHeaders = append(h.RawHeaders, trailingSlashFix(o.Prefix))
	}

	h.ServiceWorkerTemplate = serviceWorker(o.Dataset)

	if o.Prefix != "" {
		// go-app resolves every href and src of the prerendered page, the
		// Wasm, worker and static-resource URLs through Resources; raw
		// headers are written as they are, so they get the prefix here.
		if res, ok := h.Resources.(embeddedResources); ok {
			h.Resources = prefixedResources{embeddedResources: res, prefix: o.Prefix}
		}
		for i, raw := range h.RawHeaders {
			h.RawHeaders[i] = prefixRawURLs(raw, o.Prefix)
		}
	}

	manifest := manifestHandler(buildManifest(h, o.Prefix, i18n.Default))
	mux.Handle("GET "+app.ManifestPath, manifest)
	mux.Handle("GET "+manifestLegacy, manifest)
	// A manifest per language, which each language's pages link to
	// (languages.go): the installed app starts, and its shortcuts open, in
	// the language it was installed from.
	for _, lang := range prefixedLanguages(o.Dataset) {
		mux.Handle("GET "+urlstate.WithLang(lang, app.ManifestPath), manifestHandler(buildManifest(h, o.Prefix, lang)))
	}
}

// viewPages are the addresses of every view's page in every language the
// dataset offers, the default language's first: what the worker stores
// for offline use and the server makes once at start (warm_pages.go).
func viewPages(d *data.Dataset) []string {
	var pages []string
	for _, lang := range app.OfferedBy(d) {
		for _, v := range app.Views {
			if lang == i18n.Default {
				pages = append(pages, v.Path)
			} else {
				pages = append(pages, urlstate.WithLang(lang, v.Path))
			}
		}
	}
	return pages
}

// pwaVersion is the version the worker's cache is named after. A build from
// the Makefile has a content hash; a plain `go build` says "dev", which would
// never change, so it gets a hash of what it serves. A -data file other than
// the embedded dataset adds its own hash: the cached dataset follows it.
func pwaVersion(v string, dataset []byte) string {
	if v == "" || v == "dev" {
		h := sha256.New()
		files := web.FS()
		fs.WalkDir(files, ".", func(name string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			b, err := fs.ReadFile(files, name)
			if err == nil {
				h.Write([]byte("web/" + name + "\x00"))
				h.Write(b)
			}
			return nil
		})
		h.Write(web.WorkerTemplate()) // not in FS: served filled, not as a file
		h.Write(dataset)
		return "dev-" + hex.EncodeToString(h.Sum(nil))[:12]
	}
	if !bytes.Equal(dataset, data.Default) {
		sum := sha256.Sum256(dataset)
		v += "-data-" + hex.EncodeToString(sum[:])[:8]
	}
	return v
}

func appendMissing(list []string, add ...string) []string {
	for _, a := range add {
		found := false
		for _, l := range list {
			if strings.Fields(l)[0] == a {
				found = true
				break
			}
		}
		if !found {
			list = append(list, a)
		}
	}
	return list
}

// pagePath is the URL the worker precaches a view's page at: its path, or
// in an export the directory the page's index.html is in ("/trade/"),
// which a static host serves as it is (it redirects "/trade" there, and the
// worker stores no redirected response).
func pagePath(p string, export bool) string {
	if export && !strings.HasSuffix(p, "/") {
		return p + "/"
	}
	return p
}

// serviceWorker is the worker's template for go-app (web.WorkerTemplate,
// web/app-worker.js, which says what it does and why it is not Workbox)
// with the worker's own placeholder filled: the path prefixes of the
// languages other than the default (a JSON list), by which it tells a
// page's language. go-app fills the rest and serves it as /app-worker.js.
func serviceWorker(d *data.Dataset) string {
	b := web.WorkerTemplate()
	list, _ := json.Marshal(prefixedLanguages(d)) // language codes: letters only (i18n)
	return strings.Replace(string(b), "{{.Languages}}", string(list), 1)
}
