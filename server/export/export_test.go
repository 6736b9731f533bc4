//go:build !wasm

package export

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"bilateral/internal/servertest"
)

// exportWith runs the export with write as its file writer.
func exportWith(t *testing.T, dir string, write fileWriter) (int, error) {
	t.Helper()
	servertest.Site(t) // go-app's routes and the dataset, registered once
	return exportSiteWith(write, dir, "", servertest.EmbeddedOptions())
}

// tree lists the files under dir with their sizes.
func tree(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		out = append(out, rel+" "+strings.Repeat("#", int(min(info.Size(), 3))))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

// TestExportAtomic: -export writes into a temporary directory beside DIR
// and renames it into place only when complete. A write failing halfway
// (a full disk) leaves DIR as it was and no partial site anywhere; a
// complete export replaces an earlier one; a directory that is not an
// export is never replaced.
func TestExportAtomic(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "dist")

	// A first export into a missing DIR.
	n, err := exportWith(t, dir, os.WriteFile)
	if err != nil || n < 20 {
		t.Fatalf("first export: %d files, %v", n, err)
	}
	if got := entries(t, parent); strings.Join(got, ",") != "dist" {
		t.Fatalf("beside DIR after the export: %q, want only dist", got)
	}
	if err := os.WriteFile(filepath.Join(dir, "marker"), []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	before := tree(t, dir)

	// A second export that fails at its 10th file.
	full := errors.New("no space left on device (injected)")
	writes := 0
	failing := func(name string, b []byte, perm fs.FileMode) error {
		if writes++; writes == 10 {
			return full
		}
		return os.WriteFile(name, b, perm)
	}
	if _, err := exportWith(t, dir, failing); !errors.Is(err, full) {
		t.Fatalf("export with a failing write: %v, want the write's error", err)
	}
	if writes < 10 {
		t.Fatalf("only %d writes", writes)
	}
	if after := tree(t, dir); strings.Join(after, "\n") != strings.Join(before, "\n") {
		t.Errorf("DIR changed after a failed export:\nbefore %q\nafter  %q", before, after)
	}
	if got := entries(t, parent); strings.Join(got, ",") != "dist" {
		t.Errorf("beside DIR after a failed export: %q, want only dist (no partial site)", got)
	}

	// A complete export replaces the earlier one whole.
	if _, err := exportWith(t, dir, os.WriteFile); err != nil {
		t.Fatalf("export over an earlier one: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "marker")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the earlier export's extra file survived the replacement: %v", err)
	}
	if got := entries(t, parent); strings.Join(got, ",") != "dist" {
		t.Errorf("beside DIR after replacing: %q, want only dist", got)
	}

	// A directory with other things in it is refused and left alone.
	other := filepath.Join(parent, "home")
	os.MkdirAll(other, 0o755)
	os.WriteFile(filepath.Join(other, "notes.txt"), []byte("mine"), 0o644)
	if _, err := exportWith(t, other, os.WriteFile); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Errorf("export into a directory that is not an export: %v, want a refusal", err)
	}
	if got := entries(t, other); strings.Join(got, ",") != "notes.txt" {
		t.Errorf("the other directory now holds %q", got)
	}
}

// TestExportLeavesOutWorkerTemplate: the export copies web/ for the pages'
// files, and copied web/app-worker.js with it, go-app's template of the
// worker with its placeholders unfilled, which a static host then served
// at /web/app-worker.js. The worker is app-worker.js at the site's root.
func TestExportLeavesOutWorkerTemplate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	servertest.Site(t)
	if _, err := exportSite(dir, "", servertest.EmbeddedOptions()); err != nil {
		t.Fatal(err)
	}
	for _, name := range entries(t, filepath.Join(dir, "web")) {
		if strings.HasPrefix(name, "app-worker.js") {
			t.Errorf("the export has web/%s", name)
		}
	}
	worker, err := os.ReadFile(filepath.Join(dir, "app-worker.js"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(worker), "{{") || !strings.Contains(string(worker), "resourcesToCache") {
		t.Error("app-worker.js is not the filled worker")
	}
}
