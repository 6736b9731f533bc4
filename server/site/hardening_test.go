//go:build !wasm

package site_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"bilateral/app"
	"bilateral/internal/servertest"
	"bilateral/server/security"
)

// TestMethods: only GET and HEAD, everywhere; anything else is a 405 that
// says what is allowed.
func TestMethods(t *testing.T) {
	ts := servertest.SiteServer(t)
	c := servertest.Client()
	for _, path := range []string{"/", "/trade", "/web/app.wasm", "/web/bilateral.css", app.DatasetPath, "/healthz", "/no-such-page"} {
		for _, m := range []string{"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "FOO"} {
			resp, _ := servertest.Get(t, c, m, ts.URL+path)
			if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != "GET, HEAD" {
				t.Errorf("%s %s: %d Allow %q, want 405 Allow \"GET, HEAD\"", m, path, resp.StatusCode, resp.Header.Get("Allow"))
			}
		}
		get1, body := servertest.Get(t, c, "GET", ts.URL+path)
		head, hbody := servertest.Get(t, c, "HEAD", ts.URL+path)
		if head.StatusCode != get1.StatusCode || len(hbody) != 0 {
			t.Errorf("HEAD %s: %d with %d bytes; GET: %d", path, head.StatusCode, len(hbody), get1.StatusCode)
		}
		if head.ContentLength != int64(len(body)) && path != "/" && path != "/trade" && path != "/no-such-page" {
			t.Errorf("HEAD %s: Content-Length %d, GET sends %d bytes", path, head.ContentLength, len(body))
		}
	}
	servertest.RawStatus(t, ts.Addr, http.StatusMethodNotAllowed,
		"OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
		"CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\nConnection: close\r\n\r\n",
	)
	servertest.AssertServing(t, ts)
}

// TestHostilePaths: traversal in every spelling, NUL and control bytes,
// hidden and unlisted files. Each gets its 4xx, never a file from outside
// web/, and the server keeps serving.
func TestHostilePaths(t *testing.T) {
	ts := servertest.SiteServer(t)
	for _, tc := range []struct {
		target string
		status int
	}{
		{"/web/../server.go", 400},
		{"/web/../../../../etc/passwd", 400},
		{"/web/%2e%2e/server.go", 400},
		{"/web/%2e%2e%2fserver.go", 400},
		{"/web/%2E%2E%2Fserver.go", 400},
		{"/web/..%2fserver.go", 400},
		{"/web/..%5cserver.go", 400},
		{"/web/..\\server.go", 400},
		{"/web/icons/%2e%2e/%2e%2e/go.mod", 400},
		{"/%2e%2e/%2e%2e/etc/passwd", 400},
		{"/..%2f..%2f..%2fetc/passwd", 400},
		{"/web/./app.wasm", 400},
		{"//etc/passwd", 400},
		{"/web//bilateral.css", 400},
		{"/web/%00", 400},
		{"/web/app.wasm%00.png", 400},
		{"/web/%01bilateral.css", 400},
		{"/web/bilateral.css%0d%0aSet-Cookie:%20x=1", 400},
		{"/web/%7f", 400},
		{"/web/%ZZ", 400}, // not an escape: Go's parser refuses it
		{"/web/%c0%ae%c0%ae/server.go", 404},
		{"/web/", 404},
		{"/web/icons/", 404},
		{"/web/icons", 404},
		{"/web/.gitignore", 404},
		{"/web/app.wasm.br", 404},
		{"/web/app.wasm.gz", 404},
		{"/web/BILATERAL.CSS", 404},
		{"/web/bilateral.css/", 404},
		{"/web/server.go", 404},
		{"/server.go", 404},
		{"/go.mod", 404},
		{"/data/relations.go", 404},
		{"/robots.txt", 404},
	} {
		t.Run(tc.target, func(t *testing.T) {
			resp, body := servertest.Raw(t, ts.Addr, servertest.RawGet(tc.target))
			if resp.StatusCode != tc.status {
				t.Errorf("status %d, want %d", resp.StatusCode, tc.status)
			}
			for _, leak := range []string{"package main", "module bilateral", "root:x:0:0", "go:build"} {
				if strings.Contains(body, leak) {
					t.Errorf("the answer contains %q", leak)
				}
			}
			if resp.StatusCode == 404 && strings.HasPrefix(tc.target, "/web/") &&
				strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
				t.Errorf("a missing asset answered with the app shell")
			}
		})
	}
	// Raw bytes that are not even a valid request line.
	servertest.RawStatus(t, ts.Addr, http.StatusBadRequest,
		"GET /web/\x00 HTTP/1.1\r\nHost: localhost\r\n\r\n",
		"GET /web/\x01x HTTP/1.1\r\nHost: localhost\r\n\r\n",
		"GET /web/a b HTTP/1.1\r\nHost: localhost\r\n\r\n",
		"GET web/app.wasm HTTP/1.1\r\nHost: localhost\r\n\r\n",
		"GET * HTTP/1.1\r\nHost: localhost\r\n\r\n",
	)
	servertest.AssertServing(t, ts)
}

// TestNoProxyFetch: go-app answers /robots.txt, /sitemap.xml and /ads.txt,
// at the root or under its versioned prefix /<version>/, by fetching them
// from the site the Host header names (following redirects, without a size
// or time limit) and caching the answer for everyone. None of these, nor
// any other path under /<version>/ that is not one of our files, may reach
// it: each gets our 404 and the site the Host header names sees no
// connection at all.
func TestNoProxyFetch(t *testing.T) {
	canary, dials := connectionRecorder(t)
	ts := servertest.SiteServer(t)
	v := servertest.PageVersion(t, ts)
	var targets []string
	for _, name := range []string{"robots.txt", "sitemap.xml", "ads.txt"} {
		targets = append(targets, "/"+name, "/"+v+"/"+name, "/0123456789ab/"+name,
			"/web/"+name, "/"+v+"/web/"+name, "/trade/"+name, "/embed/"+name)
	}
	// go-app's own files, pages and anything else under its versioned prefix.
	for _, rest := range []string{"app.js", "goapp.js", "app-worker.js", "wasm_exec.js", "app.css",
		"manifest.webmanifest", "manifest.json", "trade", "", "x/y", "favicon.ico", "app.wasm"} {
		targets = append(targets, "/"+v+"/"+rest)
	}
	for _, p := range targets {
		req := fmt.Sprintf("GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", p, canary)
		resp, body := servertest.Raw(t, ts.Addr, req)
		if resp.StatusCode != http.StatusNotFound || strings.Contains(body, "poisoned") {
			t.Errorf("%s: %d %.80q, want our own 404", p, resp.StatusCode, body)
		}
		if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
			t.Errorf("%s: Content-Type %q, want a plain 404", p, ct)
		}
	}
	time.Sleep(100 * time.Millisecond) // a dial in flight would land by now
	if n := dials.Load(); n != 0 {
		t.Errorf("the server opened %d connections to the Host header's address", n)
	}
	// What we do serve under /<version>/: our assets.
	resp, _ := servertest.Get(t, servertest.Client(), http.MethodGet, ts.URL+"/"+v+"/web/bilateral.css")
	if resp.StatusCode != http.StatusOK {
		t.Errorf("/%s/web/bilateral.css: %d, want 200", v, resp.StatusCode)
	}
}

// connectionRecorder listens on loopback, counts every connection it
// accepts and answers each with "poisoned"; it returns its address.
func connectionRecorder(t *testing.T) (string, *atomic.Int32) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	var n atomic.Int32
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			n.Add(1)
			c.SetDeadline(time.Now().Add(2 * time.Second))
			io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 8\r\nConnection: close\r\n\r\npoisoned")
			c.Close()
		}
	}()
	return ln.Addr().String(), &n
}

// TestLimits: an overlong URL gets 414, an overlong head 431, and the
// server goes on serving.
func TestLimits(t *testing.T) {
	ts := servertest.SiteServer(t)
	long := strings.Repeat("a", security.MaxURLBytes+1)
	for _, tc := range []struct {
		name, req string
		status    int
	}{
		{"path over 8 KiB", servertest.RawGet("/" + long), 414},
		{"query over 8 KiB", servertest.RawGet("/trade?fig=" + long), 414},
		{"asset path over 8 KiB", servertest.RawGet("/web/" + long), 414},
		{"URL of 40 KiB", servertest.RawGet("/" + strings.Repeat("a", 40<<10)), 431},
		{"one header of 32 KiB", "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + strings.Repeat("b", 32<<10) + "\r\n\r\n", 431},
		{"2000 headers", "GET / HTTP/1.1\r\nHost: localhost\r\n" + strings.Repeat("X-Many: 0123456789\r\n", 2000) + "\r\n", 431},
	} {
		resp, _ := servertest.Raw(t, ts.Addr, tc.req)
		if resp.StatusCode != tc.status {
			t.Errorf("%s: %d, want %d", tc.name, resp.StatusCode, tc.status)
		}
	}
	// Just under the bound is served.
	resp, _ := servertest.Raw(t, ts.Addr, servertest.RawGet("/trade?x="+strings.Repeat("a", security.MaxURLBytes-20)))
	if resp.StatusCode != http.StatusOK {
		t.Errorf("a URL just under 8 KiB: %d, want 200", resp.StatusCode)
	}
	servertest.AssertServing(t, ts)
}

func TestHealthz(t *testing.T) {
	ts := servertest.SiteServer(t)
	resp, body := servertest.Get(t, servertest.Client(), "GET", ts.URL+"/healthz")
	if resp.StatusCode != 200 || string(body) != "ok\n" {
		t.Errorf("GET /healthz: %d %q", resp.StatusCode, body)
	}
	if cc := resp.Header.Get("Cache-Control"); cc != "no-store" {
		t.Errorf("Cache-Control %q, want no-store", cc)
	}
	resp, body = servertest.Get(t, servertest.Client(), "HEAD", ts.URL+"/healthz")
	if resp.StatusCode != 200 || len(body) != 0 {
		t.Errorf("HEAD /healthz: %d, %d bytes", resp.StatusCode, len(body))
	}
}

func TestMissingAsset(t *testing.T) {
	ts := servertest.SiteServer(t)
	for _, p := range []string{"/web/missing.js", "/web/icons/missing.svg", "/web/app.wasm2"} {
		resp, body := servertest.Get(t, servertest.Client(), "GET", ts.URL+p, "Accept-Encoding: br")
		if resp.StatusCode != 404 {
			t.Errorf("%s: %d, want 404", p, resp.StatusCode)
		}
		if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") || bytes.Contains(body, []byte("<html")) {
			t.Errorf("%s: %s %q, want a plain 404, not the app shell", p, ct, body)
		}
	}
	// A page that is not a view is the app's not-found view, with 404.
	resp, body := servertest.Get(t, servertest.Client(), "GET", ts.URL+"/no-such-page")
	if resp.StatusCode != 404 || !bytes.Contains(body, []byte("<html")) {
		t.Errorf("/no-such-page: %d, want the not-found view with 404", resp.StatusCode)
	}
}

// TestAccessLog: one JSON-able line per request with method, path,
// status, bytes, duration; successful assets only with -log-assets.
func TestAccessLog(t *testing.T) {
	servertest.Site(t)
	for _, logAssets := range []bool{false, true} {
		var buf servertest.LockedBuffer
		log := slog.New(slog.NewJSONHandler(&buf, nil))
		cfg := servertest.Config()
		cfg.LogAssets = logAssets
		ts := servertest.Start(t, cfg, servertest.Site(t), log)
		c := servertest.Client()
		servertest.Get(t, c, "GET", ts.URL+"/trade?fig=trade-2023", "Accept-Encoding: br")
		servertest.Get(t, c, "GET", ts.URL+"/web/bilateral.css")
		servertest.Get(t, c, "GET", ts.URL+"/web/missing.css")
		servertest.Get(t, c, "POST", ts.URL+"/")
		time.Sleep(50 * time.Millisecond)

		var lines []map[string]any
		for _, l := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
			var m map[string]any
			if err := json.Unmarshal([]byte(l), &m); err != nil {
				t.Fatalf("log line %q: %v", l, err)
			}
			if m["msg"] == "request" {
				lines = append(lines, m)
			}
		}
		want := []string{"GET /trade 200", "GET /web/missing.css 404", "POST / 405"}
		if logAssets {
			want = []string{"GET /trade 200", "GET /web/bilateral.css 200", "GET /web/missing.css 404", "POST / 405"}
		}
		var got []string
		for _, m := range lines {
			got = append(got, fmt.Sprintf("%v %v %v", m["method"], m["path"], m["status"]))
			for _, k := range []string{"bytes", "duration", "remote"} {
				if _, ok := m[k]; !ok {
					t.Errorf("log-assets=%v: line %v has no %s", logAssets, m, k)
				}
			}
		}
		if strings.Join(got, "; ") != strings.Join(want, "; ") {
			t.Errorf("log-assets=%v: logged %q, want %q", logAssets, got, want)
		}
		if len(lines) > 0 && (lines[0]["encoding"] != "br" || lines[0]["bytes"].(float64) <= 0) {
			t.Errorf("the page's line %v: want encoding br and its bytes", lines[0])
		}
	}
}
