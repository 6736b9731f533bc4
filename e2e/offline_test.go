//go:build browser

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"image"
	_ "image/png"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"bilateral/app/i18n"
)

// The installable, offline and updatable app: manifest and icons, the
// service worker's cache, deep links with the server gone, and the notice
// when a new version is deployed.

// webManifest is what the suite reads of /manifest.webmanifest.
type webManifest struct {
	ID              string `json:"id"`
	Name            string `json:"name"`
	ShortName       string `json:"short_name"`
	Description     string `json:"description"`
	StartURL        string `json:"start_url"`
	Scope           string `json:"scope"`
	Display         string `json:"display"`
	ThemeColor      string `json:"theme_color"`
	BackgroundColor string `json:"background_color"`
	Icons           []struct {
		Src     string `json:"src"`
		Sizes   string `json:"sizes"`
		Type    string `json:"type"`
		Purpose string `json:"purpose"`
	} `json:"icons"`
	Shortcuts []struct {
		Name string `json:"name"`
		URL  string `json:"url"`
	} `json:"shortcuts"`
}

const (
	wantThemeColor      = "#12355b"
	wantBackgroundColor = "#f7f7f4"
)

// checkManifest checks the manifest at origin+prefix+"/manifest.webmanifest"
// and every icon it names (PNG sizes decoded from the files).
func checkManifest(t *testing.T, origin, prefix string) webManifest {
	t.Helper()
	resp, body := fetch(t, origin+prefix+"/manifest.webmanifest")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s/manifest.webmanifest: status %d", prefix, resp.StatusCode)
	}
	var m webManifest
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatalf("manifest is not JSON: %v\n%s", err, body)
	}
	lang := i18n.Lang
	root := prefix + "/"
	for _, c := range []struct{ field, got, want string }{
		{"name", m.Name, i18n.T(lang, "app.name")},
		{"short_name", m.ShortName, i18n.T(lang, "app.name")},
		{"description", m.Description, i18n.T(lang, "app.description")},
		{"start_url", m.StartURL, root},
		{"scope", m.Scope, root},
		{"id", m.ID, root},
		{"display", m.Display, "standalone"},
		{"theme_color", m.ThemeColor, wantThemeColor},
		{"background_color", m.BackgroundColor, wantBackgroundColor},
	} {
		if c.got != c.want {
			t.Errorf("manifest %s = %q, want %q", c.field, c.got, c.want)
		}
	}

	type iconKey struct{ sizes, typ, purpose string }
	want := map[iconKey]bool{
		{"192x192", "image/png", "any"}:      false,
		{"512x512", "image/png", "any"}:      false,
		{"512x512", "image/png", "maskable"}: false,
		{"any", "image/svg+xml", "any"}:      false,
	}
	for _, ic := range m.Icons {
		purpose := ic.Purpose
		if purpose == "" {
			purpose = "any"
		}
		k := iconKey{ic.Sizes, ic.Type, purpose}
		if _, ok := want[k]; ok {
			want[k] = true
		}
		if !strings.HasPrefix(ic.Src, prefix+"/web/icons/") {
			t.Errorf("icon %s is not under %s/web/icons/", ic.Src, prefix)
		}
		checkIconFile(t, origin+ic.Src, ic.Type, ic.Sizes)
	}
	for k, found := range want {
		if !found {
			t.Errorf("manifest has no %s %s icon with purpose %s", k.sizes, k.typ, k.purpose)
		}
	}

	shortcuts := map[string]string{}
	for _, s := range m.Shortcuts {
		shortcuts[s.URL] = s.Name
	}
	for _, view := range []string{"trade", "energy", "diplomacy", "timeline"} {
		u := prefix + "/" + view
		name, ok := shortcuts[u]
		switch {
		case !ok:
			t.Errorf("manifest has no shortcut to %s", u)
		case name != i18n.T(lang, "view."+view):
			t.Errorf("shortcut %s is named %q, want %q", u, name, i18n.T(lang, "view."+view))
		}
	}
	return m
}

// checkIconFile fetches an icon and checks its type and, for a PNG, that
// its pixel size is sizes ("192x192").
func checkIconFile(t *testing.T, u, typ, sizes string) {
	t.Helper()
	resp, body := fetch(t, u)
	if resp.StatusCode != http.StatusOK {
		t.Errorf("GET %s: status %d", u, resp.StatusCode)
		return
	}
	switch typ {
	case "image/svg+xml":
		if !strings.Contains(string(body[:min(len(body), 512)]), "<svg") {
			t.Errorf("%s is not an SVG", u)
		}
	case "image/png":
		cfg, format, err := image.DecodeConfig(strings.NewReader(string(body)))
		if err != nil || format != "png" {
			t.Errorf("%s: not a PNG (%v)", u, err)
			return
		}
		if got := fmt.Sprintf("%dx%d", cfg.Width, cfg.Height); got != sizes {
			t.Errorf("%s is %s pixels, want %s", u, got, sizes)
		}
	default:
		t.Errorf("%s: unexpected icon type %q", u, typ)
	}
}

var (
	linkTagRE = regexp.MustCompile(`<link [^>]*>`)
	hrefRE    = regexp.MustCompile(`href="([^"]*)"`)
)

// hasTag reports whether html has a <name> tag with all of attrs, in any order.
func hasTag(html, name string, attrs ...string) bool {
	for _, tag := range regexp.MustCompile(`<`+name+`\s[^>]*>`).FindAllString(html, -1) {
		ok := true
		for _, a := range attrs {
			ok = ok && strings.Contains(tag, a)
		}
		if ok {
			return true
		}
	}
	return false
}

// headLink returns the href of the first <link> whose attributes include all
// of attrs (such as `rel="apple-touch-icon"`).
func headLink(html string, attrs ...string) string {
	for _, tag := range linkTagRE.FindAllString(html, -1) {
		ok := true
		for _, a := range attrs {
			ok = ok && strings.Contains(tag, a)
		}
		if ok {
			if m := hrefRE.FindStringSubmatch(tag); m != nil {
				return m[1]
			}
		}
	}
	return ""
}

// TestManifest checks the web app manifest, the icons, the page's icon
// links and colours, and asks Chromium what it makes of the manifest and
// whether it would offer to install the app.
func TestManifest(t *testing.T) {
	checkManifest(t, baseURL, "")

	_, front := fetch(t, "/")
	html := string(front)
	for _, l := range []struct {
		attrs []string
		want  string
		size  string
	}{
		{[]string{`rel="apple-touch-icon"`}, "/web/icons/apple-touch-icon.png", "180x180"},
		{[]string{`rel="icon"`, `type="image/png"`}, "/web/icons/favicon-32.png", "32x32"},
		{[]string{`rel="manifest"`}, "/manifest.webmanifest", ""},
	} {
		got := headLink(html, l.attrs...)
		if got != l.want {
			t.Errorf("<link %s> href = %q, want %q", strings.Join(l.attrs, " "), got, l.want)
			continue
		}
		if l.size != "" {
			checkIconFile(t, baseURL+got, "image/png", l.size)
		}
	}
	if !hasTag(html, "meta", `name="theme-color"`, `content="`+wantThemeColor+`"`) {
		t.Errorf("page has no theme-color %s", wantThemeColor)
	}

	tb := newTab(t, 60*time.Second)
	defer tb.writeLog(t, "manifest")
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+"/")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("overview", readyTimeout); err != nil {
		t.Fatal(err)
	}
	// The manifest's colours are the page's (light theme).
	var colours struct{ Body, Top string }
	if err := chromedp.Run(tb.ctx, chromedp.Evaluate(`({
		body: getComputedStyle(document.body).backgroundColor,
		top: getComputedStyle(document.querySelector(".top")).backgroundColor,
	})`, &colours)); err != nil {
		t.Fatal(err)
	}
	if colours.Body != "rgb(247, 247, 244)" || colours.Top != "rgb(18, 53, 91)" {
		t.Errorf("page colours: body %s, header %s; want the manifest's background_color %s and theme_color %s",
			colours.Body, colours.Top, wantBackgroundColor, wantThemeColor)
	}
	waitWorker(t, tb)

	var (
		manifestURL string
		errs        []*page.AppManifestError
		install     []*page.InstallabilityError
	)
	err := chromedp.Run(tb.ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		manifestURL, errs, _, _, err = page.GetAppManifest().Do(ctx)
		if err != nil {
			return err
		}
		install, err = page.GetInstallabilityErrors().Do(ctx)
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}
	if manifestURL != baseURL+"/manifest.webmanifest" {
		t.Errorf("Chromium found the manifest at %q", manifestURL)
	}
	for _, e := range errs {
		t.Errorf("Chromium: manifest line %d: %s", e.Line, e.Message)
	}
	for _, e := range install {
		if e.ErrorID == "in-incognito" {
			// Every tab of the suite has its own browser context, which
			// Chromium counts as incognito; nothing the app can change.
			t.Logf("Chromium: %s (the suite's fresh browser context)", e.ErrorID)
			continue
		}
		var args []string
		for _, a := range e.ErrorArguments {
			args = append(args, a.Name+"="+a.Value)
		}
		t.Errorf("Chromium would not offer to install the app: %s %s", e.ErrorID, strings.Join(args, " "))
	}
}

// evalAwait evaluates a JavaScript expression, awaiting it if it is a promise.
func evalAwait(expr string, res any) chromedp.Action {
	return chromedp.Evaluate(expr, res, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
		return p.WithAwaitPromise(true)
	})
}

// waitWorker waits until the page's service worker registration has an
// activated worker (its install, which caches everything, has finished).
func waitWorker(t *testing.T, tb *tab) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	state := ""
	for time.Now().Before(deadline) {
		err := chromedp.Run(tb.ctx, evalAwait(`navigator.serviceWorker.getRegistration().then(
			(r) => r && r.active ? r.active.state : (r && r.installing ? "installing" : "none"))`, &state))
		if err == nil && state == "activated" {
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("service worker not activated after 60 s (state %q)", state)
}

// visitControlled opens url, waits for view and for the service worker to
// be activated, and reloads: a first visit is not controlled (the worker
// claims no page), the next must be.
func visitControlled(t *testing.T, tb *tab, url, view string) {
	t.Helper()
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(url)); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady(view, readyTimeout); err != nil {
		t.Fatal(err)
	}
	waitWorker(t, tb)
	if err := chromedp.Run(tb.ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady(view, readyTimeout); err != nil {
		t.Fatal(err)
	}
	var controlled bool
	if err := chromedp.Run(tb.ctx, chromedp.Evaluate(`!!navigator.serviceWorker.controller`, &controlled)); err != nil {
		t.Fatal(err)
	}
	if !controlled {
		t.Fatal("after a reload the page has no service worker controller")
	}
}

// TestOffline visits the app once, stops the server, and opens deep links
// of three views and an unknown address: each must come up from the service
// worker's cache with its data, charts and state.
func TestOffline(t *testing.T) {
	srv := startOwnServer(t, "", "offline")
	origin := srv.URL

	tb := newTab(t, 3*time.Minute)
	defer tb.writeLog(t, "offline")
	visitControlled(t, tb, origin+"/", "overview")

	cached := cachedPaths(t, tb)
	// The stylesheets and the theme script are in every page (server/site/inline.go).
	for _, want := range []string{"/", "/trade", "/energy", "/timeline", "/app.js", "/wasm_exec.js",
		"/app.css", "/web/app.wasm", "/web/echarts.min.js",
		"/web/icons/icon-192.png", "/manifest.webmanifest", "/data/relations.json"} {
		if !contains(cached, want) {
			t.Errorf("the service worker did not cache %s (cached: %s)", want, strings.Join(cached, " "))
		}
	}

	srv.Stop()
	if resp, err := (&http.Client{Timeout: time.Second}).Get(origin + "/healthz"); err == nil {
		resp.Body.Close()
		t.Fatal("the server still answers after stop")
	}

	for _, c := range []struct {
		link, view, selected string
	}{
		{"/trade?fig=trade-2023", "trade", `.selected`},
		{"/timeline?event=declaration-allied-cooperation-2022", "timeline", `.selected`},
		{"/energy?tab=table", "energy", `table`},
		{"/no-such-page?x=1", "notfound", ``},
	} {
		t.Run(strings.TrimPrefix(c.view, "/"), func(t *testing.T) {
			warned := len(tb.consoleWarnings())
			if err := chromedp.Run(tb.ctx, chromedp.Navigate(origin+c.link)); err != nil {
				t.Fatalf("offline %s: %v", c.link, err)
			}
			if err := tb.waitReady(c.view, readyTimeout); err != nil {
				tb.screenshot(t, "offline-"+c.view)
				t.Fatalf("offline %s: %v", c.link, err)
			}
			// The compile worker's script is precached, but its URL carries
			// the worker's orders in a fragment (go-app patch 17): a lookup
			// that kept the fragment missed, and offline the Wasm was
			// compiled on the page's main thread instead.
			for _, w := range tb.consoleWarnings()[warned:] {
				if strings.Contains(w, "compiling wasm in a worker failed") {
					t.Errorf("%s: %s", c.link, w)
				}
			}
			var st struct {
				Where    string `json:"where"`
				Selected bool   `json:"selected"`
				Charts   int    `json:"charts"`
				Drawn    int    `json:"drawn"`
				Text     string `json:"text"`
			}
			if err := chromedp.Run(tb.ctx, chromedp.Evaluate(`({
				where: location.pathname + location.search,
				selected: `+jsString(c.selected)+` === "" || !!document.querySelector(`+jsString(c.selected)+`),
				charts: document.querySelectorAll("[data-chart]").length,
				drawn: document.querySelectorAll('[data-chart][data-rendered="true"] > div svg').length,
				text: `+pageText+`,
			})`, &st)); err != nil {
				t.Fatal(err)
			}
			tb.screenshot(t, "offline-"+c.view)
			if st.Where != c.link {
				t.Errorf("address is %s, want %s", st.Where, c.link)
			}
			if !st.Selected {
				t.Errorf("%s: nothing matches %s: the link's state was not applied", c.link, c.selected)
			}
			if st.Drawn < st.Charts {
				t.Errorf("%s: %d of %d charts drawn", c.link, st.Drawn, st.Charts)
			}
			if c.view == "trade" && st.Charts == 0 {
				t.Errorf("%s: no charts", c.link)
			}
			for _, r := range routes {
				if r.view == c.view && len(r.want) > 0 && !strings.Contains(strings.ToLower(st.Text), strings.ToLower(r.want[0])) {
					t.Errorf("%s: visible text lacks %q", c.link, r.want[0])
				}
			}
		})
	}
}

// cachedPaths are the paths of every URL in the tab's Cache Storage.
func cachedPaths(t *testing.T, tb *tab) []string {
	t.Helper()
	var cached []string
	if err := chromedp.Run(tb.ctx, evalAwait(`(async () => {
		const out = [];
		for (const name of await caches.keys()) {
			for (const r of await (await caches.open(name)).keys()) out.push(new URL(r.url).pathname);
		}
		return out;
	})()`, &cached)); err != nil {
		t.Fatal(err)
	}
	return cached
}

// TestWorkerStoresTheReadersLanguage: a reader of Russian pages gets the
// Russian pages and the shell stored, not the English or Azerbaijani
// pages; offline, an Azerbaijani deep link still opens, in Azerbaijani,
// from the stored Russian page of its view.
func TestWorkerStoresTheReadersLanguage(t *testing.T) {
	srv := startOwnServer(t, "", "offline-language")
	origin := srv.URL
	_, worker := fetch(t, origin+"/app-worker.js")
	tb := newTab(t, 3*time.Minute)
	defer tb.writeLog(t, "offline-language")
	visitControlled(t, tb, origin+"/ru/trade", "trade")

	cached := cachedPaths(t, tb)
	m := workerListRE.FindSubmatch(worker)
	var list []string
	if m == nil || json.Unmarshal(m[1], &list) != nil {
		t.Fatal("/app-worker.js has no resourcesToCache list")
	}
	pages := 0
	for _, u := range list {
		lang, page := pageLanguage(worker, u, "/")
		switch want := !page || lang == "ru"; {
		case want && !contains(cached, u):
			t.Errorf("a Russian reader's worker did not store %s", u)
		case !want && contains(cached, u):
			t.Errorf("a Russian reader's worker stored %s, a page in another language", u)
		case page && lang == "ru":
			pages++
		}
	}
	if pages == 0 || !contains(cached, "/") {
		t.Errorf("stored %d Russian pages and the shell %v; want every Russian page and the shell (cached: %s)", pages, contains(cached, "/"), strings.Join(cached, " "))
	}

	srv.Stop()
	// The page the worker answers with, as parsed: the first chart's box
	// and <html lang> before any script changes them.
	firstServed := `new MutationObserver((_, o) => {
		const c = document.querySelector("[data-chart]");
		if (c && !window.e2eServed) {
			window.e2eServed = {chart: c.dataset.chart, lang: document.documentElement.lang};
			o.disconnect();
		}
	}).observe(document, {childList: true, subtree: true});`
	link := "/az/energy?tab=table"
	if err := chromedp.Run(tb.ctx, onNewDocuments(firstServed), chromedp.Navigate(origin+link)); err != nil {
		t.Fatalf("offline %s: %v", link, err)
	}
	if err := tb.waitReady("energy", readyTimeout); err != nil {
		tb.screenshot(t, "offline-language")
		t.Fatalf("offline %s: %v", link, err)
	}
	var st struct {
		Lang   string `json:"lang"`
		Table  bool   `json:"table"`
		Served struct {
			Chart string `json:"chart"`
			Lang  string `json:"lang"`
		} `json:"served"`
	}
	if err := chromedp.Run(tb.ctx, chromedp.Evaluate(`({lang: document.documentElement.lang, table: !!document.querySelector("main table"), served: window.e2eServed || {}})`, &st)); err != nil {
		t.Fatal(err)
	}
	if st.Lang != "az" || !st.Table {
		t.Errorf("offline %s: <html lang=%q>, table shown %v; want the Azerbaijani energy view's table", link, st.Lang, st.Table)
	}
	// Not the shell (the overview): the same view, in a language stored.
	if st.Served.Chart != "energy-oil" || st.Served.Lang != "ru" {
		t.Errorf("offline %s came from a page whose first chart is %q, <html lang=%q>; want the stored Russian energy page", link, st.Served.Chart, st.Served.Lang)
	}
}

// TestUpdate deploys a new version under an open page: the same binary
// restarted with another -version on the same address. The page must learn
// of it (go-app's update signal), the old version's cache must go, and the
// update notice must offer a reload into the new version.
func TestUpdate(t *testing.T) {
	v1 := startOwnServer(t, "", "update-v1", "-version", "e2e-v1")
	origin := v1.URL

	tb := newTab(t, 3*time.Minute)
	defer tb.writeLog(t, "update")
	visitControlled(t, tb, origin+"/trade", "trade")
	var running string
	if err := chromedp.Run(tb.ctx, chromedp.Evaluate(`goappGetenv("GOAPP_VERSION")`, &running)); err != nil {
		t.Fatal(err)
	}
	if running != "e2e-v1" {
		t.Fatalf("running version %q, want e2e-v1", running)
	}
	// Count go-app's update signals (app.js calls window.goappOnUpdate).
	if err := chromedp.Run(tb.ctx, chromedp.Evaluate(`(() => {
		window.e2eUpdates = 0;
		const signal = window.goappOnUpdate;
		window.goappOnUpdate = function () { window.e2eUpdates++; return signal.apply(this, arguments); };
	})()`, nil)); err != nil {
		t.Fatal(err)
	}

	v1.Stop()
	startOwnServer(t, v1.Addr, "update-v2", "-version", "e2e-v2")

	// What go-app's TryUpdate and the notice's periodic check do.
	if err := chromedp.Run(tb.ctx, chromedp.Evaluate(`goappTryUpdate()`, nil)); err != nil {
		t.Fatal(err)
	}
	var updates int
	deadline := time.Now().Add(60 * time.Second)
	for updates == 0 && time.Now().Before(deadline) {
		time.Sleep(200 * time.Millisecond)
		_ = chromedp.Run(tb.ctx, chromedp.Evaluate(`window.e2eUpdates`, &updates))
	}
	if updates == 0 {
		t.Fatal("no update signal within 60 s of deploying e2e-v2")
	}

	var keys []string
	if err := chromedp.Run(tb.ctx, evalAwait(`caches.keys()`, &keys)); err != nil {
		t.Fatal(err)
	}
	if len(keys) != 1 || !strings.HasSuffix(keys[0], ":e2e-v2") {
		t.Errorf("caches after the update: %q, want only the e2e-v2 one", keys)
	}

	var wired bool
	if err := chromedp.Run(tb.ctx, chromedp.Evaluate(`!!document.querySelector("[data-update-notice]")`, &wired)); err != nil {
		t.Fatal(err)
	}
	if !wired {
		t.Fatal("the worker and go-app signalled the update, but the page has no update notice ([data-update-notice], components.UpdateNotice) to show it")
	}
	var notice struct {
		Text   string `json:"text"`
		Button bool   `json:"button"`
	}
	deadline = time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		_ = chromedp.Run(tb.ctx, chromedp.Evaluate(`(() => {
			const n = document.querySelector('[data-update-notice="true"]');
			return n ? {text: n.innerText, button: !!n.querySelector("button")} : {text: "", button: false};
		})()`, &notice))
		if notice.Button {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	tb.screenshot(t, "update-notice")
	if !notice.Button || strings.TrimSpace(notice.Text) == "" {
		t.Fatalf("no update notice with a reload button (text %q)", notice.Text)
	}
	if err := chromedp.Run(tb.ctx, chromedp.Click(`[data-update-notice="true"] button`, chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond) // let the reload begin
	if err := tb.waitReady("trade", readyTimeout); err != nil {
		t.Fatal(err)
	}
	var after struct {
		Version string `json:"version"`
		Notice  string `json:"notice"`
	}
	if err := chromedp.Run(tb.ctx, chromedp.Evaluate(`({
		version: goappGetenv("GOAPP_VERSION"),
		notice: (document.querySelector("[data-update-notice]") || {dataset: {}}).dataset.updateNotice || "",
	})`, &after)); err != nil {
		t.Fatal(err)
	}
	if after.Version != "e2e-v2" || after.Notice == "true" {
		t.Errorf("after reloading: version %q, notice %q; want e2e-v2 and no notice", after.Version, after.Notice)
	}
}

// TestFirstVisitAfterADeploy: the first page a returning reader opens after
// a deploy comes from the network in the new version while the worker still
// holds the old one's; that page must run its own version's scripts, Wasm
// and dataset, not the old cache's (web/app-worker.js, checkVersion).
func TestFirstVisitAfterADeploy(t *testing.T) {
	v1 := startOwnServer(t, "", "deploy-v1", "-version", "e2e-d1")
	origin := v1.URL
	tb := newTab(t, 3*time.Minute)
	defer tb.writeLog(t, "deploy")
	visitControlled(t, tb, origin+"/trade", "trade")

	v1.Stop()
	startOwnServer(t, v1.Addr, "deploy-v2", "-version", "e2e-d2")
	// Made once first, as a deployed server makes its pages as it starts:
	// a page that took the new server longer than the worker waits for the
	// network (3 s, drawing its charts on a busy machine) would come from
	// the old cache whole, which is not this test's case.
	fetch(t, origin+"/energy", "Accept-Encoding: br")
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(origin+"/energy")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("energy", readyTimeout); err != nil {
		t.Fatal(err)
	}
	var running struct {
		Page    string `json:"page"`
		Program string `json:"program"`
	}
	if err := chromedp.Run(tb.ctx, chromedp.Evaluate(`({
		page: document.querySelector('meta[name="bilateral-version"]').content,
		program: goappGetenv("GOAPP_VERSION"),
	})`, &running)); err != nil {
		t.Fatal(err)
	}
	if running.Page != "e2e-d2" || running.Program != "e2e-d2" {
		t.Errorf("after the deploy the page is version %q and runs %q; want e2e-d2 for both", running.Page, running.Program)
	}
}

func contains(list []string, s string) bool {
	for _, l := range list {
		if l == s {
			return true
		}
	}
	return false
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestInstallButton checks the install button follows go-app's install
// state: hidden while the browser offers no installation, shown once it
// does (a beforeinstallprompt event, made here), gone after the prompt was
// shown; that the page's end can be scrolled clear of it; and that a
// reader's "not now" sends it away for good in that browser. Headless
// Chromium 156 offers installation of its own ~2 s after a load, so the
// browser's own events are kept from the page: only the test's count.
func TestInstallButton(t *testing.T) {
	tb := newTab(t, 60*time.Second)
	defer tb.writeLog(t, "install")
	if err := chromedp.Run(tb.ctx,
		onNewDocuments(`window.addEventListener("beforeinstallprompt", (e) => { if (!e.e2eMade) e.stopImmediatePropagation(); }, true);`),
		chromedp.Navigate(baseURL+"/")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("overview", readyTimeout); err != nil {
		t.Fatal(err)
	}
	const state = `(() => {
		const w = document.querySelector(".install");
		const b = w && w.querySelector("button");
		return {wired: !!w, shown: !!b && b.getClientRects().length > 0, label: b ? b.innerText : ""};
	})()`
	var st struct {
		Wired bool   `json:"wired"`
		Shown bool   `json:"shown"`
		Label string `json:"label"`
	}
	if err := chromedp.Run(tb.ctx, chromedp.Evaluate(state, &st)); err != nil {
		t.Fatal(err)
	}
	if !st.Wired {
		t.Fatal("the page has no install button (.install, components.InstallButton)")
	}
	if st.Shown {
		t.Fatalf("install button %q shown though the browser offers no installation", st.Label)
	}

	offer := func() {
		t.Helper()
		if err := chromedp.Run(tb.ctx, chromedp.Evaluate(`(() => {
			window.e2ePrompted = window.e2ePrompted || 0;
			const e = new Event("beforeinstallprompt", {cancelable: true});
			e.e2eMade = true;
			e.prompt = () => { window.e2ePrompted++; return Promise.resolve(); };
			e.userChoice = Promise.resolve({outcome: "dismissed", platform: ""});
			window.dispatchEvent(e);
		})()`, nil)); err != nil {
			t.Fatal(err)
		}
	}
	waitShown := func(want bool, within time.Duration) {
		t.Helper()
		deadline := time.Now().Add(within)
		for st.Shown != want && time.Now().Before(deadline) {
			time.Sleep(100 * time.Millisecond)
			_ = chromedp.Run(tb.ctx, chromedp.Evaluate(state, &st))
		}
	}
	offer()
	waitShown(true, 5*time.Second)
	if !st.Shown || strings.TrimSpace(st.Label) == "" {
		t.Fatalf("no install button once the browser offers installation (label %q)", st.Label)
	}
	tb.screenshot(t, "install-button")

	// The offer floats over the page: at the page's end, the source line
	// and its terms are above it, not under it. Scrolled three times, as the
	// sections below the first take their real height once in view.
	var clear struct {
		Footer  float64 `json:"footer"`
		Install float64 `json:"install"`
	}
	if err := chromedp.Run(tb.ctx, chromedp.Evaluate(`(async () => {
		for (let i = 0; i < 3; i++) {
			window.scrollTo({top: document.documentElement.scrollHeight, behavior: "instant"});
			await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
		}
		const last = document.querySelector("main").parentElement.lastElementChild;
		return {footer: last.getBoundingClientRect().bottom, install: document.querySelector(".install").getBoundingClientRect().top};
	})()`, &clear, func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) })); err != nil {
		t.Fatal(err)
	}
	if clear.Footer > clear.Install {
		t.Errorf("at the page's end its last block ends at %.0f px, under the install offer (from %.0f px)", clear.Footer, clear.Install)
	}

	if err := chromedp.Run(tb.ctx, chromedp.Click(`.install .install-button`, chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	var prompted int
	deadline := time.Now().Add(5 * time.Second)
	for (prompted == 0 || st.Shown) && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
		_ = chromedp.Run(tb.ctx, chromedp.Evaluate(`window.e2ePrompted`, &prompted))
		_ = chromedp.Run(tb.ctx, chromedp.Evaluate(state, &st))
	}
	if prompted != 1 {
		t.Errorf("the browser's install prompt was shown %d times, want 1", prompted)
	}
	if st.Shown {
		t.Errorf("install button still shown after the prompt")
	}

	// The browser offers installation again; the reader says not now, and
	// the offer stays away, on this page and the next.
	offer()
	waitShown(true, 5*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Click(`.install .install-dismiss`, chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	waitShown(false, 5*time.Second)
	if st.Shown {
		t.Errorf("install button still shown after the reader's not now")
	}
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+"/trade")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("trade", readyTimeout); err != nil {
		t.Fatal(err)
	}
	offer()
	waitShown(true, 2*time.Second)
	if st.Shown {
		t.Errorf("install button offered again on the next page after the reader's not now")
	}
	checkConsoleAndOrigin(t, tb)
}
