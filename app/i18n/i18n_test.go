package i18n

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestFallbacks(t *testing.T) {
	if got := T("xx", "app.name"); got != en["app.name"] {
		t.Errorf("unknown language: %q, want the English %q", got, en["app.name"])
	}
	if got := T("en", "no.such.key"); got != "no.such.key" {
		t.Errorf("missing key: %q, want the key itself", got)
	}
	if Month("en", 13) != "" || Month("en", 7) != "July" {
		t.Errorf("Month: %q %q", Month("en", 13), Month("en", 7))
	}
}

// TestEveryKeyUsedExists reads the app's source for literal keys passed to
// T and checks the English catalogue has each: a missing key would show
// readers the key itself ("theme.dark") instead of words.
func TestEveryKeyUsedExists(t *testing.T) {
	use := regexp.MustCompile(`i18n\.T\(lang, "([a-z0-9.\- ]+)"\)`)
	root := filepath.Join("..", "..")
	seen := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range use.FindAllStringSubmatch(string(b), -1) {
			seen++
			if _, ok := en[m[1]]; !ok {
				t.Errorf("%s uses i18n key %q, missing from the English catalogue", path, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen < 50 {
		t.Errorf("found only %d uses of i18n.T; the scan is broken", seen)
	}
}
