//go:build !wasm

// Package security is what the server refuses and promises before any page
// or file is chosen: the security headers on every answer (a CSP that
// allows only our origin and the inline scripts hashed at start), the guard
// (GET and HEAD only, bounded URLs, clean paths), the Host check
// (-allowed-hosts) and the connection limits (keep-alive off near
// -max-conns, -max-conns below the open-file limit). SECURITY.md lists the
// promises and the tests that hold them.
package security
