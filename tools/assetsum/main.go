//go:build !wasm

// Command assetsum writes web/assets.sum (web.SumFile): the size and
// SHA-256 of every file the server would send from the web/ it embeds, its
// .br/.gz variants only when they decode to their file and are smaller. The
// server then reads none of them at start (server/assets, LoadSummed).
// make build runs it after tools/precompress and before building the server:
//
//	go run ./tools/assetsum
//
// It reads web/ through the web package, so it sees exactly the files a
// server built now would embed.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"bilateral/server/assets"
	"bilateral/web"
)

func main() {
	sum, warnings, err := assets.Sum(web.FS())
	if err != nil {
		fmt.Fprintln(os.Stderr, "assetsum:", err)
		os.Exit(1)
	}
	for _, w := range warnings {
		fmt.Fprintln(os.Stderr, "assetsum: warning:", w)
	}
	out := filepath.Join("web", web.SumFile)
	tmp := filepath.Join("web", ".~"+web.SumFile) // go:embed skips names starting with a dot
	if err := os.WriteFile(tmp, sum, 0o644); err == nil {
		err = os.Rename(tmp, out)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "assetsum:", err)
		os.Exit(1)
	}
}
