//go:build !wasm

package preview

import (
	"crypto/sha256"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"bilateral/app"
	"bilateral/app/i18n"
	"bilateral/data"
	"bilateral/internal/lru"
	"bilateral/server/encoding"
)

// Prefix starts every picture's address: /preview/<version>/<view>.png in
// the default language, /preview/<version>/<view>.<lang>.png in another
// ("trade.ru.png"), with the view's canonical state as the query (none for
// the plain view).
const Prefix = "/preview/"

// Cache bounds: a picture is 30–100 kB, so at most about 32 MB.
const (
	cacheItems = 400
	cacheBytes = 32 << 20
)

// Handler serves the pictures of the loaded dataset (app.Dataset), so a
// -data file gets its own. Version names the build and dataset; a picture
// at the current version never changes and is cached for good.
type Handler struct {
	version func() string
	// The pictures last asked for, least recently used dropped first: a
	// picture is made once per state and version, and a crawler walking
	// every state cannot grow the memory.
	cache   *lru.Cache[picture]
	drawing chan struct{} // at most this many pictures drawn at once
}

type picture struct {
	key  string
	png  []byte
	etag string
}

// New makes the handler; version is called per request (go-app settles
// the version when it first serves).
func New(version func() string) *Handler {
	return &Handler{
		version: version,
		cache:   lru.New(cacheItems, cacheBytes, func(p picture) int { return len(p.png) }),
		drawing: make(chan struct{}, 2),
	}
}

// Link names the picture of view v in the state query and language lang,
// without the version (the server adds it, Versioned), and says in lang
// what it shows; it is app.PreviewImage.
func Link(v app.View, lang, query string) (path, alt string) {
	d, _ := app.Dataset()
	if d == nil {
		return "", ""
	}
	p := app.PreviewOf(d, v, query, lang)
	path = Prefix + v.Name + ".png"
	if lang != i18n.Default {
		path = Prefix + v.Name + "." + lang + ".png"
	}
	if p.Query != "" {
		path += "?" + p.Query
	}
	return path, p.Alt(lang)
}

// pictureName reads "trade" or "trade.ru" off a picture's file name: the
// view's name and the language, which must be one the site offers.
func pictureName(name string) (view, lang string, ok bool) {
	view, lang, dotted := strings.Cut(name, ".")
	if !dotted {
		return view, i18n.Default, true
	}
	if lang == i18n.Default || !slices.Contains(app.Offered(), lang) {
		return "", "", false
	}
	return view, lang, true
}

// Versioned puts version into a picture's address from Link (which may be
// absolute or carry a site prefix by now).
func Versioned(link, version string) string {
	return strings.Replace(link, Prefix, Prefix+version+"/", 1)
}

// ServeHTTP answers /preview/<version>/<view>.png?<state>. A state it
// cannot use (unknown figure, event or parameter, a mangled query) gets
// the picture of what is left of it, at worst the view's own picture,
// never an error: a link unfurler shows nothing for an error. Only an
// address naming no view is a 404.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rest, _ := strings.CutPrefix(r.URL.Path, Prefix)
	ver, file, ok := strings.Cut(rest, "/")
	name, isPNG := strings.CutSuffix(file, ".png")
	name, lang, inLang := pictureName(name)
	v, known := app.PreviewView(name)
	d, _ := app.Dataset()
	switch {
	case !ok || !isPNG || !inLang || !known:
		http.Error(w, "404 no such picture", http.StatusNotFound)
		return
	case d == nil:
		http.Error(w, "503 the dataset is not loaded", http.StatusServiceUnavailable)
		return
	}
	current := h.version()
	query := app.PreviewQuery(d, v, r.URL.RawQuery)
	pic, err := h.picture(d, v, lang, current, query)
	if err != nil {
		http.Error(w, "500 the picture could not be drawn", http.StatusInternalServerError)
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", "image/png")
	hd.Set("ETag", pic.etag)
	// Made to be shown by other sites (a messenger's web client may load
	// it straight from here), unlike the rest of the site.
	hd.Set("Cross-Origin-Resource-Policy", "cross-origin")
	if ver == current && r.URL.RawQuery == query {
		hd.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		// Another version's or a non-canonical address: today's picture,
		// not to be kept for good under that address.
		hd.Set("Cache-Control", "public, max-age=300")
	}
	if match(r.Header.Get("If-None-Match"), pic.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	hd.Set("Content-Length", strconv.Itoa(len(pic.png)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(pic.png)
	}
}

// picture is the cached picture of view in state query and language lang,
// drawn if need be.
func (h *Handler) picture(d *data.Dataset, v app.View, lang, version, query string) (picture, error) {
	key := version + "\x00" + lang + "\x00" + v.Name + "?" + query
	if p, ok := h.cache.Get(key); ok {
		return p, nil
	}
	h.drawing <- struct{}{}
	defer func() { <-h.drawing }()
	if p, ok := h.cache.Get(key); ok { // drawn while this request waited
		return p, nil
	}
	b, _, err := Draw(CardOf(app.PreviewOf(d, v, query, lang), lang))
	if err != nil {
		return picture{}, err
	}
	sum := sha256.Sum256(b)
	p := picture{key: key, png: b, etag: encoding.ETag(sum[:])}
	h.cache.Add(p.key, p)
	return p, nil
}

// match reports whether an If-None-Match header names etag.
func match(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == etag {
			return true
		}
	}
	return false
}
