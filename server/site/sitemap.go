//go:build !wasm

package site

import (
	"bytes"
	"encoding/xml"

	"bilateral/app"
	"bilateral/data"
	"bilateral/server/assets"
)

// crawlerFiles are /robots.txt and /sitemap.xml when -domain names the
// site's public address: the sitemap lists every view's page in each
// language with the same alternates its page links (hreflang), so a
// crawler finds the Russian and Azerbaijani pages, and robots.txt points
// at it. A sitemap's addresses must be absolute; without -domain the
// server knows no address of its own (a Host header is anyone's), so it
// writes neither, and both stay 404 unless web/ holds one.
//
// A static export under a path (-prefix) lists its pages there, and has no
// robots.txt: crawlers read only the one at the host's root, which is not
// the export's to write; the host's own can name the sitemap.
func crawlerFiles(domain, prefix string, d *data.Dataset) map[string]*assets.Asset {
	if domain == "" {
		return nil
	}
	base := "https://" + domain + prefix
	files := map[string]*assets.Asset{
		"sitemap.xml": assets.FromBytes("sitemap.xml", "application/xml; charset=utf-8", sitemap(base, app.OfferedBy(d))),
	}
	if prefix == "" {
		robots := "User-agent: *\nAllow: /\n\nSitemap: " + base + "/sitemap.xml\n"
		files["robots.txt"] = assets.FromBytes("robots.txt", "text/plain; charset=utf-8", []byte(robots))
	}
	return files
}

// sitemap writes the sitemaps.org list of every view in every language
// the site offers (an English-only -data file has no /ru/ pages), each with
// its alternates (the sitemap form of the pages' own
// <link rel="alternate" hreflang>).
func sitemap(base string, langs []string) []byte {
	var b bytes.Buffer
	b.WriteString(xml.Header)
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">` + "\n")
	esc := func(s string) { xml.EscapeText(&b, []byte(s)) }
	for _, v := range app.Views {
		for _, lang := range langs {
			href := app.Href(lang, v.Path)
			_, alts, ok := app.Alternates(href, langs)
			if !ok {
				continue
			}
			b.WriteString("  <url>\n    <loc>")
			esc(base + href)
			b.WriteString("</loc>\n")
			for _, a := range alts {
				b.WriteString(`    <xhtml:link rel="alternate" hreflang="`)
				esc(a.Lang)
				b.WriteString(`" href="`)
				esc(base + a.Href)
				b.WriteString("\"/>\n")
			}
			b.WriteString("  </url>\n")
		}
	}
	b.WriteString("</urlset>\n")
	return b.Bytes()
}
