//go:build !wasm

package site

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io/fs"
	"net/http"
	"regexp"
	"strconv"
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

// Icons beyond go-app's Handler.Icon (web/icons/, drawn by tools/icons).
const (
	iconSVG        = "/web/icons/icon.svg"
	icon192        = "/web/icons/icon-192.png"
	icon512        = "/web/icons/icon-512.png"
	iconMaskable   = "/web/icons/icon-maskable-512.png"
	iconApple      = "/web/icons/apple-touch-icon.png"
	iconFavicon    = "/web/icons/favicon-32.png"
	pwaStylesheet  = "/web/pwa.css"
	ManifestPath   = "/manifest.webmanifest"
	manifestLegacy = "/manifest.json"
)

// shortcutViews are offered as shortcuts on the installed app's icon.
var shortcutViews = app.Shortcuts()

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

	h.Styles = append(h.Styles, pwaStylesheet)

	// Everything the app needs offline, beside what go-app already lists
	// (the shell "/", app.js, wasm_exec.js, app.css, the Wasm, the manifest,
	// icons, Styles, Scripts): every view's page, so each opens offline as
	// itself, and the dataset (already in CacheableResources), so it changes
	// with the version.
	cache := []string{iconSVG, iconMaskable, iconApple, iconFavicon, app.DatasetPath}
	for _, lang := range app.OfferedBy(o.Dataset) {
		for _, v := range app.Views {
			if lang != i18n.Default { // each view in each language opens offline
				cache = append(cache, pagePath(urlstate.WithLang(lang, v.Path), o.Export))
			} else if v.Path != "/" {
				cache = append(cache, pagePath(v.Path, o.Export))
			}
		}
	}
	h.CacheableResources = appendMissing(h.CacheableResources, cache...)

	h.RawHeaders = append(h.RawHeaders,
		`<link rel="icon" type="image/png" sizes="32x32" href="`+iconFavicon+`">`)
	if o.Export {
		h.RawHeaders = append(h.RawHeaders, trailingSlashFix(o.Prefix))
	}

	h.ServiceWorkerTemplate = serviceWorker()

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
	mux.Handle("GET "+ManifestPath, manifest)
	mux.Handle("GET "+manifestLegacy, manifest)
	// A manifest per language, which each language's pages link to
	// (languages.go): the installed app starts, and its shortcuts open, in
	// the language it was installed from.
	for _, lang := range app.OfferedBy(o.Dataset) {
		if lang != i18n.Default {
			mux.Handle("GET "+urlstate.WithLang(lang, ManifestPath), manifestHandler(buildManifest(h, o.Prefix, lang)))
		}
	}
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

// prefixedResources serves /web/ from the binary like embeddedResources, and
// resolves every root-relative URL under prefix: "/web/app.wasm" becomes
// "/bilateral/web/app.wasm", "/trade" "/bilateral/trade" and "/" the
// directory "/bilateral/" (the worker's scope, which "/bilateral" is not).
// go-app's client then strips the prefix before routing (GOAPP_ROOT_PREFIX).
type prefixedResources struct {
	embeddedResources
	prefix string
}

func (p prefixedResources) Resolve(location string) string {
	switch {
	case location == "" || location == "/":
		return p.prefix + "/"
	case strings.HasPrefix(location, "//"):
		return location
	case strings.HasPrefix(location, "/"):
		return p.prefix + location
	case location == "web" || strings.HasPrefix(location, "web/"):
		return p.prefix + "/" + location
	}
	return location // https://…, #fragment, mailto:, relative
}

var rawURLAttr = regexp.MustCompile(`(\s(?:href|src)=")(/[^"]*)"`)

// prefixRawURLs puts prefix before the root-relative href and src values of
// a raw header.
func prefixRawURLs(raw, prefix string) string {
	return rawURLAttr.ReplaceAllStringFunc(raw, func(m string) string {
		s := rawURLAttr.FindStringSubmatch(m)
		if strings.HasPrefix(s[2], "//") {
			return m
		}
		return s[1] + prefix + s[2] + `"`
	})
}

// trailingSlashFix is for exported pages: a static host serves
// dist/trade/index.html for /trade by redirecting to /trade/, which is not
// a route. Before go-app starts, the address loses the trailing slash
// (keeping the query and fragment); the site's root keeps its slash, which
// the service worker's scope needs.
func trailingSlashFix(prefix string) string {
	root, _ := json.Marshal(prefix + "/")
	return `<script>(function(){var l=location,p=l.pathname;` +
		`if(p.length>1&&p.charAt(p.length-1)==="/"&&p!==` + string(root) + `){` +
		`history.replaceState(history.state,"",p.replace(/\/+$/,"")+l.search+l.hash);}})();</script>`
}

// manifest is the web app manifest (https://www.w3.org/TR/appmanifest/).
type manifest struct {
	ID              string             `json:"id"`
	Name            string             `json:"name"`
	ShortName       string             `json:"short_name"`
	Description     string             `json:"description"`
	Lang            string             `json:"lang"`
	Dir             string             `json:"dir"`
	StartURL        string             `json:"start_url"`
	Scope           string             `json:"scope"`
	Display         string             `json:"display"`
	ThemeColor      string             `json:"theme_color"`
	BackgroundColor string             `json:"background_color"`
	Icons           []manifestIcon     `json:"icons"`
	Shortcuts       []manifestShortcut `json:"shortcuts"`
}

type manifestIcon struct {
	Src     string `json:"src"`
	Sizes   string `json:"sizes"`
	Type    string `json:"type"`
	Purpose string `json:"purpose,omitempty"`
}

type manifestShortcut struct {
	Name      string         `json:"name"`
	ShortName string         `json:"short_name,omitempty"`
	URL       string         `json:"url"`
	Icons     []manifestIcon `json:"icons,omitempty"`
}

func buildManifest(h *goapp.Handler, prefix, lang string) manifest {
	root := prefix + "/"
	name, short, description := h.Name, h.ShortName, h.Description
	if lang != i18n.Default {
		name, short, description = i18n.T(lang, "app.name"), i18n.T(lang, "app.name"), i18n.T(lang, "app.description")
	}
	ulang := lang
	if lang == i18n.Default {
		ulang = ""
	}
	small := manifestIcon{Src: prefix + icon192, Sizes: "192x192", Type: "image/png", Purpose: "any"}
	m := manifest{
		ID:              root,
		Name:            name,
		ShortName:       short,
		Description:     description,
		Lang:            lang,
		Dir:             "ltr",
		StartURL:        prefix + urlstate.WithLang(ulang, "/"),
		Scope:           root,
		Display:         "standalone",
		ThemeColor:      themeColor,
		BackgroundColor: backgroundColor,
		Icons: []manifestIcon{
			small,
			{Src: prefix + icon512, Sizes: "512x512", Type: "image/png", Purpose: "any"},
			{Src: prefix + iconMaskable, Sizes: "512x512", Type: "image/png", Purpose: "maskable"},
			{Src: prefix + iconSVG, Sizes: "any", Type: "image/svg+xml", Purpose: "any"},
		},
	}
	for _, name := range shortcutViews {
		for _, v := range app.Views {
			if v.Name == name {
				m.Shortcuts = append(m.Shortcuts, manifestShortcut{
					Name:  v.Title(lang),
					URL:   prefix + urlstate.WithLang(ulang, v.Path),
					Icons: []manifestIcon{small},
				})
			}
		}
	}
	return m
}

func manifestHandler(m manifest) http.Handler {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		panic(err) // a struct of strings always encodes
	}
	sum := sha256.Sum256(b)
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Type", "application/manifest+json")
		h.Set("Cache-Control", "no-cache")
		h.Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		h.Set("Content-Length", strconv.Itoa(len(b)))
		w.Write(b)
	})
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

// workerFile is our service worker (web/app-worker.js, which says what it
// does and why it is not Workbox): go-app's Handler.ServiceWorkerTemplate,
// in which go-app puts the version and the resolved URLs to precache and
// which it serves as /app-worker.js.
const workerFile = "app-worker.js"

func serviceWorker() string {
	b, err := fs.ReadFile(web.FS(), workerFile)
	if err != nil {
		panic(err) // embedded with the binary
	}
	return string(b)
}
