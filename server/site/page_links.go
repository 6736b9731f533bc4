//go:build !wasm

package site

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
)

// stateLinks is the deep links page links to: the href of each <a> (the
// page's own and its drawings' bars) that names one of views (paths of
// this site, as "/trade") with a query, that is a state of a view (a
// figure, an event, the tables), in the order the page first links to
// each, the fragment dropped. Every other link, to another site, to a
// file, or a view's plain page, is not one.
//
// The links are read from the page, not listed apart, since the page is
// what decides which states a reader can open from it and share. The page
// is go-app's, which writes every attribute in double quotes with its
// value HTML-escaped (the first patch in third_party/go-app/PATCHES.md),
// and the drawings' links are written the same way, so a pattern reads
// them; an HTML parser would hold its table of entities (0.5 MB of heap)
// for as long as the server runs.
func stateLinks(page []byte, views []string) []string {
	var links []string
	for _, m := range hrefOfA.FindAllSubmatch(page, -1) {
		if link, ok := stateLink(string(m[1]), views); ok && !slices.Contains(links, link) {
			links = append(links, link)
		}
	}
	return links
}

// hrefOfA is an <a> start tag's href, double-quoted.
var hrefOfA = regexp.MustCompile(`(?i)<a(?:\s[^>]*?)?\shref="([^"]*)"`)

// stateLink is href, an attribute's value as written, as a deep link to
// one of views, if it is one. Of the entities only &amp; can be in one (a
// query with any other, or with a ";", is none of ours).
func stateLink(href string, views []string) (string, bool) {
	href = strings.ReplaceAll(href, "&amp;", "&")
	if strings.Contains(href, ";") {
		return "", false
	}
	u, err := url.Parse(href)
	if err != nil || u.Scheme != "" || u.Host != "" || u.Opaque != "" || u.User != nil ||
		u.RawQuery == "" || !slices.Contains(views, u.Path) {
		return "", false
	}
	if _, err := url.ParseQuery(u.RawQuery); err != nil {
		return "", false
	}
	return u.Path + "?" + u.RawQuery, true
}
