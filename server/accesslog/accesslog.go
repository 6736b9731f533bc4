//go:build !wasm

// Package accesslog writes the server's access log: one structured line
// per answered request.
package accesslog

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"time"

	"bilateral/server/assets"
)

// Handler writes one structured line per request once it is answered:
// method, path (without the query, which may hold a reader's selection),
// status, body bytes sent, duration, content encoding and the client's
// address. Successful asset requests (/web/…, the Wasm, the favicon) are
// left out unless logAssets: a page load makes a dozen of them. Failed ones
// are always written.
func Handler(log *slog.Logger, logAssets bool, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		status := rec.status
		if status == 0 {
			status = http.StatusOK // nothing written: net/http sends 200
		}
		if !logAssets && status < 400 && assets.IsAssetPath(r.URL.Path) {
			return
		}
		p := r.URL.Path
		if len(p) > 256 {
			p = p[:256] + "…"
		}
		attrs := []slog.Attr{
			slog.String("method", r.Method),
			slog.String("path", p),
			slog.Int("status", status),
			slog.Int64("bytes", rec.bytes),
			slog.Duration("duration", time.Since(start)),
		}
		if enc := rec.Header().Get("Content-Encoding"); enc != "" {
			attrs = append(attrs, slog.String("encoding", enc))
		}
		attrs = append(attrs, slog.String("remote", r.RemoteAddr))
		level := slog.LevelInfo
		if status >= 500 {
			level = slog.LevelError
		}
		log.LogAttrs(context.Background(), level, "request", attrs...)
	})
}

// statusRecorder notes the status and the body bytes of an answer.
type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (w *statusRecorder) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (w *statusRecorder) WriteHeader(code int) {
	if w.status == 0 && code >= 200 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

// ReadFrom hands a copy (http.ServeContent's io.CopyN, for every asset and
// the dataset) to the connection's own ReadFrom, with its pooled buffer
// and sendfile; behind a wrapper without it, io.Copy allocated a 32 kB
// buffer per answer and wrote it in 32 kB pieces.
func (w *statusRecorder) ReadFrom(r io.Reader) (int64, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	var n int64
	var err error
	if rf, ok := w.ResponseWriter.(io.ReaderFrom); ok {
		n, err = rf.ReadFrom(r)
	} else {
		n, err = io.Copy(w.ResponseWriter, r)
	}
	w.bytes += n
	return n, err
}

func (w *statusRecorder) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}
