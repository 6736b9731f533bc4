//go:build !wasm

// Package assets serves the static assets: every file of web/ (embedded in
// the binary) and the dataset, each sent as it is or as its precompressed
// .br/.gz sibling (tools/precompress, run by make build), chosen by
// Accept-Encoding (server/encoding).
//
// Caching: web/ is served at the URLs go-app writes into pages (/web/…),
// which do not change between builds, so those answers say no-cache with a
// strong ETag of the content: a browser revalidates and gets a 304 unless
// the file changed, and a file that did not change between two deployments
// is not downloaded again. /<version>/web/… (go-app's versioned form, for
// a CDN or a page that wants it) is immutable for a year: its URL changes
// with every build.
package assets
