//go:build !wasm

package web

import (
	"io/fs"
	"strings"
	"testing"
)

// The server sends and exports every file of FS: the package's own Go
// files and the worker's unfilled template must not be among them, and the
// site's files must.
func TestFSHidesGoFiles(t *testing.T) {
	var names []string
	err := fs.WalkDir(FS(), ".", func(name string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			names = append(names, name)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	joined := "\n" + strings.Join(names, "\n") + "\n"
	for _, want := range []string{"\ntheme.js\n", "\nbilateral.css\n", "\nicons/icon.svg\n"} {
		if !strings.Contains(joined, want) {
			t.Errorf("FS lacks %s; has %q", strings.TrimSpace(want), names)
		}
	}
	if strings.Contains(joined, ".go\n") || strings.Contains(joined, WorkerFile) {
		t.Errorf("FS shows Go files or the worker's template: %q", names)
	}
	for _, name := range []string{"embed.go", "embed_test.go", SumFile, WorkerFile, WorkerFile + ".br", WorkerFile + ".gz"} {
		if _, err := fs.ReadFile(FS(), name); err == nil {
			t.Errorf("%s can be read through FS", name)
		}
		if _, err := fs.Stat(FS(), name); err == nil {
			t.Errorf("%s can be stat'ed through FS", name)
		}
	}
}

// The worker's template is the server's to fill: it is there for it, with
// go-app's placeholders.
func TestWorkerTemplate(t *testing.T) {
	if !strings.Contains(string(WorkerTemplate()), "{{.ResourcesToCache}}") {
		t.Error("WorkerTemplate has no {{.ResourcesToCache}}")
	}
}
