//go:build !wasm

package site_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"bilateral/app"
	"bilateral/internal/servertest"
	"bilateral/server/assets"
)

var (
	workerVersionRE = regexp.MustCompile(`(?m)^const version = "([^"]*)";$`)
	workerListRE    = regexp.MustCompile(`(?m)^const resourcesToCache = (\[[^\]]*\]);$`)
)

// TestServiceWorker: /app-worker.js is web/app-worker.js with go-app's
// placeholders filled, and every URL it precaches answers 200 itself: the
// worker stores no redirected or failed answer, so one such URL would make
// every install fail.
func TestServiceWorker(t *testing.T) {
	h := servertest.Site(t)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/app-worker.js", nil))
	body := w.Body.String()
	if w.Code != http.StatusOK || !strings.Contains(w.Header().Get("Content-Type"), "javascript") {
		t.Fatalf("GET /app-worker.js: %d %s", w.Code, w.Header().Get("Content-Type"))
	}
	if strings.Contains(body, "{{") {
		t.Errorf("/app-worker.js has a placeholder left")
	}
	if m := workerVersionRE.FindStringSubmatch(body); m == nil || !assets.LooksLikeVersion(m[1]) {
		t.Errorf("/app-worker.js: no servertest.Version, or not one: %v", m)
	}
	m := workerListRE.FindStringSubmatch(body)
	if m == nil {
		t.Fatal("/app-worker.js has no resourcesToCache list")
	}
	var list []string
	if err := json.Unmarshal([]byte(m[1]), &list); err != nil {
		t.Fatal(err)
	}
	for _, v := range app.Views {
		if !listHas(list, v.Path) {
			t.Errorf("the worker does not precache %s", v.Path)
		}
	}
	// Each language's pages link its own manifest (languages.go), as they
	// load its own loader: offline, a Russian page's manifest failed to
	// load (a console error, and no install offline) where the English
	// one's was stored.
	for _, p := range []string{"/manifest.webmanifest", "/ru/manifest.webmanifest", "/az/manifest.webmanifest", "/ru/app.js"} {
		if !listHas(list, p) {
			t.Errorf("the worker does not precache %s", p)
		}
	}
	for _, u := range list {
		if !strings.HasPrefix(u, "/") || strings.HasPrefix(u, "//") {
			t.Errorf("the worker precaches %q, not a root-relative URL of ours", u)
			continue
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, u, nil))
		if w.Code != http.StatusOK {
			t.Errorf("GET %s (precached): %d, want 200", u, w.Code)
		}
	}
}

func listHas(list []string, s string) bool {
	for _, l := range list {
		if l == s {
			return true
		}
	}
	return false
}

// TestWorkerTemplateNotServed: web/app-worker.js is go-app's template of the
// worker, with {{.ResourcesToCache}} and the other placeholders unfilled,
// not a script; the worker is /app-worker.js. Under /web/ (and the version's
// /VERSION/web/), in any encoding, that template was served as it is.
func TestWorkerTemplateNotServed(t *testing.T) {
	h := servertest.Site(t)
	version := "0123456789ab" // a version's form: the router answers it as the current one's
	for _, target := range []string{"/web/app-worker.js", "/web/app-worker.js.br", "/web/app-worker.js.gz",
		"/" + version + "/web/app-worker.js", "/" + servertest.Version + "/web/app-worker.js"} {
		for _, enc := range []string{"", "br", "gzip"} {
			req := httptest.NewRequest(http.MethodGet, target, nil)
			if enc != "" {
				req.Header.Set("Accept-Encoding", enc)
			}
			w := servertest.Record(h, req)
			if w.Code != http.StatusNotFound || strings.Contains(w.Body.String(), "ResourcesToCache") {
				t.Errorf("GET %s (Accept-Encoding %q): %d, want 404", target, enc, w.Code)
			}
		}
	}
	if body := servertest.Body(t, h, "/app-worker.js"); strings.Contains(body, "{{") || !strings.Contains(body, "resourcesToCache") {
		t.Errorf("/app-worker.js is not the filled worker")
	}
}
