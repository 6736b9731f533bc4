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

// program is the bundle compiled once: every runtime of every Renderer runs
// the same compiled program, so parsing it is paid once.
var program = sync.OnceValues(func() (*goja.Program, error) { return compile(bundleFS) })

func compile(fsys fs.FS) (*goja.Program, error) {
	src, err := fs.ReadFile(fsys, bundlePath)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ErrNoBundle
	}
	if err != nil {
		return nil, fmt.Errorf("chartsvg: reading the ECharts bundle: %w", err)
	}
	p, err := goja.Compile(bundlePath, string(src), false)
	if err != nil {
		return nil, fmt.Errorf("chartsvg: compiling the ECharts bundle: %w", err)
	}
	return p, nil
}

// BundleSize is the size in bytes of the embedded ECharts bundle (0 when it
// is missing), for the measurements.
func BundleSize() int {
	src, _ := fs.ReadFile(bundleFS, bundlePath)
	return len(src)
}
