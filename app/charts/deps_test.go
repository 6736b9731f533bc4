package charts

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestWasmLinksNoTemplates keeps go-echarts' charts package out of the Wasm:
// it renders pages through html/template, which costs the client about
// 65 kB brotli for options we only need as JSON. The typed opts are enough.
func TestWasmLinksNoTemplates(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is needed to list the Wasm's dependencies: %v", err)
	}
	cmd := exec.Command(gobin, "list", "-deps", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, pkg := range strings.Fields(string(out)) {
		switch pkg {
		case "text/template", "html/template",
			"github.com/go-echarts/go-echarts/v2/charts",
			"github.com/go-echarts/go-echarts/v2/render",
			"github.com/go-echarts/go-echarts/v2/templates":
			t.Errorf("the charts package links %s into the Wasm", pkg)
		}
	}
}
