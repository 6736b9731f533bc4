//go:build !wasm

package assets

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"bilateral/server/encoding"
)

// Timing bounds a whole asset download: Base (the server's write
// timeout) plus its size at Rate bytes a second. A fixed WriteTimeout would
// cut a large download on a slow but honest line; a deadline per write let
// a reader that takes a little every half minute hold a slot for an hour.
type Timing struct {
	Base time.Duration
	Rate int64
}

// DefaultTiming is the server's unless configured otherwise: 32 KiB/s
// (256 kbit/s) gets app.wasm as brotli within 30 s + 53 s, and unencoded
// within 30 s + 4.7 min; a slower reader loses its slot.
var DefaultTiming = Timing{Base: 30 * time.Second, Rate: 32 << 10}

type timingKey struct{}

// WithTiming is ctx carrying the server's Timing (its BaseContext); a
// request without it gets DefaultTiming.
func WithTiming(ctx context.Context, t Timing) context.Context {
	return context.WithValue(ctx, timingKey{}, t)
}

// WriteTime is how long sending size bytes may take, from the first of
// them.
func WriteTime(r *http.Request, size int64) time.Duration {
	at, ok := r.Context().Value(timingKey{}).(Timing)
	if !ok || at.Rate <= 0 {
		at = DefaultTiming
	}
	return at.Base + time.Duration(float64(size)/float64(at.Rate)*float64(time.Second))
}

// Serve answers GET or HEAD for a with the encoding the client
// prefers. http.ServeContent does the rest: If-None-Match (304), Range and
// If-Range on the chosen representation, HEAD, Content-Length.
func Serve(w http.ResponseWriter, r *http.Request, a *Asset, cacheControl string) {
	if inm := encoding.ClientIfNoneMatch(r); inm != r.Header.Get("If-None-Match") {
		// Served from behind encoding.Dynamic (a route of the mux): our
		// ETags name the encoding themselves, so compare what was sent.
		r = r.Clone(r.Context())
		r.Header.Set("If-None-Match", inm)
	}
	ae := encoding.ParseAccept(r.Header)
	enc, ok := ae.Negotiate(a.encs...)
	rg := r.Header.Get("Range")
	if ok && rg != "" && ae.Weight("identity") > 0 {
		// Ranges count bytes of the file itself when the client takes it
		// unencoded.
		enc = encoding.Identity
	}
	if ok {
		if b := a.checked(enc); b != a {
			Serve(w, r, b, cacheControl) // its bytes were not the build's (sum.go)
			return
		}
	}
	h := w.Header()
	h.Set("Cache-Control", cacheControl)
	if len(a.encs) > 0 {
		encoding.AddVary(h)
	}
	if !ok {
		h.Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusNotAcceptable)
		fmt.Fprintln(w, "406 not acceptable: identity;q=0 and no acceptable encoding of this file")
		return
	}
	if strings.Count(rg, ",") >= maxRanges {
		// Too many ranges are refused outright.
		h.Set("Content-Range", "bytes */"+strconv.FormatInt(a.reps[encoding.Identity].size, 10))
		h.Set("Content-Type", "text/plain; charset=utf-8")
		h.Set("ETag", a.etag)
		w.WriteHeader(http.StatusRequestedRangeNotSatisfiable)
		fmt.Fprintf(w, "416 range not satisfiable: at most %d ranges\n", maxRanges)
		return
	}
	rep := a.reps[enc]
	f, err := rep.open()
	if err != nil {
		http.Error(w, "500 internal server error", http.StatusInternalServerError)
		return
	}
	defer rep.done(f)
	h.Set("Content-Type", a.ctype)
	h.Set(UncompressedLengthHeader, strconv.FormatInt(a.reps[encoding.Identity].size, 10))
	if enc != encoding.Identity {
		h.Set("Content-Encoding", enc)
		if r.Header.Get("Range") == "" {
			// ServeContent leaves the length of an encoded body unset.
			h.Set("Content-Length", strconv.FormatInt(rep.size, 10))
		}
	}
	h.Set("ETag", encoding.WithSuffix(a.etag, enc))
	// Unsupported under httptest and -export: fine, nothing waits there.
	_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(WriteTime(r, rep.size)))
	http.ServeContent(w, r, "", time.Time{}, f)
}
