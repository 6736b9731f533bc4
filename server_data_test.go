//go:build !wasm

package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestBrokenDatasetRefused runs the server's main as the binary does on a
// broken -data file and on a missing one: exit 1 before listening, the
// file, the field path and the reason on one line. Which files are broken
// and why is data/'s table (data/parse_test.go); this is that the server
// refuses them and says so.
func TestBrokenDatasetRefused(t *testing.T) {
	broken := filepath.Join("data", "testdata", "broken", "unknown-unit.json")
	for _, tc := range []struct{ name, file, line string }{
		{"broken", broken, broken + `: figures[id=trade-2023-growth].unit: unknown unit "pct"`},
		{"missing", filepath.Join(t.TempDir(), "nope.json"), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out strings.Builder
			if code := run([]string{"-data", tc.file, "-addr", "127.0.0.1:0"}, &out); code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			want := tc.line
			if want == "" {
				want = tc.file
			}
			if !strings.Contains(out.String(), "refusing to start") || !strings.Contains(out.String(), want) {
				t.Errorf("no %q after refusing to start in:\n%s", want, out.String())
			}
			if strings.Contains(out.String(), "serving Bilateral") {
				t.Error("it started serving")
			}
		})
	}
}
