//go:build !wasm

package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// brokenDatasets are files of data/testdata/broken with the field path and
// reason the server must print before refusing to start.
var brokenDatasets = []struct{ file, path, reason string }{
	{"unknown-unit.json", "figures[id=trade-2023-growth].unit", `unknown unit "pct"`},
	{"bad-slug.json", "categories[0].id", `id "Energy" is not a slug`},
	{"missing-title.json", "events[id=oil-supply].title", "missing text"},
	{"wrong-type-value.json", "figures[0].value", "want a number"},
	{"dangling-party.json", "events[id=oil-supply].parties[0]", `unknown entity "rosneft"`},
}

// TestBrokenDatasetRefused runs the server's main on broken -data files:
// it must exit non-zero before listening, naming the file, the field path
// and the reason on one line.
func TestBrokenDatasetRefused(t *testing.T) {
	for _, tc := range brokenDatasets {
		t.Run(tc.file, func(t *testing.T) {
			file := filepath.Join("data", "testdata", "broken", tc.file)
			var out strings.Builder
			code := run([]string{"-data", file, "-addr", "127.0.0.1:0"}, &out)
			if code == 0 {
				t.Fatalf("exit 0 on %s", file)
			}
			want := file + ": " + tc.path + ": "
			found := false
			for _, line := range strings.Split(out.String(), "\n") {
				if strings.HasPrefix(line, want) && strings.Contains(line, tc.reason) {
					found = true
				}
			}
			if !found {
				t.Errorf("no line %q…%s… in:\n%s", want, tc.reason, out.String())
			}
			if strings.Contains(out.String(), "serving Bilateral") {
				t.Error("it started serving")
			}
		})
	}
	t.Run("every broken file", func(t *testing.T) {
		files, _ := filepath.Glob(filepath.Join("data", "testdata", "broken", "*.json"))
		if len(files) < 20 {
			t.Fatalf("only %d broken files", len(files))
		}
		for _, f := range files {
			var out strings.Builder
			if code := run([]string{"-data", f, "-addr", "127.0.0.1:0"}, &out); code != 1 {
				t.Errorf("%s: exit %d, want 1", f, code)
			}
			if !strings.Contains(out.String(), f+": ") {
				t.Errorf("%s: the message does not name the file:\n%s", f, out.String())
			}
		}
	})
	t.Run("missing file", func(t *testing.T) {
		var out strings.Builder
		f := filepath.Join(t.TempDir(), "nope.json")
		if code := run([]string{"-data", f, "-addr", "127.0.0.1:0"}, &out); code != 1 || !strings.Contains(out.String(), f) {
			t.Errorf("exit %d, %q", code, out.String())
		}
	})
}

// TestBinaryRefusesBrokenDataset is the same through the compiled binary,
// as an operator would run it: exit status 1 and the problem on stderr.
func TestBinaryRefusesBrokenDataset(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the server")
	}
	bin := filepath.Join(t.TempDir(), "bilateral")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	file, _ := filepath.Abs(filepath.Join("data", "testdata", "broken", "unknown-unit.json"))
	cmd := exec.Command(bin, "-data", file, "-addr", "127.0.0.1:0")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	done := make(chan error, 1)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
			t.Errorf("exit: %v, want status 1", err)
		}
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatal("still running after 20 s")
	}
	want := file + `: figures[id=trade-2023-growth].unit: unknown unit "pct"`
	if !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
	}
}
