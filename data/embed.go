//go:build !wasm

package data

import _ "embed"

// Default is the dataset built into native binaries (server, prerenderer,
// tests). The Wasm client fetches the file from the server instead, so that
// the dataset is not paid for twice in the download.
//
//go:embed relations.json
var Default []byte

// LoadDefault parses and validates the embedded dataset.
func LoadDefault() (*Dataset, error) {
	return Parse("data/relations.json", Default)
}
