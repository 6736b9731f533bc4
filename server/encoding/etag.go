//go:build !wasm

package encoding

import (
	"encoding/hex"
	"net/http"
	"strings"
)

// etagSuffix marks the ETag of an encoded representation: each encoding of
// a resource is a different sequence of bytes, so it gets its own strong
// validator ("abc" → "abc-br").
var etagSuffix = map[string]string{Brotli: "-br", Gzip: "-gz"}

// ETagMatch reports whether an If-None-Match value lists etag, comparing
// weakly as RFC 9110 13.1.2 asks ("*" matches any current representation).
func ETagMatch(ifNoneMatch, etag string) bool {
	if ifNoneMatch == "" || etag == "" {
		return false
	}
	etag = strings.TrimPrefix(etag, "W/")
	for _, t := range strings.Split(ifNoneMatch, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == etag {
			return true
		}
	}
	return false
}

// WithSuffix gives the ETag of the enc representation of a resource whose
// identity ETag is etag.
func WithSuffix(etag, enc string) string {
	s := etagSuffix[enc]
	if s == "" || !strings.HasSuffix(etag, `"`) {
		return etag
	}
	for _, have := range etagSuffix {
		if strings.HasSuffix(etag, have+`"`) {
			return etag // already names an encoded representation
		}
	}
	return etag[:len(etag)-1] + s + `"`
}

// clientINMKey holds, in a request's context, the If-None-Match the client
// sent, before Dynamic translated it for go-app.
type clientINMKey struct{}

// ClientIfNoneMatch is the If-None-Match of r as the client sent it.
func ClientIfNoneMatch(r *http.Request) string {
	if v, ok := r.Context().Value(clientINMKey{}).(string); ok {
		return v
	}
	return r.Header.Get("If-None-Match")
}

// stripSuffixes turns the ETags of encoded representations in an
// If-None-Match value back into the identity ETag the inner handler knows,
// so its own 304 logic (go-app compares the header with its ETag as a
// string) works whatever encoding the client holds. held is the encoding
// of the first tag that had a suffix.
func stripSuffixes(ifNoneMatch string) (stripped, held string) {
	parts := strings.Split(ifNoneMatch, ",")
	for i, p := range parts {
		p = strings.TrimSpace(p)
		for enc, s := range etagSuffix {
			if strings.HasSuffix(p, s+`"`) {
				p = p[:len(p)-len(s)-1] + `"`
				if held == "" {
					held = enc
				}
				break
			}
		}
		parts[i] = p
	}
	return strings.Join(parts, ", "), held
}

// ETag is the strong ETag of bytes whose SHA-256 is sum: its first 12
// bytes in hex, quoted.
func ETag(sum []byte) string {
	return `"` + hex.EncodeToString(sum[:12]) + `"`
}
