//go:build !wasm

package site

import (
	"bytes"
	"html"
	"slices"
)

// versionMark names, in every page's head, the version of the site that
// made it. The service worker reads it from each page the network answers
// (web/app-worker.js, checkVersion): a page of another version than the
// worker's is the first visit after a deploy, and its scripts, Wasm and
// dataset must then come from the network too, not from the old version's
// cache, or the new page is taken over by the old program and data.
const versionMark = `<meta name="bilateral-version" content="`

// withVersion puts the version mark right after the head's charset, where
// the worker finds it in the first bytes it reads (the charset stays first,
// as browsers look for it in the first 1,024 bytes). A page of a site with
// no version of its own (go-app makes one up) carries none.
func withVersion(page []byte, version string) []byte {
	const charset = `<head><meta charset="UTF-8">`
	i := bytes.Index(page, []byte(charset))
	if version == "" || i < 0 {
		return page
	}
	at := i + len(charset)
	return slices.Concat(page[:at], []byte(versionMark+html.EscapeString(version)+`">`), page[at:])
}
