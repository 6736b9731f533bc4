//go:build !wasm

// Package encoding is how the server chooses and makes content codings:
// Accept-Encoding negotiation with q-values (RFC 9110, 12.5.3), Vary, an
// ETag per representation ("abc" → "abc-br") with If-None-Match translated
// back for the handler behind, compression of responses made per request
// (Dynamic), and every brotli and gzip writer and reader of the server.
//
// Why ours and not a library: two maintained ones were measured against
// what our tests ask (scratch module, Go 1.26, 3 December 2026):
//
//   - github.com/vearutop/statigz v1.4.0 (precompressed embedded files):
//     +106 kB to a stripped binary that already links andybalholm/brotli.
//     It picks an encoding with strings.Contains on the header, so
//     "br;q=0, gzip;q=0" still gets gzip and "identity;q=0" still gets
//     identity (we answer identity and 406); its ETags are unquoted FNV-64
//     strings compared byte for byte; it sends a .br/.gz sibling without
//     checking that it decodes to the file (we drop stale variants); types
//     come from the system's MIME table. It would also need our per-asset
//     download deadline and 416 bound wrapped around it.
//   - github.com/CAFxX/httpcompression v0.0.8 (dynamic responses):
//     +340 kB, and it pulls klauspost/compress v1.14.1, a retracted
//     version. It keeps the identity ETag on compressed bytes (one strong
//     validator for two byte sequences) and does not translate
//     If-None-Match, so a client holding the brotli page never gets its
//     304 under the right ETag; it streams without Content-Length; it
//     prefers "gzip;q=0.5" over an explicit "identity" (q=1).
//
// So statigz fails the q-value and identity rows of TestNegotiate and the
// ETag checks of server/site's TestEncodings; httpcompression fails
// TestEncodings' ETag and Content-Length checks. Neither is used; the code
// here is 545 lines, tests apart.
package encoding
