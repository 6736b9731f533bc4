//go:build !wasm

package data

import _ "embed"

// Schema is the JSON Schema of the dataset file, which the server serves at
// /data/relations.schema.json.
//
//go:embed relations.schema.json
var Schema []byte
