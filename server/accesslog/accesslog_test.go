//go:build !wasm

package accesslog

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// The line leaves out the query (it may hold a reader's selection), cuts
// an overlong path, and is an error for a 5xx. (The whole server's log, with
// -log-assets, is tested in server/site's TestAccessLog.)
func TestLine(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, nil))
	h := Handler(log, false, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/boom" {
			http.Error(w, "boom", http.StatusInternalServerError)
			return
		}
		w.Write([]byte("hello"))
	}))
	long := "/" + strings.Repeat("a", 300)
	for _, target := range []string{"/trade?fig=secret", long, "/boom", "/web/bilateral.css"} {
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, target, nil))
	}
	var lines []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("log line %q: %v", l, err)
		}
		lines = append(lines, m)
	}
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3 (a successful asset is left out): %v", len(lines), lines)
	}
	if p := lines[0]["path"]; p != "/trade" || strings.Contains(buf.String(), "secret") {
		t.Errorf("path %v: the query must not be logged", p)
	}
	if p := lines[1]["path"].(string); !strings.HasSuffix(p, "…") || len(p) > 256+len("…") {
		t.Errorf("an overlong path is logged as %d bytes", len(p))
	}
	if lines[0]["level"] != "INFO" || lines[2]["level"] != "ERROR" || lines[2]["status"].(float64) != 500 {
		t.Errorf("levels %v, %v (status %v): want INFO, and ERROR for a 500", lines[0]["level"], lines[2]["level"], lines[2]["status"])
	}
	if lines[0]["bytes"].(float64) != 5 {
		t.Errorf("bytes %v, want 5", lines[0]["bytes"])
	}
}

// readerFromRecorder is a ResponseWriter with the connection's ReadFrom.
type readerFromRecorder struct {
	*httptest.ResponseRecorder
	readFroms int
}

func (w *readerFromRecorder) ReadFrom(r io.Reader) (int64, error) {
	w.readFroms++
	return io.Copy(w.ResponseRecorder, r)
}

// A body copied into the logged answer (http.ServeContent's io.CopyN) goes
// to the connection's own ReadFrom, which copies with a pooled buffer (or
// sendfile), not through a 32 kB buffer io.Copy would allocate per answer;
// the line still counts its bytes.
func TestCopyUsesTheConnectionsReadFrom(t *testing.T) {
	var buf bytes.Buffer
	body := strings.Repeat("x", 100_000)
	h := Handler(slog.New(slog.NewJSONHandler(&buf, nil)), false, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, ok := w.(io.ReaderFrom); !ok {
			t.Fatal("the logged ResponseWriter hides io.ReaderFrom")
		}
		http.ServeContent(w, r, "", time.Time{}, strings.NewReader(body))
	}))
	w := &readerFromRecorder{ResponseRecorder: httptest.NewRecorder()}
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/data/relations.json", nil))
	if w.readFroms != 1 || w.Body.String() != body {
		t.Errorf("ReadFrom called %d times, %d bytes sent; want once, %d", w.readFroms, w.Body.Len(), len(body))
	}
	var line map[string]any
	if err := json.Unmarshal(buf.Bytes(), &line); err != nil {
		t.Fatalf("log line %q: %v", buf.String(), err)
	}
	if line["bytes"].(float64) != float64(len(body)) || line["status"].(float64) != 200 {
		t.Errorf("logged %v bytes, status %v; want %d, 200", line["bytes"], line["status"], len(body))
	}
}
