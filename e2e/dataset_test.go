//go:build browser

package e2e

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestBrokenDataset starts the server on a dataset that breaks the rules: it
// must refuse to serve, quickly, and say which file and which fields are wrong.
func TestBrokenDataset(t *testing.T) {
	path := filepath.Join(t.TempDir(), "broken-relations.json")
	if err := os.WriteFile(path, []byte(`{"format": 1, "source": {}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(binPath, "-data", path, "-addr", "127.0.0.1:0")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", binPath, err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()

	var err error
	select {
	case err = <-done:
	case <-time.After(10 * time.Second):
		_ = cmd.Process.Kill()
		<-done
		t.Fatalf("%s -data %s still running after 10 s; it must refuse a broken dataset and exit\nstderr:\n%s",
			binPath, path, stderr.String())
	}

	var exitErr *exec.ExitError
	switch {
	case err == nil:
		t.Errorf("exit status 0 on a broken dataset, want non-zero")
	case !errors.As(err, &exitErr):
		t.Errorf("wait: %v", err)
	}
	msg := stderr.String()
	t.Logf("stderr:\n%s", msg)
	if !strings.Contains(msg, path) {
		t.Errorf("stderr does not name the file %s", path)
	}
	if !strings.Contains(msg, "source.publisher") {
		t.Errorf("stderr does not name a field path such as source.publisher")
	}
}
