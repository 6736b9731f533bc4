//go:build !wasm

package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// wasmMustNotLink names what the client never downloads, each with why: the
// browser pays for every byte of the Wasm, and these only serve the server.
var wasmMustNotLink = []struct{ prefix, why string }{
	{"text/template", "go-echarts' template rendering (~65 kB brotli); the client needs options as JSON only"},
	{"html/template", "go-echarts' template rendering (~65 kB brotli); the client needs options as JSON only"},
	{"github.com/go-echarts/go-echarts/v2/charts", "its page rendering; app/charts builds on go-echarts' opts alone"},
	{"github.com/go-echarts/go-echarts/v2/render", "its page rendering; app/charts builds on go-echarts' opts alone"},
	{"github.com/go-echarts/go-echarts/v2/templates", "its page rendering; app/charts builds on go-echarts' opts alone"},
	{"github.com/dop251/goja", "the server's JavaScript engine: the browser has ECharts itself"},
	{"bilateral/server/", "server-only packages (chart drawing, preview pictures, assets, security, pages)"},
	{"bilateral/web", "the embedded web/ directory, app.wasm itself included"},
	{"golang.org/x/image", "the preview pictures' drawing and fonts"},
	{"github.com/santhosh-tekuri/jsonschema", "the schema validator: data's tests only"},
	{"net/http", "go-app's Handler, the server's (third_party/go-app patch 5): its package init keeps crypto/tls, x509 and math/big, 331 kB brotli"},
	{"crypto", "net/http brought crypto/tls (331 kB brotli with it; the client fetches with the browser's fetch), go-app's encrypted state crypto/aes and crypto/rand (third_party/go-app patch 25: 59 kB brotli with the two below); the browser has its own"},
	{"math/big", "crypto/rand's and crypto/tls' (see crypto)"},
	{"github.com/google/uuid", "go-app's ids, now from the browser's crypto.getRandomValues (third_party/go-app patch 25); it brought crypto/md5, crypto/sha1 and database/sql/driver"},
	{"regexp", "go-echarts' opts compiled two at init and go-app routed by pattern (third_party patches): 0.36 MB of the module's code with Unicode's tables, and their start-up work"},
}

// TestWasmLinksNoServerCode lists the Wasm build's packages and fails on
// any that only the server needs.
func TestWasmLinksNoServerCode(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is needed to list the Wasm's packages: %v", err)
	}
	cmd := exec.Command(gobin, "list", "-deps", ".")
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
		for _, bad := range wasmMustNotLink {
			if pkg == bad.prefix || strings.HasPrefix(pkg, strings.TrimSuffix(bad.prefix, "/")+"/") {
				t.Errorf("the Wasm links %s: %s", pkg, bad.why)
			}
		}
	}
}
