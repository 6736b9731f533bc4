//go:build !wasm

package chartsvg

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestWasmLinksNoJSEngine keeps the server's chart drawing out of the Wasm:
// goja and the ECharts bundle it runs are megabytes the browser, which has
// ECharts itself, must never download.
func TestWasmLinksNoJSEngine(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is not on PATH (the test lists the Wasm's packages with it): %v", err)
	}
	cmd := exec.Command(gobin, "list", "-deps", "bilateral")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	pkgs := strings.Fields(string(out))
	if len(pkgs) < 10 {
		t.Fatalf("go list found only %d packages in the Wasm", len(pkgs))
	}
	for _, pkg := range pkgs {
		if strings.HasPrefix(pkg, "github.com/dop251/goja") || strings.HasPrefix(pkg, "bilateral/server/chartsvg") {
			t.Errorf("the Wasm links %s", pkg)
		}
	}
}
