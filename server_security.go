//go:build !wasm

package main

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"

	"bilateral/app"
)

// Security headers on every answer, and the requests refused before any
// routing: other methods, overlong URLs, paths that are not clean.

const (
	// maxURLBytes bounds the request target; a longer one gets 414. (The
	// whole request head is bounded by the server's MaxHeaderBytes: 431.)
	maxURLBytes = 8 << 10

	allowedMethods = "GET, HEAD"

	// permissionsPolicy switches off the powerful features the dashboard
	// never uses, for this page and anything it could embed.
	permissionsPolicy = "accelerometer=(), autoplay=(), camera=(), display-capture=(), " +
		"geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), " +
		"payment=(), publickey-credentials-get=(), screen-wake-lock=(), usb=(), " +
		"xr-spatial-tracking=()"

	// hsts is sent only on TLS connections: on plain HTTP it is ignored,
	// and a deployment behind a TLS-terminating proxy sets its own.
	hsts = "max-age=31536000"
)

// contentSecurityPolicy allows only our own origin. Scripts: our files,
// WebAssembly compilation ('wasm-unsafe-eval', which allows no JavaScript
// eval) and the inline scripts whose hashes are given. Styles allow
// 'unsafe-inline' because go-app and ECharts set style attributes.
func contentSecurityPolicy(scriptHashes []string) string {
	script := []string{"'self'", "'wasm-unsafe-eval'"}
	for _, h := range scriptHashes {
		script = append(script, "'"+h+"'")
	}
	return strings.Join([]string{
		"default-src 'self'",
		"script-src " + strings.Join(script, " "),
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data: blob:",
		"font-src 'self'",
		"connect-src 'self'",
		"worker-src 'self'",
		"manifest-src 'self'",
		"object-src 'none'",
		"frame-ancestors 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	}, "; ")
}

var (
	scriptRE = regexp.MustCompile(`(?is)<script\b([^>]*)>(.*?)</script\s*>`)
	srcRE    = regexp.MustCompile(`(?i)\ssrc\s*=`)
)

// inlineScriptHashes prerenders paths with pages and returns the CSP
// source ('sha256-…') of every distinct inline script they contain. The
// hashes are taken once at start from pages whose content we control, not
// per response, so text that reaches a page from a URL can never become an
// allowed script.
func inlineScriptHashes(pages http.Handler, paths []string) []string {
	var hashes []string
	for _, p := range paths {
		body, err := prerender(pages, p)
		if err != nil {
			// The same page would fail per request (net/http recovers
			// there); it must not stop the whole server from starting.
			slog.Warn("prerendering for the CSP failed", "path", p, "error", err)
			continue
		}
		for _, m := range scriptRE.FindAllStringSubmatch(body, -1) {
			if srcRE.MatchString(" "+m[1]) || m[2] == "" {
				continue
			}
			sum := sha256.Sum256([]byte(m[2]))
			h := "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
			if !slices.Contains(hashes, h) {
				hashes = append(hashes, h)
			}
		}
	}
	return hashes
}

func prerender(pages http.Handler, path string) (body string, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("panic: %v", v)
		}
	}()
	rec := httptest.NewRecorder()
	pages.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec.Body.String(), nil
}

// secureHeaders sets the security headers on every answer of next.
// Only embeds (/embed/…) may be framed, by any site: that is what they are
// for; everything else refuses every frame.
func secureHeaders(csp string, next http.Handler) http.Handler {
	embedCSP := strings.Replace(csp, "frame-ancestors 'none'", "frame-ancestors *", 1)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		if strings.HasPrefix(r.URL.Path, app.EmbedPrefix) && cleanPath(r.URL.Path) {
			h.Set("Content-Security-Policy", embedCSP)
		} else {
			h.Set("Content-Security-Policy", csp)
			h.Set("X-Frame-Options", "DENY")
		}
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		h.Set("Permissions-Policy", permissionsPolicy)
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		if r.TLS != nil {
			h.Set("Strict-Transport-Security", hsts)
		}
		next.ServeHTTP(w, r)
	})
}

// guard refuses, before any routing: methods other than GET and HEAD (405
// with Allow), request targets over maxURLBytes (414), and paths that are
// not clean (400): a "." or ".." segment, an empty one ("//"), a
// backslash, a NUL or another control byte, whether sent raw or
// percent-encoded. Nothing is served from
// a file system path anyway (assets are looked up by exact name), so this
// is a second wall, and it keeps such requests out of go-app's router.
func guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.Method != http.MethodGet && r.Method != http.MethodHead:
			w.Header().Set("Allow", allowedMethods)
			plainError(w, http.StatusMethodNotAllowed, "405 method not allowed: GET and HEAD only")
		case len(r.RequestURI) > maxURLBytes || len(r.URL.RawQuery) > maxURLBytes:
			plainError(w, http.StatusRequestURITooLong, "414 URI too long")
		case !cleanPath(r.URL.Path):
			plainError(w, http.StatusBadRequest, "400 bad request: path is not clean")
		default:
			next.ServeHTTP(w, r)
		}
	})
}

// cleanPath reports whether p (decoded) is absolute and free of dot and
// empty segments, backslashes and control bytes.
func cleanPath(p string) bool {
	if !strings.HasPrefix(p, "/") {
		return false
	}
	for i := 0; i < len(p); i++ {
		if c := p[i]; c < 0x20 || c == 0x7f || c == '\\' {
			return false
		}
	}
	segs := strings.Split(p, "/")
	for i, seg := range segs {
		if seg == "." || seg == ".." || (seg == "" && i > 0 && i < len(segs)-1) {
			return false // a dot segment, or an empty one ("//")
		}
	}
	return true
}

func plainError(w http.ResponseWriter, code int, msg string) {
	h := w.Header()
	h.Del("ETag")
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	w.Write([]byte(msg + "\n"))
}
