//go:build !wasm

package export

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bilateral/components"
)

// TestExportNeverWritesUndrawnPage: a page is drawn once, for good, on a
// static host, so a page whose chart the server could not draw is made
// again, and an export whose chart stays undrawn fails, saying which page,
// and leaves no site behind.
func TestExportNeverWritesUndrawnPage(t *testing.T) {
	drawn := []string{`<svg data-w="310" aria-hidden="true"></svg>`}
	t.Cleanup(func() { components.ServerDrawings = nil })

	// Each chart's first drawing fails (as one that ran out of time on a
	// busy machine): its page is made again.
	tried := map[string]bool{}
	components.ServerDrawings = func(option string, height, maxWidth int, links map[string]string) []string {
		if !tried[option] {
			tried[option] = true
			return nil
		}
		return drawn
	}
	dir := filepath.Join(t.TempDir(), "dist")
	if _, err := exportWith(t, dir, os.WriteFile); err != nil {
		t.Fatalf("export with drawings failing now and then: %v", err)
	}
	page, err := os.ReadFile(filepath.Join(dir, "trade", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), `data-drawn="server"`) || components.Undrawn(page) {
		t.Error("trade/index.html was written with a chart undrawn")
	}

	// Drawing never works: the export fails and writes nothing.
	components.ServerDrawings = func(string, int, int, map[string]string) []string { return nil }
	dir = filepath.Join(t.TempDir(), "dist")
	_, err = exportWith(t, dir, os.WriteFile)
	if err == nil || !strings.Contains(err.Error(), "could not be drawn") {
		t.Fatalf("export with no drawing possible: %v, want a refusal naming the page", err)
	}
	if _, statErr := os.Stat(dir); !os.IsNotExist(statErr) {
		t.Errorf("a failed export left %s behind (%v)", dir, statErr)
	}
}
