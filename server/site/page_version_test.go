//go:build !wasm

package site_test

import (
	"net/http"
	"strings"
	"testing"

	"bilateral/internal/servertest"
)

// TestPagesNameTheirVersion: every page names, in its first bytes, the
// version its service worker and app.js have (GOAPP_VERSION), where the
// worker reads it (web/app-worker.js, checkVersion): views, deep links,
// languages, embeds and the not-found page alike.
func TestPagesNameTheirVersion(t *testing.T) {
	s := servertest.SiteServer(t)
	want := `<meta charset="UTF-8"><meta name="bilateral-version" content="` + servertest.PageVersion(t, s) + `">`
	for _, path := range []string{"/", "/trade?fig=trade-2023", "/ru/timeline", "/embed/trade", "/no-such-page"} {
		resp, body := servertest.Get(t, servertest.Client(), http.MethodGet, s.URL+path)
		if i := strings.Index(string(body), want); i < 0 || i > 200 {
			t.Errorf("%s (%d): %q at byte %d, want it in the first 200", path, resp.StatusCode, want, i)
		}
	}
}
