//go:build !wasm

package chartsvg

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sync"

	"github.com/dop251/goja"
)

// The folder, not the file, is embedded: it always holds its README, so a
// checkout that has not run `make deps` still compiles, vets and tests, and
// New says what to run instead of go:embed's "no matching files found".
//
//go:embed bundle
var bundleFS embed.FS

const bundlePath = "bundle/echarts-ssr.js"

// ErrNoBundle is returned by New when the server's ECharts bundle was not
// built into the binary.
var ErrNoBundle = errors.New("chartsvg: server/chartsvg/" + bundlePath +
	" is missing: run `make deps` (it bundles tools/echarts/ssr-entry.js with esbuild) before building the server")

// compiled is the bundle compiled, script by script (scripts.go): every
// runtime loaded while it is held runs the same programs, so compiling them
// (0.14 s, 10 MB heap) is paid once for them all. A Renderer that drops its
// runtimes when idle forgets it too (the runtimes still loaded keep what
// they use of it alive).
var compiled struct {
	sync.Mutex
	p []*goja.Program
}

func program() ([]*goja.Program, error) {
	compiled.Lock()
	defer compiled.Unlock()
	if compiled.p == nil {
		p, err := compile(bundleFS)
		if err != nil {
			return nil, err
		}
		compiled.p = p
	}
	return compiled.p, nil
}

func forgetProgram() {
	compiled.Lock()
	compiled.p = nil
	compiled.Unlock()
}

func compile(fsys fs.FS) ([]*goja.Program, error) {
	src, err := fs.ReadFile(fsys, bundlePath)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ErrNoBundle
	}
	if err != nil {
		return nil, fmt.Errorf("chartsvg: reading the ECharts bundle: %w", err)
	}
	return compileScripts(scriptsOf(string(src)))
}

// BundleSize is the size in bytes of the embedded ECharts bundle (0 when it
// is missing), for the measurements.
func BundleSize() int {
	src, _ := fs.ReadFile(bundleFS, bundlePath)
	return len(src)
}
