//go:build !wasm

package export

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bilateral/internal/servertest"
)

// TestExportLanguages: the static site has a tree per language: every view
// and embed under ru/ and az/ as well as at the root, each page saying its
// language, and the worker precaching each language's pages for offline use.
func TestExportLanguages(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	servertest.Site(t)
	if _, err := exportSite(dir, "", servertest.EmbeddedOptions()); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ file, lang string }{
		{"index.html", "en"}, {"ru/index.html", "ru"}, {"az/trade/index.html", "az"},
		{"ru/embed/energy/index.html", "ru"}, {"az/sources/index.html", "az"},
	} {
		b, err := os.ReadFile(filepath.Join(dir, c.file))
		if err != nil {
			t.Errorf("%s: %v", c.file, err)
			continue
		}
		if !strings.Contains(string(b), `<html lang="`+c.lang+`">`) {
			t.Errorf("%s does not say lang=%s", c.file, c.lang)
		}
	}
	// The tables in each language, as the server serves them.
	for _, f := range []string{"data/figures.csv", "ru/data/figures.csv", "az/data/events.csv", "ru/data/series.csv"} {
		if b, err := os.ReadFile(filepath.Join(dir, f)); err != nil || !strings.HasPrefix(string(b), "id,") && !strings.HasPrefix(string(b), "series_id,") {
			t.Errorf("%s: %v, starts %.20q", f, err, b)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "ru", "data", "figures.csv")); !strings.ContainsRune(string(b), 'ы') {
		t.Error("ru/data/figures.csv has no Russian text")
	}
	worker, err := os.ReadFile(filepath.Join(dir, "app-worker.js"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{`"/ru/"`, `"/ru/trade/"`, `"/az/timeline/"`} {
		if !strings.Contains(string(worker), p) {
			t.Errorf("the worker does not precache %s", p)
		}
	}
}
