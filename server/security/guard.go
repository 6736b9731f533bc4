//go:build !wasm

package security

import (
	"net/http"
	"strings"
)

// Guard refuses, before any routing: methods other than GET and HEAD (405
// with Allow), request targets over MaxURLBytes (414), and paths that are
// not clean (400): a "." or ".." segment, an empty one ("//"), a
// backslash, a NUL or another control byte, whether sent raw or
// percent-encoded. Nothing is served from
// a file system path anyway (assets are looked up by exact name), so this
// is a second wall, and it keeps such requests out of go-app's router.
func Guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.Method != http.MethodGet && r.Method != http.MethodHead:
			w.Header().Set("Allow", allowedMethods)
			PlainError(w, http.StatusMethodNotAllowed, "405 method not allowed: GET and HEAD only")
		case len(r.RequestURI) > MaxURLBytes || len(r.URL.RawQuery) > MaxURLBytes:
			PlainError(w, http.StatusRequestURITooLong, "414 URI too long")
		case !CleanPath(r.URL.Path):
			PlainError(w, http.StatusBadRequest, "400 bad request: path is not clean")
		default:
			next.ServeHTTP(w, r)
		}
	})
}

// CleanPath reports whether p (decoded) is absolute and free of dot and
// empty segments, backslashes and control bytes.
func CleanPath(p string) bool {
	if !strings.HasPrefix(p, "/") {
		return false
	}
	for i := 0; i < len(p); i++ {
		if c := p[i]; c < 0x20 || c == 0x7f || c == '\\' {
			return false
		}
	}
	segs := strings.Split(p, "/")
	for i, seg := range segs {
		if seg == "." || seg == ".." || (seg == "" && i > 0 && i < len(segs)-1) {
			return false // a dot segment, or an empty one ("//")
		}
	}
	return true
}

func PlainError(w http.ResponseWriter, code int, msg string) {
	h := w.Header()
	h.Del("ETag")
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	w.Write([]byte(msg + "\n"))
}
