//go:build browser

package e2e

import (
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"
)

// fetch GETs u, a path on the shared server or an absolute URL, with the
// headers given as "Name: value". It follows no redirect and asks for no
// compression, so what arrives is what the server sent.
func fetch(t *testing.T, u string, headers ...string) (*http.Response, []byte) {
	t.Helper()
	if strings.HasPrefix(u, "/") {
		u = baseURL + u
	}
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range headers {
		k, v, _ := strings.Cut(h, ":")
		req.Header.Set(k, strings.TrimSpace(v))
	}
	c := &http.Client{
		Timeout:   10 * time.Second,
		Transport: &http.Transport{DisableCompression: true},
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: read body: %v", u, err)
	}
	return resp, b
}

var (
	tagRE  = regexp.MustCompile(`(?is)<([a-z][a-z0-9-]*)\b([^>]*)>`)
	attrRE = regexp.MustCompile(`(?is)\b(src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))`)
)

// TestPrerenderedTrade checks the HTML the server sends for /trade before any
// script runs: it has a heading and loads nothing from another origin (only
// the <a href> citing caliber.az may point elsewhere).
func TestPrerenderedTrade(t *testing.T) {
	resp, b := fetch(t, "/trade")
	body := string(b)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /trade: status %d, want 200", resp.StatusCode)
	}
	if !strings.Contains(strings.ToLower(body), "<h1") {
		t.Errorf("prerendered /trade has no <h1")
	}
	for _, tag := range tagRE.FindAllStringSubmatch(body, -1) {
		name := strings.ToLower(tag[1])
		for _, a := range attrRE.FindAllStringSubmatch(tag[2], -1) {
			attr, val := strings.ToLower(a[1]), strings.TrimSpace(a[2]+a[3]+a[4])
			lower := strings.ToLower(val)
			if !strings.HasPrefix(lower, "http://") && !strings.HasPrefix(lower, "https://") &&
				!strings.HasPrefix(lower, "//") {
				continue
			}
			if name == "a" && attr == "href" && isCaliber(val) {
				continue
			}
			if u, err := url.Parse(val); err == nil && u.Host == hostPort {
				continue // our own origin, written absolute (canonical link)
			}
			t.Errorf("prerendered /trade references another origin: <%s %s=%q>", name, attr, val)
		}
	}
}

// isCaliber reports whether u is an https link to caliber.az.
func isCaliber(u string) bool {
	p, err := url.Parse(u)
	if err != nil {
		return false
	}
	h := strings.ToLower(p.Hostname())
	return p.Scheme == "https" && (h == "caliber.az" || strings.HasSuffix(h, ".caliber.az"))
}

var absURLRE = regexp.MustCompile(`(?i)\b(?:https?|wss?)://[^\s"'<>()\\]*`)

// TestWorkerAndManifestOrigin covers what the browser fetches outside the
// page's own requests (which TestRoutes watches): the service worker's cache
// list and the web app manifest's icons must all be on the server's origin.
func TestWorkerAndManifestOrigin(t *testing.T) {
	for _, path := range []string{"/app-worker.js", "/manifest.webmanifest"} {
		t.Run(strings.TrimPrefix(path, "/"), func(t *testing.T) {
			resp, body := fetch(t, path)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("GET %s: status %d, want 200", path, resp.StatusCode)
			}
			for _, u := range absURLRE.FindAllString(string(body), -1) {
				if p, err := url.Parse(u); err != nil || p.Host != hostPort {
					t.Errorf("%s references another origin: %s", path, u)
				}
			}
		})
	}
}
