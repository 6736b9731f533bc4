package app

import (
	"strings"
	"sync"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Prefixed returns the address of a root-relative path ("/trade?fig=x",
// DatasetPath, "/") on the site as deployed: unchanged at the root of a
// host, "/bilateral/trade?fig=x" for a static export made with
// -prefix /bilateral (make static PREFIX=/bilateral).
//
// Use it in the browser for every link href, every ctx.Navigate and every
// fetch of our own files. On the server it returns path unchanged: go-app
// already passes every href and src of a prerendered page through the
// handler's resolver, which adds the prefix there (a second one would be
// wrong). Paths under /web/ are resolved by go-app on both sides and need
// no call, though one does no harm. Anything that is not root-relative
// (https://…, #main, "") is returned unchanged.
func Prefixed(path string) string {
	if goapp.IsServer || !strings.HasPrefix(path, "/") || strings.HasPrefix(path, "//") {
		return path
	}
	p := rootPrefix()
	if p == "" {
		return path
	}
	return p + path
}

var (
	prefixOnce sync.Once
	prefix     string
)

// rootPrefix is the path the site is served under, without a trailing
// slash: go-app's GOAPP_ROOT_PREFIX ("/" or "/bilateral/") given to the
// Wasm by app.js.
func rootPrefix() string {
	prefixOnce.Do(func() {
		prefix = strings.TrimRight(goapp.Getenv("GOAPP_ROOT_PREFIX"), "/")
	})
	return prefix
}
