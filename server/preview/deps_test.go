//go:build !wasm

package preview

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestWasmLinksNoPreview keeps the picture drawing, its fonts and
// golang.org/x/image out of the Wasm: only the server draws previews, and
// the client pays for every byte it downloads.
func TestWasmLinksNoPreview(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is needed to list the Wasm's packages: %v", err)
	}
	cmd := exec.Command(gobin, "list", "-deps", "bilateral")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	pkgs := strings.Fields(string(out))
	if len(pkgs) < 10 {
		t.Fatalf("go list named only %d packages: %q", len(pkgs), pkgs)
	}
	for _, pkg := range pkgs {
		if pkg == "bilateral/server/preview" || strings.HasPrefix(pkg, "golang.org/x/image") {
			t.Errorf("the Wasm links %s", pkg)
		}
	}
}
