//go:build !wasm

package site_test

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"

	"bilateral/app"
	"bilateral/internal/servertest"
	"bilateral/server/security"
	"bilateral/server/site"
)

// Absolute URLs in pages come only from -domain, or from the request's Host
// when -allowed-hosts lists it; otherwise pages carry root-relative URLs and
// no Host at all.

var (
	hostSitesMu sync.Mutex
	hostSites   = map[string]http.Handler{}
)

// siteWith is site.New over the embedded dataset with -domain and
// -allowed-hosts set, built once per combination.
func siteWith(t testing.TB, domain string, allowed ...string) http.Handler {
	t.Helper()
	servertest.Site(t) // registers the routes and the dataset
	key := domain + "|" + strings.Join(allowed, ",")
	hostSitesMu.Lock()
	defer hostSitesMu.Unlock()
	if h, ok := hostSites[key]; ok {
		return h
	}
	hosts, err := security.ParseAllowedHosts(strings.Join(allowed, ","))
	if err != nil {
		t.Fatal(err)
	}
	o := servertest.EmbeddedOptions()
	o.Domain, o.Hosts = domain, hosts
	h := site.New(o)
	hostSites[key] = h
	return h
}

// pageURLs are the absolute-or-not URLs a link preview reads.
var pageURLs = []struct{ tag, key, val, attr string }{
	{"link", "rel", "canonical", "href"},
	{"meta", "property", "og:url", "content"},
	{"meta", "property", "og:image", "content"},
	{"meta", "name", "twitter:image", "content"},
}

var tagRE = regexp.MustCompile(`<(link|meta)\b[^>]*>`)
var attrPairRE = regexp.MustCompile(`([a-zA-Z:-]+)="([^"]*)"`)

// pageAttr finds the <tag> whose key attribute is val and returns attr.
func pageAttr(html, tag, key, val, attr string) (string, bool) {
	for _, m := range tagRE.FindAllStringSubmatch(html, -1) {
		if m[1] != tag {
			continue
		}
		attrs := map[string]string{}
		for _, p := range attrPairRE.FindAllStringSubmatch(m[0], -1) {
			attrs[p[1]] = p[2]
		}
		if attrs[key] == val {
			v, ok := attrs[attr]
			return v, ok
		}
	}
	return "", false
}

// TestPagesCarryNoHost: without -domain and -allowed-hosts, whatever Host a
// request names never reaches the page; the social and canonical URLs are
// root-relative, the Overview's included (it used to be "https://").
func TestPagesCarryNoHost(t *testing.T) {
	h := siteWith(t, "")
	for _, tc := range []struct{ path, canonical string }{
		{"/", "/"},
		{"/trade?fig=trade-2023&utm_source=x", "/trade?fig=trade-2023"},
		{"/timeline", "/timeline"},
		// A link asking for what the data lacks names the page it shows.
		{"/timeline?cat=visits&from=1900", "/timeline"},
		{"/timeline?cat=visit&from=2019", "/timeline?from=2019&amp;cat=visit"}, // as the attribute holds it
		{"/ru/energy?from=1990&to=2050", "/ru/energy"},
		{"/trade?fig=nope", "/trade"},
		{"/embed/trade", ""},
		{"/no-such-page", ""},
	} {
		for _, host := range []string{"evil.example", "evil.example:8443", "127.0.0.1:9"} {
			req := httptest.NewRequest(http.MethodGet, tc.path, nil)
			req.Host = host
			rec := servertest.Record(h, req)
			body := rec.Body.String()
			if rec.Code != http.StatusOK && rec.Code != http.StatusNotFound {
				t.Errorf("%s Host %s: %d", tc.path, host, rec.Code)
			}
			if strings.Contains(body, host) || strings.Contains(body, "evil.example") {
				t.Errorf("%s: the page contains the Host %q", tc.path, host)
			}
			for _, bad := range []string{`"https://"`, `"http://"`, "https:///", "http:///"} {
				if strings.Contains(body, bad) {
					t.Errorf("%s: the page contains %s", tc.path, bad)
				}
			}
			for _, u := range pageURLs {
				v, ok := pageAttr(body, u.tag, u.key, u.val, u.attr)
				if !ok {
					continue
				}
				if !strings.HasPrefix(v, "/") || strings.HasPrefix(v, "//") {
					t.Errorf("%s: <%s %s=%q> %s=%q, want root-relative", tc.path, u.tag, u.key, u.val, u.attr, v)
				}
			}
			if tc.canonical != "" {
				got, _ := pageAttr(body, "link", "rel", "canonical", "href")
				og, _ := pageAttr(body, "meta", "property", "og:url", "content")
				if got != tc.canonical || og != tc.canonical {
					t.Errorf("%s: canonical %q og:url %q, want %q", tc.path, got, og, tc.canonical)
				}
			}
		}
	}
}

// TestHTTP10WithoutHost: a request without Host gets a page whose URLs are
// root-relative, never "http:///trade".
func TestHTTP10WithoutHost(t *testing.T) {
	ts := servertest.SiteServer(t)
	for _, p := range []string{"/", "/trade", "/no-such-page"} {
		resp, body := servertest.Raw(t, ts.Addr, "GET "+p+" HTTP/1.0\r\n\r\n")
		if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusNotFound {
			t.Errorf("%s: %d", p, resp.StatusCode)
		}
		for _, bad := range []string{"http:///", "https:///", `"https://"`, `"http://"`} {
			if strings.Contains(body, bad) {
				t.Errorf("HTTP/1.0 %s without Host: the page contains %s", p, bad)
			}
		}
	}
}

// TestDomainURLs: with -domain, the URLs are absolute on that domain
// whatever the Host, the Overview's with its slash.
func TestDomainURLs(t *testing.T) {
	h := siteWith(t, "bilateral.example.org")
	for _, tc := range []struct{ path, canonical string }{
		{"/", "https://bilateral.example.org/"},
		{"/trade?fig=trade-2023", "https://bilateral.example.org/trade?fig=trade-2023"},
	} {
		req := httptest.NewRequest(http.MethodGet, tc.path, nil)
		req.Host = "evil.example"
		body := servertest.Record(h, req).Body.String()
		if strings.Contains(body, "evil.example") {
			t.Errorf("%s: the page contains the Host", tc.path)
		}
		got, _ := pageAttr(body, "link", "rel", "canonical", "href")
		og, _ := pageAttr(body, "meta", "property", "og:url", "content")
		img, _ := pageAttr(body, "meta", "property", "og:image", "content")
		if got != tc.canonical || og != tc.canonical {
			t.Errorf("%s: canonical %q og:url %q, want %q", tc.path, got, og, tc.canonical)
		}
		if !strings.HasPrefix(img, "https://bilateral.example.org/preview/") {
			t.Errorf("%s: og:image %q, want the preview picture on the domain", tc.path, img)
		}
	}
}

// TestAllowedHosts: with -allowed-hosts, a listed Host (any port when the
// entry has none) is written into the page's absolute URLs; any other Host,
// or none, gets 421 with a plain message, except for /healthz (load
// balancers probe by address).
func TestAllowedHosts(t *testing.T) {
	h := siteWith(t, "", "bilateral.example.org", "localhost:8000")
	for _, tc := range []struct {
		host   string
		status int
		base   string
	}{
		{"bilateral.example.org", 200, "http://bilateral.example.org/"},
		{"Bilateral.Example.Org:8080", 200, "http://bilateral.example.org:8080/"},
		{"localhost:8000", 200, "http://localhost:8000/"},
		{"localhost:8001", 421, ""},
		{"localhost", 421, ""},
		{"evil.example", 421, ""},
		{"bilateral.example.org.evil.example", 421, ""},
		{"", 421, ""},
	} {
		req := httptest.NewRequest(http.MethodGet, "/trade", nil)
		req.Host = tc.host
		rec := servertest.Record(h, req)
		if rec.Code != tc.status {
			t.Errorf("Host %q: %d, want %d", tc.host, rec.Code, tc.status)
			continue
		}
		body := rec.Body.String()
		if tc.status == 421 {
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") || !strings.Contains(body, "-allowed-hosts") {
				t.Errorf("Host %q: %s %q, want a plain message naming -allowed-hosts", tc.host, ct, body)
			}
			hz := httptest.NewRequest(http.MethodGet, "/healthz", nil)
			hz.Host = tc.host
			if rec := servertest.Record(h, hz); rec.Code != 200 {
				t.Errorf("/healthz with Host %q: %d, want 200", tc.host, rec.Code)
			}
			continue
		}
		got, _ := pageAttr(body, "link", "rel", "canonical", "href")
		if got != strings.ToLower(tc.base)+"trade" && got != tc.base+"trade" {
			t.Errorf("Host %q: canonical %q, want %s", tc.host, got, tc.base+"trade")
		}
	}
}

// TestPageETags: a page's ETag, if it has one, names its bytes (a hash of
// the body); an ETag of one page never gets a 304 for another path.
func TestPageETags(t *testing.T) {
	h := servertest.Site(t)
	etags := map[string]string{}
	for _, p := range []string{"/", "/trade", "/app.js", "/app-worker.js", "/wasm_exec.js", "/app.css"} {
		rec := servertest.Record(h, httptest.NewRequest(http.MethodGet, p, nil))
		etag := rec.Header().Get("ETag")
		if etag == "" {
			continue
		}
		sum := sha256.Sum256(rec.Body.Bytes())
		if want := `"` + hex.EncodeToString(sum[:])[:len(etag)-2] + `"`; len(etag) < 18 || etag != want {
			t.Errorf("%s: ETag %s does not name its %d bytes (sha256 %x…)", p, etag, rec.Body.Len(), sum[:8])
		}
		etags[p] = etag
	}
	for from, etag := range etags {
		for _, p := range []string{"/no-such-page", "/trade/nope", "/embed/nope", "/x%22%3E"} {
			req := httptest.NewRequest(http.MethodGet, p, nil)
			req.Header.Set("If-None-Match", etag)
			if rec := servertest.Record(h, req); rec.Code == http.StatusNotModified {
				t.Errorf("%s with the ETag of %s: 304", p, from)
			}
		}
	}
	if e1, e2 := etags["/app.js"], etags["/app-worker.js"]; e1 != "" && e1 == e2 {
		t.Errorf("app.js and app-worker.js share the ETag %s", e1)
	}
	req := httptest.NewRequest(http.MethodGet, "/trade", nil)
	req.Header.Set("If-None-Match", etags["/app.js"])
	if rec := servertest.Record(h, req); rec.Code == http.StatusNotModified {
		t.Errorf("/trade with the ETag of /app.js: 304")
	}
}

// TestPagesSameFromEveryServer: two servers of one build, each rendering
// its own pages, send every page in the same bytes, so a page's ETag from
// one is a 304 from the other (a restart, another replica). go-app wrote
// attributes in its map's order, which changed from render to render
// (patch 24); anything else of ours that ranged over a map into a page
// would fail here too.
func TestPagesSameFromEveryServer(t *testing.T) {
	servertest.Site(t) // routes and dataset
	one, other := site.New(servertest.EmbeddedOptions()), site.New(servertest.EmbeddedOptions())
	paths := []string{"/trade?fig=trade-2023", "/timeline?cat=energy", "/ru/energy", "/az/diplomacy",
		app.EmbedPrefix + "trade?chart=trade-turnover", "/no-such-page"}
	for _, v := range app.Views {
		paths = append(paths, v.Path)
	}
	for _, p := range paths {
		a := servertest.Record(one, httptest.NewRequest(http.MethodGet, p, nil))
		b := servertest.Record(other, httptest.NewRequest(http.MethodGet, p, nil))
		if a.Body.String() != b.Body.String() {
			t.Errorf("%s: two servers sent %d and %d bytes, not the same", p, a.Body.Len(), b.Body.Len())
			continue
		}
		etag := a.Header().Get("ETag")
		if a.Code != http.StatusOK {
			continue // a 404 carries no ETag (TestPageETags)
		}
		req := httptest.NewRequest(http.MethodGet, p, nil)
		req.Header.Set("If-None-Match", etag)
		if rec := servertest.Record(other, req); etag == "" || rec.Code != http.StatusNotModified {
			t.Errorf("%s: ETag %q from one server is a %d from the other, want 304", p, etag, rec.Code)
		}
	}
}

// TestHeadTagsSayWhatTheyAreFirst: in every page's head, a <meta> names
// itself (name, property, http-equiv) before its content and a <link> its
// rel before its href, the order link-preview scrapers that read a page as
// text look for. go-app wrote content first once its attributes were
// sorted by name alone (patch 24).
func TestHeadTagsSayWhatTheyAreFirst(t *testing.T) {
	h := siteWith(t, "")
	valueFirst := regexp.MustCompile(`<meta [^>]*content="[^"]*"[^>]* (name|property|http-equiv)="|<link [^>]*href="[^"]*"[^>]* rel="`)
	paths := []string{"/trade?fig=trade-2023", "/ru/energy", app.EmbedPrefix + "trade?chart=trade-turnover"}
	for _, v := range app.Views {
		paths = append(paths, v.Path)
	}
	for _, p := range paths {
		page := servertest.Record(h, httptest.NewRequest(http.MethodGet, p, nil)).Body.String()
		head, _, ok := strings.Cut(page, "</head>")
		if !ok || !strings.Contains(head, `property="og:title"`) {
			t.Errorf("%s: no head with an og:title", p)
			continue
		}
		if m := valueFirst.FindString(head); m != "" {
			t.Errorf("%s: a head tag gives its value first: %s", p, m)
		}
	}
}

// TestPageMetaConditional: pageMeta answers 304 when the client holds the
// very bytes the page would have (a fixed page here, independent of the
// views), 200 with them otherwise, and no ETag on other statuses.
func TestPageMetaConditional(t *testing.T) {
	page := []byte("<!DOCTYPE html><html><head></head><body>fixed</body></html>")
	inner := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("ETag", `"go-app-version"`)
		if r.URL.Path == "/missing" {
			w.WriteHeader(http.StatusNotFound)
		}
		w.Write(page)
	})
	h := site.PageHandler(inner, "", nil, "v1")
	first := servertest.Record(h, httptest.NewRequest(http.MethodGet, "/", nil))
	etag := first.Header().Get("ETag")
	sum := sha256.Sum256(page)
	if !strings.HasPrefix(etag, `"`+hex.EncodeToString(sum[:])[:16]) {
		t.Fatalf("ETag %q, want a hash of the page", etag)
	}
	for _, tc := range []struct {
		path, inm string
		status    int
	}{
		{"/", etag, http.StatusNotModified},
		{"/", `"other", ` + etag, http.StatusNotModified},
		{"/", `"go-app-version"`, http.StatusOK},
		{"/", `"other"`, http.StatusOK},
		{"/missing", etag, http.StatusNotFound},
	} {
		req := httptest.NewRequest(http.MethodGet, tc.path, nil)
		req.Header.Set("If-None-Match", tc.inm)
		rec := servertest.Record(h, req)
		if rec.Code != tc.status {
			t.Errorf("%s If-None-Match %s: %d, want %d", tc.path, tc.inm, rec.Code, tc.status)
		}
		if tc.status == http.StatusNotModified && (rec.Body.Len() != 0 || rec.Header().Get("ETag") != etag) {
			t.Errorf("304 with %d bytes, ETag %q", rec.Body.Len(), rec.Header().Get("ETag"))
		}
		if tc.status == http.StatusNotFound && rec.Header().Get("ETag") != "" {
			t.Errorf("404 with ETag %q", rec.Header().Get("ETag"))
		}
	}
}
