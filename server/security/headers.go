//go:build !wasm

package security

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

	"bilateral/app/urlstate"
)

const (
	// MaxURLBytes bounds the request target; a longer one gets 414. (The
	// whole request head is bounded by the server's MaxHeaderBytes: 431.)
	MaxURLBytes = 8 << 10

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

// ContentSecurityPolicy allows only our own origin. Scripts: our files,
// WebAssembly compilation ('wasm-unsafe-eval', which allows no JavaScript
// eval) and the inline scripts whose hashes are given. Styles allow
// 'unsafe-inline' because go-app and ECharts set style attributes.
func ContentSecurityPolicy(scriptHashes []string) string {
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

// InlineScriptHashes prerenders paths with pages and returns the CSP
// source ('sha256-…') of every distinct inline script they contain. The
// hashes are taken once at start from pages whose content we control, not
// per response, so text that reaches a page from a URL can never become an
// allowed script.
func InlineScriptHashes(pages http.Handler, paths []string) []string {
	var hashes []string
	for _, p := range paths {
		body, err := prerender(pages, p)
		if err != nil {
			// The same page would fail per request (net/http recovers
			// there); it must not stop the whole server from starting.
			slog.Warn("prerendering for the CSP failed", "path", p, "error", err)
			continue
		}
		for _, script := range InlineScripts(body) {
			sum := sha256.Sum256([]byte(script))
			h := "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
			if !slices.Contains(hashes, h) {
				hashes = append(hashes, h)
			}
		}
	}
	return hashes
}

// InlineScripts are the contents of the non-empty script elements of page
// that have no src.
func InlineScripts(page string) []string {
	var scripts []string
	for _, m := range scriptRE.FindAllStringSubmatch(page, -1) {
		if srcRE.MatchString(" "+m[1]) || m[2] == "" {
			continue
		}
		scripts = append(scripts, m[2])
	}
	return scripts
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

// Headers sets the security headers on every answer of next.
// Only pages under framable (the embeds, /embed/…, and a language's,
// /ru/embed/…) may be framed, by any site: that is what they are for;
// everything else refuses every frame.
func Headers(csp, framable string, next http.Handler) http.Handler {
	embedCSP := strings.Replace(csp, "frame-ancestors 'none'", "frame-ancestors *", 1)
	// Each value is made once and the same slice given to every answer
	// (the keys are canonical already): ten Header.Set calls made a slice
	// each per answer. A slice of one with no room to spare is safe to
	// share: Header.Add appends to a copy.
	one := func(v string) []string { return []string{v}[:1:1] }
	var (
		pageCSP, framedCSP = one(csp), one(embedCSP)
		deny, nosniff      = one("DENY"), one("nosniff")
		referrer           = one("strict-origin-when-cross-origin")
		permissions        = one(permissionsPolicy)
		sameOrigin, strict = one("same-origin"), one(hsts)
	)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		if framablePath(r.URL.Path, framable) && CleanPath(r.URL.Path) {
			h["Content-Security-Policy"] = framedCSP
		} else {
			h["Content-Security-Policy"] = pageCSP
			h["X-Frame-Options"] = deny
		}
		h["X-Content-Type-Options"] = nosniff
		h["Referrer-Policy"] = referrer
		h["Permissions-Policy"] = permissions
		// No Cross-Origin-Opener-Policy: same-origin made every cold visit
		// from a new tab swap browsing-context groups, so Chromium started
		// a renderer process of its own before it could parse the page
		// (first paint +80-130 ms, SECURITY.md). The pages hold nothing
		// per reader an opener could learn, and frames stay refused.
		h["Cross-Origin-Resource-Policy"] = sameOrigin
		if r.TLS != nil {
			h["Strict-Transport-Security"] = strict
		}
		next.ServeHTTP(w, r)
	})
}

// framablePath says whether path is under framable, in the default language
// or behind a language's prefix (urlstate.SplitLang): the embed code a
// Russian page offers points at /ru/embed/…, which was refused every frame.
func framablePath(path, framable string) bool {
	_, rest := urlstate.SplitLang(path)
	return strings.HasPrefix(rest, framable)
}
