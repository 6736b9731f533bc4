//go:build !wasm

package site

import (
	"encoding/json"
	"regexp"
	"strings"
)

// Serving under a path prefix (-export -prefix /bilateral): go-app's
// resolved URLs, the raw headers and the exported pages' addresses.

// prefixedResources serves /web/ from the binary like embeddedResources, and
// resolves every root-relative URL under prefix: "/web/app.wasm" becomes
// "/bilateral/web/app.wasm", "/trade" "/bilateral/trade" and "/" the
// directory "/bilateral/" (the worker's scope, which "/bilateral" is not).
// go-app's client then strips the prefix before routing (GOAPP_ROOT_PREFIX).
type prefixedResources struct {
	embeddedResources
	prefix string
}

func (p prefixedResources) Resolve(location string) string {
	switch {
	case location == "" || location == "/":
		return p.prefix + "/"
	case strings.HasPrefix(location, "//"):
		return location
	case strings.HasPrefix(location, "/"):
		return p.prefix + location
	case location == "web" || strings.HasPrefix(location, "web/"):
		return p.prefix + "/" + location
	}
	return location // https://…, #fragment, mailto:, relative
}

var rawURLAttr = regexp.MustCompile(`(\s(?:href|src)=")(/[^"]*)"`)

// prefixRawURLs puts prefix before the root-relative href and src values of
// a raw header.
func prefixRawURLs(raw, prefix string) string {
	return rawURLAttr.ReplaceAllStringFunc(raw, func(m string) string {
		s := rawURLAttr.FindStringSubmatch(m)
		if strings.HasPrefix(s[2], "//") {
			return m
		}
		return s[1] + prefix + s[2] + `"`
	})
}

// trailingSlashFix is for exported pages: a static host serves
// dist/trade/index.html for /trade by redirecting to /trade/, which is not
// a route. Before go-app starts, the address loses the trailing slash
// (keeping the query and fragment); the site's root keeps its slash, which
// the service worker's scope needs.
func trailingSlashFix(prefix string) string {
	root, _ := json.Marshal(prefix + "/")
	return `<script>(function(){var l=location,p=l.pathname;` +
		`if(p.length>1&&p.charAt(p.length-1)==="/"&&p!==` + string(root) + `){` +
		`history.replaceState(history.state,"",p.replace(/\/+$/,"")+l.search+l.hash);}})();</script>`
}
