//go:build !wasm

package site

import (
	"io"
	"net/url"
	"slices"

	"golang.org/x/net/html"
)

// stateLinks is the deep links page links to: the href of each <a> that
// names one of views (paths of this site, as "/trade") with a query, that
// is a state of a view (a figure, an event, the tables), in the order the
// page first links to each, the fragment dropped. Every other link, to
// another site, to a file, or a view's plain page, is not one.
//
// The links are read from the page, not listed apart, since the page is
// what decides which states a reader can open from it and share.
func stateLinks(page io.Reader, views []string) []string {
	var links []string
	z := html.NewTokenizer(page)
	for {
		switch z.Next() {
		case html.ErrorToken:
			return links
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) != "a" || !hasAttr {
				continue
			}
			for more := true; more; {
				var k, v []byte
				k, v, more = z.TagAttr()
				if string(k) != "href" {
					continue
				}
				if link, ok := stateLink(string(v), views); ok && !slices.Contains(links, link) {
					links = append(links, link)
				}
			}
		}
	}
}

// stateLink is href as a deep link to one of views, if it is one.
func stateLink(href string, views []string) (string, bool) {
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
