//go:build !wasm

package site_test

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"encoding/pem"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"bilateral/app"
	"bilateral/app/urlstate"
	"bilateral/internal/servertest"
	"bilateral/server/security"
)

// securityHeaders are the headers every answer carries, with what their
// value must be (a CSP is checked directive by directive below).
var securityHeaders = map[string]string{
	"X-Content-Type-Options":       "nosniff",
	"Referrer-Policy":              "strict-origin-when-cross-origin",
	"Cross-Origin-Resource-Policy": "same-origin",
	"X-Frame-Options":              "DENY",
}

// wantCSP are directives the policy must hold exactly (script-src may add
// hashes of inline scripts after its sources).
var wantCSP = map[string]string{
	"default-src":     "'self'",
	"style-src":       "'self' 'unsafe-inline'",
	"img-src":         "'self' data: blob:",
	"connect-src":     "'self'",
	"worker-src":      "'self'",
	"manifest-src":    "'self'",
	"frame-ancestors": "'none'",
	"base-uri":        "'self'",
	"form-action":     "'self'",
	"object-src":      "'none'",
}

func parseCSP(t testing.TB, csp string) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, d := range strings.Split(csp, ";") {
		name, val, _ := strings.Cut(strings.TrimSpace(d), " ")
		if name == "" {
			continue
		}
		if _, dup := m[name]; dup {
			t.Errorf("CSP repeats %s", name)
		}
		m[name] = val
	}
	return m
}

func checkSecurityHeaders(t *testing.T, h http.Header, tlsConn bool) {
	checkSecurityHeadersFramable(t, h, tlsConn, false)
}

// checkSecurityHeadersFramable: framable answers (embeds) allow any frame
// ancestor and send no X-Frame-Options; all others refuse every frame.
func checkSecurityHeadersFramable(t *testing.T, h http.Header, tlsConn, framable bool) {
	t.Helper()
	for k, v := range securityHeaders {
		if framable && k == "X-Frame-Options" {
			v = ""
		}
		if got := h.Get(k); got != v {
			t.Errorf("%s: %q, want %q", k, got, v)
		}
	}
	// COOP same-origin costs a cold visit a renderer process of its own
	// before the first paint (server/security/headers.go).
	if coop := h.Get("Cross-Origin-Opener-Policy"); coop != "" {
		t.Errorf("Cross-Origin-Opener-Policy %q: a cold visit would wait for a process swap", coop)
	}
	if pp := h.Get("Permissions-Policy"); !strings.Contains(pp, "camera=()") ||
		!strings.Contains(pp, "microphone=()") || !strings.Contains(pp, "geolocation=()") {
		t.Errorf("Permissions-Policy %q does not switch off camera, microphone and geolocation", pp)
	}
	csp := parseCSP(t, h.Get("Content-Security-Policy"))
	for d, v := range wantCSP {
		if d == "frame-ancestors" && framable {
			v = "*"
		}
		if csp[d] != v {
			t.Errorf("CSP %s: %q, want %q", d, csp[d], v)
		}
	}
	script := csp["script-src"]
	if !strings.HasPrefix(script, "'self' 'wasm-unsafe-eval'") {
		t.Errorf("CSP script-src %q, want 'self' 'wasm-unsafe-eval' first", script)
	}
	for _, src := range strings.Fields(script)[2:] {
		if !strings.HasPrefix(src, "'sha256-") {
			t.Errorf("CSP script-src allows %s: only our origin, Wasm and inline-script hashes", src)
		}
	}
	if strings.Contains(h.Get("Content-Security-Policy"), "'unsafe-eval'") &&
		!strings.Contains(h.Get("Content-Security-Policy"), "'wasm-unsafe-eval'") {
		t.Error("CSP allows eval")
	}
	hsts := h.Get("Strict-Transport-Security")
	if tlsConn && hsts == "" {
		t.Error("no Strict-Transport-Security over TLS")
	}
	if !tlsConn && hsts != "" {
		t.Errorf("Strict-Transport-Security %q over plain HTTP: only over TLS", hsts)
	}
}

// securityTargets are answers of every kind: pages, go-app's scripts, the
// assets, the dataset, errors of every sort.
var securityTargets = []struct {
	method, path string
	status       int
}{
	{"GET", "/", 200},
	{"GET", "/trade", 200},
	{"GET", "/timeline?event=declaration-allied-cooperation-2022", 200},
	{"GET", "/no-such-page", 404},
	{"GET", "/app.js", 200},
	{"GET", "/wasm_exec.js", 200},
	{"GET", "/app.css", 200},
	{"GET", "/manifest.webmanifest", 200},
	{"GET", "/app-worker.js", 200},
	{"GET", "/web/bilateral.css", 200},
	{"GET", "/web/icons/icon.svg", 200},
	{"GET", "/web/missing.js", 404},
	{"GET", app.DatasetPath, 200},
	{"HEAD", app.DatasetPath, 200},
	{"GET", "/healthz", 200},
	{"POST", "/", 405},
	{"GET", "/web/%2e%2e/server.go", 400},
	{"GET", app.EmbedPrefix + "trade?chart=trade-turnover", 200},
	{"GET", "/ru" + app.EmbedPrefix + "trade?chart=trade-turnover", 200},
	{"GET", "/az" + app.EmbedPrefix + "energy?chart=energy-oil", 200},
	{"GET", app.EmbedPrefix + "trade/../../server.go", 400},
	{"GET", "/ru/trade", 200},
}

func TestSecurityHeaders(t *testing.T) {
	ts := servertest.SiteServer(t)
	c := servertest.Client()
	for _, tc := range securityTargets {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			resp, _ := servertest.Get(t, c, tc.method, ts.URL+tc.path, "Accept-Encoding: br, gzip")
			if resp.StatusCode != tc.status {
				t.Errorf("status %d, want %d", resp.StatusCode, tc.status)
			}
			_, rest := urlstate.SplitLang(tc.path)
			framable := strings.HasPrefix(rest, app.EmbedPrefix) && tc.status == 200
			checkSecurityHeadersFramable(t, resp.Header, false, framable)
		})
	}
}

// TestInlineScriptsAllowed: every inline script of every view's page (and
// the not-found page) is allowed by the page's CSP, by hash; go-app's
// shell has none today, and one added later must not break the page.
func TestInlineScriptsAllowed(t *testing.T) {
	ts := servertest.SiteServer(t)
	paths := []string{"/no-such-page", app.EmbedPrefix + "trade?chart=trade-turnover"}
	for _, v := range app.Views {
		paths = append(paths, v.Path)
	}
	for _, p := range paths {
		resp, body := servertest.Get(t, servertest.Client(), "GET", ts.URL+p)
		csp := parseCSP(t, resp.Header.Get("Content-Security-Policy"))["script-src"]
		for _, script := range security.InlineScripts(string(body)) {
			sum := sha256.Sum256([]byte(script))
			h := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
			if !strings.Contains(csp, h) {
				t.Errorf("%s: inline script %.60q… is not allowed by script-src %s", p, script, csp)
			}
		}
		if regexp.MustCompile(`(?i)<[^>]+\son[a-z]+\s*=`).Match(body) {
			t.Errorf("%s: an inline event handler attribute, which the CSP blocks", p)
		}
	}
}

// selfSigned writes a certificate for 127.0.0.1 and its key into dir.
func selfSigned(t *testing.T, dir string) (certFile, keyFile string, pool *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "bilateral test"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IPAddresses:           []net.IP{net.IPv4(127, 0, 0, 1)},
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	if err := os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: keyDER}), 0o600); err != nil {
		t.Fatal(err)
	}
	cert, _ := x509.ParseCertificate(der)
	pool = x509.NewCertPool()
	pool.AddCert(cert)
	return certFile, keyFile, pool
}

// TestTLS serves the site over HTTPS with a certificate made here: pages,
// the Wasm and the dataset answer, over HTTP/2, with HSTS.
func TestTLS(t *testing.T) {
	servertest.Site(t)
	cfg := servertest.Config()
	var pool *x509.CertPool
	cfg.TLSCert, cfg.TLSKey, pool = selfSigned(t, t.TempDir())
	ts := servertest.Start(t, cfg, servertest.Site(t), nil)
	if !strings.HasPrefix(ts.URL, "https://") {
		t.Fatalf("url %s, want https", ts.URL)
	}
	c := &http.Client{
		Timeout: 20 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig:    &tls.Config{RootCAs: pool},
			ForceAttemptHTTP2:  true,
			DisableCompression: true,
		},
	}
	for _, p := range []string{"/", "/trade", "/web/bilateral.css", app.DatasetPath, "/healthz"} {
		t.Run(p, func(t *testing.T) {
			resp, _ := servertest.Get(t, c, "GET", ts.URL+p, "Accept-Encoding: br")
			if resp.StatusCode != 200 {
				t.Errorf("status %d", resp.StatusCode)
			}
			if resp.ProtoMajor != 2 {
				t.Errorf("protocol %s, want HTTP/2", resp.Proto)
			}
			checkSecurityHeaders(t, resp.Header, true)
		})
	}

	// Plain HTTP on the TLS port gets Go's 400, not a page.
	resp, _ := servertest.Raw(t, ts.Addr, servertest.RawGet("/"))
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("plain HTTP to the TLS port: %d, want 400", resp.StatusCode)
	}
}
