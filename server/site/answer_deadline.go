//go:build !wasm

package site

import (
	"net/http"
	"time"

	"bilateral/server/assets"
)

// writeTimeFromAnswer gives every answer next makes the server's write time
// (assets.WriteTime) from its first byte, not from its request: net/http's
// WriteTimeout counts from the request, so a page that waited for its turn
// and its drawings (renderSlots, chartDrawTime) longer than that was cut
// before its first byte, and the reader got an empty answer. A service
// worker's install then failed as a whole: one install's fetches on a
// server that had made none of its pages yet took 32 s, and the last page
// came back empty (7 Dec 2026). The write itself stays bounded: a slow
// reader still loses the connection at the same time after the answer
// starts.
func writeTimeFromAnswer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(&timedAnswer{ResponseWriter: w, r: r}, r)
	})
}

type timedAnswer struct {
	http.ResponseWriter
	r       *http.Request
	started bool
}

func (w *timedAnswer) start() {
	if !w.started {
		w.started = true
		_ = http.NewResponseController(w.ResponseWriter).SetWriteDeadline(time.Now().Add(assets.WriteTime(w.r, 0)))
	}
}

func (w *timedAnswer) WriteHeader(code int) {
	w.start()
	w.ResponseWriter.WriteHeader(code)
}

func (w *timedAnswer) Write(b []byte) (int, error) {
	w.start()
	return w.ResponseWriter.Write(b)
}

func (w *timedAnswer) Flush() {
	w.start()
	_ = http.NewResponseController(w.ResponseWriter).Flush()
}

func (w *timedAnswer) Unwrap() http.ResponseWriter { return w.ResponseWriter }
