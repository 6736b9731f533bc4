package data

import "fmt"

// Decode reads a dataset that was validated before it was served: the Wasm
// client's case, since the server (or the static export) refuses to serve a
// dataset that fails Validate. It still refuses what it cannot read — an
// oversize file, unknown fields, wrong types — but skips the full shape
// check and validation, which keeps their code (about 30 KB compressed) out
// of the client the reader downloads.
func Decode(file string, b []byte) (*Dataset, error) {
	if len(b) > MaxSize {
		return nil, &Problems{File: file, List: []Problem{{"", fmt.Sprintf("the file is %d bytes; the limit is %d", len(b), MaxSize)}}}
	}
	var d Dataset
	if err := decodeStrict(b, &d); err != nil {
		return nil, &Problems{File: file, List: []Problem{{"", err.Error()}}}
	}
	return &d, nil
}
