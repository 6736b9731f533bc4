//go:build !wasm

package assets

import (
	"net/http"
	"path"
	"strings"
)

// Router answers the asset URLs itself and passes everything else to
// next (go-app's pages and what the mux routes):
//
//	/web/NAME             a file of web/, no-cache + ETag
//	/VERSION/web/NAME     the same, immutable (this build's version only)
//	/OTHER-VERSION/web/NAME  the same, no-cache: a page of an earlier build
//	/app.wasm, /goapp.wasm   go-app's names for web/app.wasm
//	/favicon.ico          web/icons/favicon-32.png (browsers ask for it)
//	/robots.txt, /sitemap.xml, /ads.txt  web/NAME if it exists, else the
//	                      site's own (Generated: made on -domain), else 404
//	                      (go-app would fetch them from the Host header's
//	                      site and cache the answer for everyone); under
//	                      any other prefix always 404
//	/VERSION/anything else  404: go-app would answer it as at the root
//	DATASET               the dataset, no-cache + ETag
//
// A missing file under /web/ is a plain 404, never the app shell.
type Router struct {
	Assets  *Set
	Dataset *Asset
	Version func() string // the build version, read per request (set late)
	Next    http.Handler
	// Generated answers an alias name (robots.txt, sitemap.xml) web/ has
	// no file of: files the site makes itself.
	Generated map[string]*Asset
}

var assetAliases = map[string]string{
	"/app.wasm":    "app.wasm",
	"/goapp.wasm":  "app.wasm",
	"/favicon.ico": "icons/favicon-32.png",
	"/robots.txt":  "robots.txt",
	"/sitemap.xml": "sitemap.xml",
	"/ads.txt":     "ads.txt",
}

func (ar *Router) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	if ar.Dataset != nil && p == "/"+ar.Dataset.name {
		Serve(w, r, ar.Dataset, NoCache)
		return
	}
	if name, ok := assetAliases[p]; ok {
		if a := ar.Generated[name]; a != nil && ar.Assets.byName[name] == nil {
			Serve(w, r, a, NoCache)
			return
		}
		ar.serveNamed(w, r, name, NoCache)
		return
	}
	if name, ok := strings.CutPrefix(p, "/web/"); ok {
		ar.serveNamed(w, r, name, NoCache)
		return
	}
	if v, rest, ok := strings.Cut(strings.TrimPrefix(p, "/"), "/"); ok && (LooksLikeVersion(v) || v == ar.Version()) {
		name, ok := strings.CutPrefix(rest, "web/")
		if !ok {
			// go-app strips its version prefix and answers the rest as at
			// the root, proxy files included: nothing but web/ is ours here.
			NotFound(w)
			return
		}
		cc := NoCache
		if cur := ar.Version(); v == cur && cur != "dev" {
			cc = immutable
		}
		ar.serveNamed(w, r, name, cc)
		return
	}
	if proxyNames[path.Base(p)] {
		// Under any other prefix these are not ours either: go-app must
		// never see a name it would fetch from the Host header's site.
		NotFound(w)
		return
	}
	ar.Next.ServeHTTP(w, r)
}

// proxyNames are the files go-app fetches from the request's Host and
// caches for everyone (its ProxyResources defaults).
var proxyNames = map[string]bool{"robots.txt": true, "sitemap.xml": true, "ads.txt": true}

// NotFound is the plain 404 of a path that is not one of our files.
func NotFound(w http.ResponseWriter) {
	h := w.Header()
	h.Del("ETag")
	h.Set("Cache-Control", NoCache)
	h.Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	w.Write([]byte("404 page not found\n"))
}

func (ar *Router) serveNamed(w http.ResponseWriter, r *http.Request, name, cacheControl string) {
	a, ok := ar.Assets.byName[name]
	if !ok {
		NotFound(w)
		return
	}
	Serve(w, r, a, cacheControl)
}

// LooksLikeVersion reports whether a first path segment can be a build
// version: the Makefile's 12 hex digits, go-app's 40, "dev-" + 12 for a
// plain go build, each possibly with "-data-" + 8 for a -data file.
func LooksLikeVersion(s string) bool {
	if len(s) < 8 || len(s) > 80 {
		return false
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'z', c == '-':
		default:
			return false
		}
	}
	return digits > 0
}

// Handler serves /web/NAME from set (go-app's Resources).
func Handler(set *Set) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name, ok := strings.CutPrefix(r.URL.Path, "/web/")
		a := set.byName[name]
		if !ok || a == nil {
			http.NotFound(w, r)
			return
		}
		Serve(w, r, a, NoCache)
	})
}

// IsAssetPath reports whether p names a static asset rather than a page.
func IsAssetPath(p string) bool {
	if strings.HasPrefix(p, "/web/") {
		return true
	}
	if _, ok := assetAliases[p]; ok {
		return true
	}
	v, rest, ok := strings.Cut(strings.TrimPrefix(p, "/"), "/")
	return ok && LooksLikeVersion(v) && strings.HasPrefix(rest, "web/")
}
