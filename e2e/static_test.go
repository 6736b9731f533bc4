//go:build browser

package e2e

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"bilateral/server/security"
)

// The static export (make static, make static PREFIX=/bilateral): the files
// bin/bilateral -export writes, served by nothing but a file server that
// answers a missing file with 404.html, as static hosts do.

// exportSite runs bin/bilateral -export into a fresh directory.
func exportSite(t *testing.T, prefix string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "dist")
	args := []string{"-export", dir}
	if prefix != "" {
		args = append(args, "-prefix", prefix)
	}
	out, err := exec.Command(binPath, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", binPath, strings.Join(args, " "), err, out)
	}
	t.Logf("%s", strings.TrimSpace(string(out)))
	return dir
}

// staticHost serves dir under prefix ("" or "/bilateral") with
// http.FileServer, and 404.html with status 404 for a missing file.
func staticHost(dir, prefix string) *httptest.Server {
	return staticHostWithCSP(dir, prefix, "")
}

// staticHostWithCSP is staticHost sending csp, when set, with every answer,
// as a host configured with our policy does.
func staticHostWithCSP(dir, prefix, csp string) *httptest.Server {
	files := http.FileServer(http.Dir(dir))
	site := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if csp != "" {
			w.Header().Set("Content-Security-Policy", csp)
		}
		name := filepath.Join(dir, filepath.FromSlash(path.Clean("/"+r.URL.Path)))
		if _, err := os.Stat(name); err != nil {
			b, _ := os.ReadFile(filepath.Join(dir, "404.html"))
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(http.StatusNotFound)
			w.Write(b)
			return
		}
		files.ServeHTTP(w, r)
	})
	mux := http.NewServeMux()
	if prefix == "" {
		mux.Handle("/", site)
	} else {
		mux.Handle(prefix+"/", http.StripPrefix(prefix, site))
	}
	return httptest.NewServer(mux)
}

var urlAttrRE = regexp.MustCompile(`\s(?:href|src)="(/[^"]*)"`)

// TestStaticExport exports the site at the root and under /bilateral, and
// loads every route, a deep link and an in-app navigation from a plain
// file server.
func TestStaticExport(t *testing.T) {
	for _, prefix := range []string{"", "/bilateral"} {
		name := "root"
		if prefix != "" {
			name = strings.TrimPrefix(prefix, "/")
		}
		t.Run(name, func(t *testing.T) { checkStaticExport(t, prefix) })
	}
}

func checkStaticExport(t *testing.T, prefix string) {
	dir := exportSite(t, prefix)

	// The files, and no root-relative URL outside the prefix in the pages.
	pages := []string{"index.html", "404.html"}
	for _, r := range routes {
		if r.path != "/" && r.view != "notfound" {
			pages = append(pages, strings.TrimPrefix(r.path, "/")+"/index.html")
		}
	}
	others := []string{"embed/trade/index.html", "app.js", "app.css", "wasm_exec.js", "app-worker.js", "manifest.webmanifest",
		"data/relations.json", "web/app.wasm", "web/echarts.min.js", "web/bilateral.css", "web/pwa.css",
		"web/theme.js", "web/icons/icon-192.png"}
	for _, f := range append(append([]string{}, pages...), others...) {
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(f))); err != nil {
			t.Errorf("export lacks %s", f)
		}
	}
	for _, p := range pages {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil {
			continue
		}
		for _, m := range urlAttrRE.FindAllStringSubmatch(string(b), -1) {
			if !strings.HasPrefix(m[1], prefix+"/") {
				t.Errorf("%s links %s, outside %s/", p, m[1], prefix)
			}
		}
	}
	// Every view's page names its link-preview picture, and it is there.
	for _, p := range pages {
		if p == "404.html" {
			continue
		}
		b, _ := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
		m := regexp.MustCompile(`<meta property="og:image" content="([^"]*/preview/[^"]*\.png)">`).FindSubmatch(b)
		if m == nil {
			t.Errorf("%s names no preview picture", p)
			continue
		}
		_, file, _ := strings.Cut(string(m[1]), "/preview/")
		f, err := os.Open(filepath.Join(dir, "preview", filepath.FromSlash(file)))
		if err != nil {
			t.Errorf("%s names %s, not exported: %v", p, m[1], err)
			continue
		}
		cfg, err := png.DecodeConfig(f)
		f.Close()
		if err != nil || cfg.Width != 1200 || cfg.Height != 630 {
			t.Errorf("%s: %dx%d, %v; want a 1200×630 PNG", m[1], cfg.Width, cfg.Height, err)
		}
	}
	worker, _ := os.ReadFile(filepath.Join(dir, "app-worker.js"))
	var cached []string
	if m := regexp.MustCompile(`const resourcesToCache = (\[[^\]]*\])`).FindSubmatch(worker); m == nil {
		t.Errorf("app-worker.js has no resource list")
	} else if err := json.Unmarshal(m[1], &cached); err != nil {
		t.Errorf("app-worker.js resource list: %v", err)
	}
	for _, c := range cached {
		if !strings.HasPrefix(c, prefix+"/") {
			t.Errorf("app-worker.js caches %s, outside %s/", c, prefix)
		}
	}

	srv := staticHost(dir, prefix)
	defer srv.Close()
	checkManifest(t, srv.URL, prefix)

	if prefix != "" && !clientPrefixAware(t, srv.URL, prefix) {
		t.Fatalf("the files are right, but the client fetches /data/relations.json, outside %s/: "+
			"app/dataset_wasm.go must fetch Prefixed(DatasetPath) and links must use Prefixed (app/prefix.go)", prefix)
	}

	// Every route, loaded cold.
	for _, r := range routes {
		t.Run(r.view, func(t *testing.T) {
			u := srv.URL + prefix + r.path
			tb := newTab(t, 60*time.Second)
			defer tb.writeLog(t, "static"+strings.ReplaceAll(prefix, "/", "-")+"-"+r.view)
			if r.view == "notfound" {
				tb.expect404(u)
			}
			if err := chromedp.Run(tb.ctx, chromedp.Navigate(u)); err != nil {
				t.Fatalf("navigate to %s: %v", u, err)
			}
			err := tb.waitReady(r.view, readyTimeout)
			problems, requests := tb.snapshot()
			if err != nil {
				tb.screenshot(t, "static-"+r.view)
				t.Fatalf("%s: %v", u, err)
			}
			var text string
			if err := chromedp.Run(tb.ctx, chromedp.Evaluate(pageText, &text)); err != nil {
				t.Fatal(err)
			}
			for _, w := range r.want {
				if !strings.Contains(strings.ToLower(text), strings.ToLower(w)) {
					t.Errorf("visible text lacks %q", w)
				}
			}
			if len(problems) > 0 {
				t.Errorf("%d console error(s):\n  %s", len(problems), strings.Join(problems, "\n  "))
			}
			for _, req := range requests {
				if !strings.HasPrefix(req, srv.URL+prefix+"/") && req != srv.URL+prefix {
					t.Errorf("request outside the site: %s", req)
				}
			}
		})
	}

	// A deep link (the host redirects /trade to /trade/, the page takes the
	// slash off again), then a click to another view.
	t.Run("deep-link", func(t *testing.T) {
		link := prefix + "/trade?fig=trade-2023"
		tb := newTab(t, 60*time.Second)
		defer tb.writeLog(t, "static"+strings.ReplaceAll(prefix, "/", "-")+"-deep-link")
		if err := chromedp.Run(tb.ctx, chromedp.Navigate(srv.URL+link)); err != nil {
			t.Fatal(err)
		}
		if err := tb.waitReady("trade", readyTimeout); err != nil {
			t.Fatal(err)
		}
		var st struct {
			Where    string `json:"where"`
			Selected bool   `json:"selected"`
		}
		if err := chromedp.Run(tb.ctx, chromedp.Evaluate(`({
			where: location.pathname + location.search,
			selected: !!document.querySelector(".selected"),
		})`, &st)); err != nil {
			t.Fatal(err)
		}
		if st.Where != link || !st.Selected {
			t.Errorf("deep link %s: address %s, selection shown %v", link, st.Where, st.Selected)
		}

		// In-app navigation keeps the prefix.
		if err := chromedp.Run(tb.ctx, chromedp.Click(`nav a[href$="/timeline"]`, chromedp.ByQuery)); err != nil {
			t.Fatal(err)
		}
		if err := tb.waitReady("timeline", readyTimeout); err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Run(tb.ctx, chromedp.Evaluate(`location.pathname`, &st.Where)); err != nil {
			t.Fatal(err)
		}
		if st.Where != prefix+"/timeline" {
			t.Errorf("after clicking the timeline link the address is %s, want %s/timeline", st.Where, prefix)
		}
	})
}

// clientPrefixAware loads the exported site's root and reports whether the
// Wasm client fetches the dataset under the prefix (it is drawn) rather than
// from the host's root (the client does not know of the prefix yet).
func clientPrefixAware(t *testing.T, origin, prefix string) bool {
	t.Helper()
	tb := newTab(t, 60*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(origin+prefix+"/")); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(readyTimeout)
	for time.Now().Before(deadline) {
		var ready string
		_ = chromedp.Run(tb.ctx, chromedp.Evaluate(`document.documentElement.dataset.ready || ""`, &ready))
		if ready != "" {
			return true
		}
		if _, requests := tb.snapshot(); contains(requests, origin+"/data/relations.json") {
			return false
		}
		time.Sleep(100 * time.Millisecond)
	}
	return true // neither: let the route tests say what is wrong
}

// TestStaticNotFoundUnderOurCSP serves the export from a host that sends
// our Content-Security-Policy, allowing the hashes of the inline scripts
// the site's pages carry (a view's page: go-app's start script, the
// theme's, the trailing-slash fix), and opens missing addresses as a
// reader does, with no click: 404.html's program starts by itself and
// names the address asked for, in its language. Its start-at-load script
// was inline, a hash no other page needs, so this host blocked it and the
// program waited for the reader's first click.
func TestStaticNotFoundUnderOurCSP(t *testing.T) {
	dir := exportSite(t, "")
	index, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	var hashes []string
	for _, s := range security.InlineScripts(string(index)) {
		sum := sha256.Sum256([]byte(s))
		hashes = append(hashes, "sha256-"+base64.StdEncoding.EncodeToString(sum[:]))
	}
	srv := staticHostWithCSP(dir, "", security.ContentSecurityPolicy(hashes))
	defer srv.Close()

	for _, tc := range []struct{ path, lang, says string }{
		{"/no-such-page", "en", "/no-such-page"},
		{"/ru/no-such-page", "ru", "/ru/no-such-page"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			u := srv.URL + tc.path
			tb := newReaderTab(t, 60*time.Second)
			defer tb.writeLog(t, "static-csp-notfound-"+tc.lang)
			tb.expect404(u)
			if err := chromedp.Run(tb.ctx, chromedp.Navigate(u)); err != nil {
				t.Fatalf("navigate to %s: %v", u, err)
			}
			if err := tb.waitReady("notfound", readyTimeout); err != nil {
				t.Fatalf("%s, with no click: %v", u, err)
			}
			var st struct {
				Lang string `json:"lang"`
				Text string `json:"text"`
			}
			tb.eval(t, `({lang: document.documentElement.lang, text: document.querySelector("main").innerText})`, &st)
			if st.Lang != tc.lang || !strings.Contains(st.Text, tc.says) {
				t.Errorf("%s: lang %q, main says %q; want lang %q naming %s", u, st.Lang, st.Text, tc.lang, tc.says)
			}
			problems, _ := tb.snapshot()
			if len(problems) > 0 {
				t.Errorf("%d console error(s):\n  %s", len(problems), strings.Join(problems, "\n  "))
			}
		})
	}
}
