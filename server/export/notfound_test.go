//go:build !wasm

package export

import (
	"os"
	"path/filepath"
	"regexp"
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
// startsAtLoad is an inline script choosing go-app's "load" start policy
// (third_party/go-app, patch 4), unless the page's opener chose another.
var startsAtLoad = regexp.MustCompile(`<script>[^<]*globalThis\.goappWasmStart\s*=[^<]*"load"[^<]*</script>`)

func TestExportNotFoundStartsAtLoad(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	servertest.Site(t)
	if _, err := exportSite(dir, "/bilateral", servertest.EmbeddedOptions()); err != nil {
		t.Fatal(err)
	}
	page := func(name string) string {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	notFound := page("404.html")
	head, _, ok := strings.Cut(notFound, "</head>")
	if !ok {
		t.Fatal("404.html has no </head>")
	}
	if !startsAtLoad.MatchString(head) {
		t.Errorf("404.html does not start its program at load: no goappWasmStart = \"load\" in its head")
	}
	for _, p := range []string{"index.html", "trade/index.html", "ru/index.html", "embed/trade/index.html"} {
		if startsAtLoad.MatchString(page(p)) {
			t.Errorf("%s sets the start policy; only 404.html is not its address's own page", p)
		}
	}
}
