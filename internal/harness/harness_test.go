//go:build !wasm

package harness

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestServerBinaryMissing(t *testing.T) {
	_, err := ServerBinary(filepath.Join(t.TempDir(), "bilateral"))
	if err == nil || !strings.Contains(err.Error(), "make build") {
		t.Errorf("missing binary: %v, want an error saying to run make build", err)
	}
}

func TestChromePathMissing(t *testing.T) {
	t.Setenv("CHROME", filepath.Join(t.TempDir(), "chromium"))
	_, err := ChromePath("")
	if err == nil || !strings.Contains(err.Error(), "CHROME") {
		t.Errorf("missing Chromium: %v, want an error saying how to get one", err)
	}
}

// TestStartServerExits: a binary that dies at once is reported with the
// end of its log, not waited on for the whole timeout.
func TestStartServerExits(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "server")
	if err := os.WriteFile(bin, []byte("#!/bin/sh\necho \"refusing: $*\"\nexit 3\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	_, err := StartServer(context.Background(), ServerOptions{Bin: bin, Args: []string{"-x"}, Log: filepath.Join(dir, "log")})
	if err == nil || !strings.Contains(err.Error(), "exited before serving") || !strings.Contains(err.Error(), "refusing: -addr 127.0.0.1:") {
		t.Errorf("StartServer of a failing binary: %v", err)
	}
}

func TestTail(t *testing.T) {
	p := filepath.Join(t.TempDir(), "log")
	os.WriteFile(p, []byte("a\nb\nc\n"), 0o644)
	if got := Tail(p, 2); got != "b\nc" {
		t.Errorf("Tail = %q", got)
	}
}
