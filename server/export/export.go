//go:build !wasm

// Package export is the -export mode: it writes the whole site as files a
// static host serves unchanged (make static): every view's prerendered page
// as <view>/index.html and its embed page as embed/<view>/index.html, a
// 404.html app shell for every other address, go-app's scripts, the worker
// and the manifest, all of web/ (the Wasm with its .br and .gz copies when
// the build made them, ECharts, CSS, icons) and the dataset, and the
// link-preview picture of every view. With -prefix /bilateral every URL in
// them starts with /bilateral, for a host that serves the site under that
// path (GitHub Pages and the like).
package export

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"bilateral/app"
	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/components"
	"bilateral/server/site"
	"bilateral/web"
)

// exportHost stands for the site's origin while pages are rendered; it never
// reaches a page (see server/site's pageBase).
const exportHost = "export.invalid"

// Write runs the -export mode: the site the server would serve (o,
// with the validated dataset and -domain) written into dir under prefix
// (-prefix), saying on stdout what it wrote.
func Write(dir, prefix string, o site.Options) error {
	n, err := exportSite(dir, prefix, o)
	if err != nil {
		return err
	}
	where := "/"
	if p, _ := cleanPrefix(prefix); p != "" {
		where = p + "/"
	}
	fmt.Printf("bilateral: wrote %d files to %s, to be served at %s (version %s)\n", n, dir, where, o.Version)
	return nil
}

var prefixRE = regexp.MustCompile(`^(/[A-Za-z0-9._~-]+)+$`)

// cleanPrefix turns "bilateral", "/bilateral/" or "/bilateral" into
// "/bilateral", and "" or "/" into "".
func cleanPrefix(p string) (string, error) {
	p = "/" + strings.Trim(p, "/")
	if p == "/" {
		return "", nil
	}
	if !prefixRE.MatchString(p) || strings.Contains(p, "/./") || strings.Contains(p, "/../") ||
		strings.HasSuffix(p, "/.") || strings.HasSuffix(p, "/..") {
		return "", fmt.Errorf("-prefix %q: want a URL path such as /bilateral (letters, digits, . _ ~ - between slashes)", p)
	}
	return p, nil
}

// exportSite writes the site into dir (see exportSiteWith).
func exportSite(dir, prefix string, o site.Options) (int, error) {
	return exportSiteWith(os.WriteFile, dir, prefix, o)
}

// fileWriter writes one file, as os.WriteFile does (tests inject failures).
type fileWriter func(name string, b []byte, perm fs.FileMode) error

// exportSiteWith writes the site with writeFile into a temporary directory
// beside dir and, only once every file is written, renames it to dir, so a
// failure halfway (a full disk) leaves neither a partial site nor a changed
// dir. dir may be missing, empty, or an earlier export, which is replaced
// whole; anything else is refused. It returns how many files it wrote.
func exportSiteWith(writeFile fileWriter, dir, prefix string, o site.Options) (int, error) {
	prefix, err := cleanPrefix(prefix)
	if err != nil {
		return 0, err
	}
	if err := replaceable(dir); err != nil {
		return 0, err
	}
	if _, err := fs.Stat(web.FS(), "app.wasm"); err != nil {
		return 0, errors.New("this binary embeds no web/app.wasm: build it with make build")
	}
	dir = filepath.Clean(dir)
	tmp, err := os.MkdirTemp(filepath.Dir(dir), "."+filepath.Base(dir)+".partial-")
	if err != nil {
		return 0, err
	}
	o.Prefix, o.Export = prefix, true
	n, err := writeSite(writeFile, tmp, o)
	if err == nil {
		err = os.Chmod(tmp, 0o755) // MkdirTemp makes it private
	}
	if err == nil {
		err = swapInto(tmp, dir)
	}
	if err != nil {
		os.RemoveAll(tmp)
		return n, err
	}
	return n, nil
}

// replaceable refuses a dir that holds anything but an earlier export: the
// export replaces dir whole, and must never take someone's files with it.
func replaceable(dir string) error {
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return err
	case len(entries) == 0:
		return nil
	}
	for _, mark := range []string{"app-worker.js", "index.html", "404.html"} {
		if _, err := os.Stat(filepath.Join(dir, mark)); err != nil {
			return fmt.Errorf("%s is not empty and is not an earlier export: remove it first (make static does)", dir)
		}
	}
	return nil
}

// swapInto puts the complete site tmp at dir: the earlier dir, if any, is
// moved aside, then removed once tmp has taken its place (a directory
// cannot be renamed over a non-empty one), or put back if that fails.
func swapInto(tmp, dir string) error {
	old := ""
	if _, err := os.Lstat(dir); err == nil {
		old = tmp + ".old"
		if err := os.Rename(dir, old); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		if old != "" {
			os.Rename(old, dir)
		}
		return err
	}
	if old != "" {
		// The new site is in place; an old copy left behind is only space.
		os.RemoveAll(old)
	}
	return nil
}

// writeSite writes every file of the site into dir, which exists.
func writeSite(writeFile fileWriter, dir string, o site.Options) (int, error) {
	prefix := o.Prefix
	// No -allowed-hosts: without -domain, the pages' URLs are root-relative.
	o.Hosts = nil
	mux := site.New(o)
	origin := "http://" + exportHost + "/"

	written := 0
	write := func(name string, b []byte) error {
		file := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			return err
		}
		if err := writeFile(file, b, 0o644); err != nil {
			return err
		}
		written++
		return nil
	}
	// fetch asks the mux for urlPath, as a browser on the static site would.
	fetch := func(urlPath string, want int) ([]byte, error) {
		req := httptest.NewRequest(http.MethodGet, origin+strings.TrimPrefix(urlPath, "/"), nil)
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		// A page is drawn once, for good: one whose chart the server could
		// not draw in time is made again (its other charts' drawings are
		// kept), and never written without it.
		for try := 1; components.ServerDrawings != nil && rec.Code == want && components.Undrawn(rec.Body.Bytes()); try++ {
			if try == undrawnTries {
				return nil, fmt.Errorf("GET %s: a chart on the page could not be drawn in %d tries (the warnings above say why); the export would have written the page without its drawing", urlPath, undrawnTries)
			}
			rec = httptest.NewRecorder()
			mux.ServeHTTP(rec, req)
		}
		if rec.Code != want {
			return nil, fmt.Errorf("GET %s: status %d, want %d", urlPath, rec.Code, want)
		}
		if enc := rec.Header().Get("Content-Encoding"); enc != "" && enc != "identity" {
			return nil, fmt.Errorf("GET %s: got a %s-encoded body without asking for one", urlPath, enc)
		}
		b := rec.Body.Bytes()
		if strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
			if prefix != "" {
				// go-app writes the root's absolute URL without its final
				// slash; under a prefix that is a redirect away.
				b = siteRootURL(prefix).ReplaceAll(b, []byte(`$1/"`))
			}
		}
		return b, nil
	}

	type file struct {
		url, name string
		status    int
	}
	files := []file{
		// The app shell for any other address: the not-found view until the
		// Wasm reads the real address (GitHub Pages, Netlify, Cloudflare
		// Pages and most static hosts serve it for a missing file).
		{"/404.html", "404.html", http.StatusNotFound},
		{"/app.js", "app.js", http.StatusOK},
		{"/app.css", "app.css", http.StatusOK},
		{"/wasm_exec.js", "wasm_exec.js", http.StatusOK},
		{"/app-wasm-compiler.js", "app-wasm-compiler.js", http.StatusOK},
		{"/app-worker.js", "app-worker.js", http.StatusOK},
		{app.ManifestPath, strings.TrimPrefix(app.ManifestPath, "/"), http.StatusOK},
		{app.DatasetPath, strings.TrimPrefix(app.DatasetPath, "/"), http.StatusOK},
		{site.FiguresCSVPath, strings.TrimPrefix(site.FiguresCSVPath, "/"), http.StatusOK},
		{site.EventsCSVPath, strings.TrimPrefix(site.EventsCSVPath, "/"), http.StatusOK},
		{site.SeriesCSVPath, strings.TrimPrefix(site.SeriesCSVPath, "/"), http.StatusOK},
		{site.SchemaPath, strings.TrimPrefix(site.SchemaPath, "/"), http.StatusOK},
	}
	// With -domain, the sitemap of every view's page in each language, and
	// at the host's root a robots.txt naming it (server/site's sitemap.go):
	// a sitemap's addresses must be absolute, which only -domain makes them.
	if o.Domain != "" {
		files = append(files, file{"/sitemap.xml", "sitemap.xml", http.StatusOK})
		if prefix == "" {
			files = append(files, file{"/robots.txt", "robots.txt", http.StatusOK})
		}
	}
	// Every view and embed in each language the site offers: /trade,
	// /ru/trade, /az/trade (the default language unprefixed).
	for _, lang := range app.OfferedBy(o.Dataset) {
		if lang == i18n.Default {
			lang = ""
		}
		if lang != "" {
			m := urlstate.WithLang(lang, app.ManifestPath)
			files = append(files, file{m, strings.TrimPrefix(m, "/"), http.StatusOK})
			// go-app's loader, counting in the language (server/site/loader.go).
			js := urlstate.WithLang(lang, "/app.js")
			files = append(files, file{js, strings.TrimPrefix(js, "/"), http.StatusOK})
			for _, t := range []string{site.FiguresCSVPath, site.EventsCSVPath, site.SeriesCSVPath} {
				p := site.DataPath(lang, t)
				files = append(files, file{p, strings.TrimPrefix(p, "/"), http.StatusOK})
			}
		}
		for _, v := range app.Views {
			page := urlstate.WithLang(lang, v.Path)
			files = append(files, file{page, path.Join(strings.TrimPrefix(page, "/"), "index.html"), http.StatusOK})
			// The page another site frames to show one chart of the view.
			embed := urlstate.WithLang(lang, app.EmbedPrefix+v.Name)
			files = append(files, file{embed, path.Join(strings.TrimPrefix(embed, "/"), "index.html"), http.StatusOK})
		}
	}
	var pages [][]byte
	for _, f := range files {
		b, err := fetch(f.url, f.status)
		if err != nil {
			return written, err
		}
		if f.name == "404.html" {
			if b, err = startAtLoad(b, prefix); err != nil {
				return written, err
			}
		}
		if err := write(f.name, b); err != nil {
			return written, err
		}
		if strings.HasSuffix(f.name, ".html") {
			pages = append(pages, b)
		}
	}
	// The link-preview picture every page names, at that address.
	for _, pic := range site.PreviewPictures(pages) {
		b, err := fetch(pic, http.StatusOK)
		if err != nil {
			return written, err
		}
		if err := write(strings.TrimPrefix(pic, "/"), b); err != nil {
			return written, err
		}
	}

	// Browsers ask the host's root for /favicon.ico; at the root it is ours.
	if prefix == "" {
		if b, err := fetch("/favicon.ico", http.StatusOK); err == nil {
			if err := write("favicon.ico", b); err != nil {
				return written, err
			}
		}
	}

	// web/ as embedded, byte for byte.
	webFiles := web.FS()
	err := fs.WalkDir(webFiles, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(webFiles, name)
		if err != nil {
			return err
		}
		return write("web/"+name, b)
	})
	return written, err
}

// notFoundStart is the script that starts 404.html's program as the page
// loads (web/notfound-start.js says why). It is a file, not an inline
// script: the CSP our server sends allows our files and the hashes of the
// inline scripts its own pages carry, and a host sending that policy
// blocked the one inline script only this page had, leaving its program to
// wait for a click. Deferred, it runs in document order, so it goes
// before app.js, which reads the policy.
const notFoundStart = "/web/notfound-start.js"

// startAtLoad puts notFoundStart, under prefix, just before page's app.js.
func startAtLoad(page []byte, prefix string) ([]byte, error) {
	appJS := []byte(`<script defer src="` + prefix + `/app.js"></script>`)
	i := bytes.Index(page, appJS)
	if i < 0 {
		return nil, fmt.Errorf("404.html: no %s to start its program before", appJS)
	}
	script := []byte(`<script defer src="` + prefix + notFoundStart + `"></script>`)
	return slices.Concat(page[:i], script, page[i:]), nil
}

// undrawnTries bounds how often the export makes a page whose chart the
// server could not draw: a drawing runs out of time only on a machine
// busy with other work, or with an option ECharts cannot draw at all.
const undrawnTries = 3

// siteRootURL matches an attribute value that is the site's root written
// without its trailing slash ("/bilateral", "https://example.org/bilateral").
func siteRootURL(prefix string) *regexp.Regexp {
	return regexp.MustCompile(`(="(?:https?://[^/"]+)?` + regexp.QuoteMeta(prefix) + `)"`)
}
