//go:build !wasm

package export

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"bilateral/internal/servertest"
)

// TestExportNotFoundStartsAtLoad: a static host answers every missing
// address with 404.html, drawn for /404.html in the default language.
// Under the readers' start policy its program waited for a click (the page
// has no canonical link, so go-app took it for the address's own page): a
// reader of /ru/nope saw an English page saying "/404.html" was asked for,
// its language links to /ru/404.html, itself missing. The page asks for
// the program at load, which shows the address asked for, in its language;
// the other pages are their address's own and keep the readers' policy.
//
// It asks with a script file of ours, deferred before app.js (which reads
// the policy), not an inline script: 404.html carries no inline script the
// site's own pages do not, so a host sending our Content-Security-Policy
// with the hashes the pages need runs it too. It had one of its own,
// which such a host blocked, and its program waited for a click again.
var (
	inlineScript = regexp.MustCompile(`(?is)<script>(.*?)</script>`)
	startScript  = regexp.MustCompile(`<script defer src="/bilateral/web/notfound-start\.js"></script><script defer src="/bilateral/app\.js"></script>`)
	setsLoad     = regexp.MustCompile(`globalThis\.goappWasmStart\s*=[^;]*"load"`)
)

func TestExportNotFoundStartsAtLoad(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	servertest.Site(t)
	if _, err := exportSite(dir, "/bilateral", servertest.EmbeddedOptions()); err != nil {
		t.Fatal(err)
	}
	page := func(name string) string {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	inline := func(html string) []string {
		var scripts []string
		for _, m := range inlineScript.FindAllStringSubmatch(html, -1) {
			scripts = append(scripts, m[1])
		}
		return scripts
	}
	notFound := page("404.html")
	head, _, ok := strings.Cut(notFound, "</head>")
	if !ok {
		t.Fatal("404.html has no </head>")
	}
	if !startScript.MatchString(head) {
		t.Errorf("404.html does not load web/notfound-start.js just before app.js in its head")
	}
	if js, err := os.ReadFile(filepath.Join(dir, "web", "notfound-start.js")); err != nil || !setsLoad.Match(js) {
		t.Errorf("the export's web/notfound-start.js does not choose the \"load\" start policy (%v)", err)
	}
	// The pages' own inline scripts (go-app's start script, the theme's,
	// the export's trailing-slash fix) are the same on every page.
	shared := inline(page("index.html"))
	for _, s := range inline(notFound) {
		if !slices.Contains(shared, s) {
			t.Errorf("404.html carries an inline script the site's pages do not, which our CSP would block without a hash of its own:\n%.200s", s)
		}
	}
	for _, p := range []string{"index.html", "trade/index.html", "ru/index.html", "embed/trade/index.html"} {
		html := page(p)
		if strings.Contains(html, "notfound-start.js") || setsLoad.MatchString(html) {
			t.Errorf("%s sets the start policy; only 404.html is not its address's own page", p)
		}
	}
}
