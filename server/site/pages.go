//go:build !wasm

package site

import (
	"bytes"
	"crypto/sha256"
	"html"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"bilateral/app"
	"bilateral/app/urlstate"
	"bilateral/components"
	"bilateral/server/encoding"
	"bilateral/server/pagecache"
	"bilateral/server/security"
)

// Which origin a page names in its canonical link and social tags (which
// Host headers are answered at all is security.RequireAllowedHost's).
//
// go-app writes those URLs as "https://" + Handler.Domain + path: with
// -domain that is right (the Overview's root lacks its slash); without it,
// "https:///trade" and, for the Overview, "https://". pageMeta rewrites the
// start of each: to https://DOMAIN/ with -domain; to the request's own
// origin only when -allowed-hosts lists its Host (an attacker's Host never
// reaches a page); else to "/", a root-relative URL with no host in it.

// pageBase is what replaces go-app's "https://"+domain at the start of an
// absolute URL in a page (see above); it ends with a slash.
func pageBase(r *http.Request, domain string, hosts security.AllowedHosts) string {
	switch {
	case domain != "":
		return "https://" + domain + "/"
	case len(hosts) > 0 && hosts.Allows(r.Host):
		scheme := "http://"
		if r.TLS != nil {
			scheme = "https://"
		}
		// Only a listed name with a numeric port, if any, gets here
		// (AllowedHosts.Allows); escaped all the same, as it is written
		// into attributes.
		return html.EscapeString(scheme + strings.ToLower(r.Host) + "/")
	}
	return "/"
}

// pageHandler wraps go-app's handler: pages get their URLs completed (see
// pageMeta), every answer of go-app an ETag that names its bytes, and
// unknown paths a 404 status (notFoundStatus). go-app's own ETag is its
// version, the same for every path, and it answers 304 to it for any path;
// so If-None-Match never reaches go-app, and pageMeta compares it here.
func pageHandler(pages http.Handler, domain string, hosts security.AllowedHosts, version string) http.Handler {
	goappCSS := goappStylesheet(pages)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		inm := r.Header.Get("If-None-Match")
		if inm != "" {
			r = r.Clone(r.Context())
			r.Header.Del("If-None-Match")
		}
		if !utf8.ValidString(r.URL.Path) {
			// Only a not-found page has such a path, and it writes the path
			// (its og:url, its message): as U+FFFD, as the query's values
			// are, never raw bytes into a UTF-8 page.
			r = r.Clone(r.Context())
			r.URL.Path, r.URL.RawPath = strings.ToValidUTF8(r.URL.Path, "\uFFFD"), ""
		}
		if !goappResources[r.URL.Path] {
			background := fetchedInBackground(r)
			if !renderSlots.take(r.Context(), background) {
				return // the reader left before its turn
			}
			defer renderSlots.give(background)
		}
		meta := &pageMeta{ResponseWriter: w, domain: domain, base: pageBase(r, domain, hosts), version: version, ifNoneMatch: inm, path: r.URL.Path, goappCSS: goappCSS}
		pages.ServeHTTP(&notFoundStatus{ResponseWriter: meta, path: r.URL.Path}, r)
		meta.finish()
		// A chart left undrawn (its drawing failed or ran out of time, as
		// under a burst of cold pages) is drawn again for the next reader.
		if components.ServerDrawings != nil && meta.status == http.StatusOK && components.Undrawn(meta.buf.Bytes()) {
			pagecache.DoNotKeep(r)
		}
	})
}

// goappResources are the files go-app makes once at start and answers from
// memory (its Handler.initPWAResources, with go-app patch 4's compiler
// worker, and the names it maps onto them); every other path it answers is
// a page it renders. They take no render slot: under a burst of uncached
// pages (a service worker's install fetches them all) a page's own scripts
// must not wait behind the renders. (Their /VERSION/ forms never reach
// go-app: server/assets answers them 404.)
var goappResources = map[string]bool{
	"/app.js": true, "/goapp.js": true, "/wasm_exec.js": true, "/app-wasm-compiler.js": true,
	"/app-worker.js": true, "/manifest.webmanifest": true, "/manifest.json": true, "/app.css": true,
}

// pageMeta buffers what go-app answers (pages and its small scripts, all
// made in memory), completes the URLs of a page, and sets the ETag.
type pageMeta struct {
	http.ResponseWriter
	domain      string
	base        string
	version     string // the site's, for the preview picture's address
	ifNoneMatch string
	path        string // the request's, for the page's language (languages.go)
	goappCSS    []byte // go-app's /app.css, to put in the page (inline.go)
	buf         bytes.Buffer
	status      int
}

var (
	// go-app writes rel and property first (patch 24); either order is
	// matched all the same.
	canonical = regexp.MustCompile(`<link (?:rel="canonical" href="([^"]*)"|href="([^"]*)" rel="canonical")>`)
	ogURL     = regexp.MustCompile(`<meta (?:property="og:url" content="[^"]*"|content="[^"]*" property="og:url")>`)
)

func (w *pageMeta) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
}

func (w *pageMeta) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.buf.Write(b)
}

// finish writes the buffered answer: a page with its URLs completed, and
// for a 200 an ETag of the bytes sent, honouring If-None-Match.
func (w *pageMeta) finish() {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	h := w.Header()
	body := w.buf.Bytes()
	if strings.HasPrefix(h.Get("Content-Type"), "text/html") {
		body = withVersion(inlineGoappCSS(w.completeURLs(body), w.goappCSS), w.version) // page_version.go
		if h.Get("Content-Type") == "text/html" {
			h.Set("Content-Type", "text/html; charset=utf-8")
		}
	}
	h.Del("ETag")
	if w.status == http.StatusOK {
		sum := sha256.Sum256(body)
		etag := encoding.ETag(sum[:])
		h.Set("ETag", etag)
		if encoding.ETagMatch(w.ifNoneMatch, etag) {
			h.Del("Content-Length")
			h.Del("Content-Type")
			w.ResponseWriter.WriteHeader(http.StatusNotModified)
			return
		}
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.ResponseWriter.WriteHeader(w.status)
	w.ResponseWriter.Write(body)
}

// completeURLs puts the base before go-app's absolute URLs and sets og:url
// to the canonical link, which carries the view's state, so a shared deep
// link unfurls as itself.
func (w *pageMeta) completeURLs(page []byte) []byte {
	start := `"https://` + w.domain
	page = bytes.ReplaceAll(page, []byte(start+`"`), []byte(`"`+w.base+`"`)) // the root
	page = bytes.ReplaceAll(page, []byte(start+`/`), []byte(`"`+w.base))
	if w.base != "/" {
		page = bytes.ReplaceAll(page, []byte(app.EmbedOriginMark), []byte(strings.TrimSuffix(w.base, "/")))
	}
	href := ""
	if m := canonical.FindSubmatch(page); m != nil {
		href = string(m[1]) + string(m[2])
		if fixed := languageRootSlash(href, w.path); fixed != href {
			href = fixed
			page = canonical.ReplaceAllLiteral(page, []byte(`<link rel="canonical" href="`+href+`">`))
		}
		page = ogURL.ReplaceAllLiteral(page, []byte(`<meta property="og:url" content="`+href+`">`))
	}
	page = localize(page, href, w.path) // <html lang>, hreflang, og:locale (languages.go)
	page = previewMeta(page, w.version) // og:image:* (previews.go)
	return page
}

// languageRootSlash gives back the trailing slash go-app takes off a link
// it completes (resolveOGResource) when the page is a language's
// Overview: "/ru/" came out "/ru", while the page's hreflang alternates,
// its language switch, the sitemap and a static host (ru/index.html) all
// name it "/ru/", and a canonical link that differs from them tells a
// crawler the two are different pages.
func languageRootSlash(href, path string) string {
	lang, rest := urlstate.SplitLang(path)
	if lang == "" || rest != "/" {
		return href
	}
	u, query, hasQuery := strings.Cut(href, "?")
	if strings.HasSuffix(u, "/") {
		return href
	}
	u += "/"
	if hasQuery {
		u += "?" + query
	}
	return u
}
