//go:build !wasm

package export

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"bilateral/internal/servertest"
)

// TestExportSitemap: with -domain the static site carries the sitemap the
// server answers, its addresses under the export's path: each one a page
// the export wrote, whose canonical link is that very address. A robots.txt
// naming it is written only at the host's root (no -prefix); without
// -domain neither file is written.
func TestExportSitemap(t *testing.T) {
	servertest.Site(t)
	canonical := regexp.MustCompile(`<link rel="canonical" href="([^"]*)">`)
	for _, c := range []struct{ domain, prefix, robots string }{
		{"example.org", "/bilateral", ""},
		{"example.org", "", "Sitemap: https://example.org/sitemap.xml"},
		{"", "", ""},
	} {
		o := servertest.EmbeddedOptions()
		o.Domain = c.domain
		dir := filepath.Join(t.TempDir(), "site")
		if _, err := exportSite(dir, c.prefix, o); err != nil {
			t.Fatal(err)
		}
		robots, err := os.ReadFile(filepath.Join(dir, "robots.txt"))
		if c.robots == "" && err == nil || c.robots != "" && !strings.Contains(string(robots), c.robots) {
			t.Errorf("-domain %q -prefix %q: robots.txt %q (%v), want %q", c.domain, c.prefix, robots, err, c.robots)
		}
		b, err := os.ReadFile(filepath.Join(dir, "sitemap.xml"))
		if c.domain == "" {
			if err == nil {
				t.Errorf("without -domain the export wrote a sitemap")
			}
			continue
		}
		var sm struct {
			URLs []struct {
				Loc string `xml:"loc"`
			} `xml:"url"`
		}
		if err != nil || xml.Unmarshal(b, &sm) != nil || len(sm.URLs) == 0 {
			t.Fatalf("-prefix %q: sitemap.xml %v, %d addresses", c.prefix, err, len(sm.URLs))
		}
		base := "https://" + c.domain + c.prefix + "/"
		for _, u := range sm.URLs {
			rel, ok := strings.CutPrefix(u.Loc, base)
			if !ok {
				t.Errorf("%s: not under %s", u.Loc, base)
				continue
			}
			page, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel), "index.html"))
			if err != nil {
				t.Errorf("%s: the export has no page there: %v", u.Loc, err)
				continue
			}
			if m := canonical.FindSubmatch(page); m == nil || string(m[1]) != u.Loc {
				t.Errorf("%s: the page's canonical link is %q", u.Loc, m)
			}
		}
	}
}
