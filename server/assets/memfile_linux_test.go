//go:build linux && !wasm

package assets

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"sync"
	"testing"

	"bilateral/server/encoding"
)

// A large body held in memory is sent from a sealed in-memory file (so
// net/http can use sendfile): each request reads it whole from its own
// handle while others do, and nothing can write to it.
func TestLargeBodyFromSealedMemoryFile(t *testing.T) {
	body := bytes.Repeat([]byte("0123456789abcdef"), memFileMin/16+100)
	a := FromBytes("big.json", "application/json", body)
	f, err := a.reps[encoding.Identity].open()
	if err != nil {
		t.Fatal(err)
	}
	osf, ok := f.(*os.File)
	if !ok {
		t.Fatalf("the body opens as %T, not a file sendfile can send", f)
	}
	if _, err := osf.WriteAt([]byte("x"), 0); err == nil {
		t.Error("the body's file took a write")
	}
	if w, err := os.OpenFile(osf.Name(), os.O_WRONLY, 0); err == nil {
		if _, err := w.Write([]byte("x")); err == nil {
			t.Error("the body's file, opened again for writing, took a write")
		}
		w.Close()
	}
	f.Close()
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := httptest.NewRequest(http.MethodGet, "/big.json", nil)
			r.Header.Set("Accept-Encoding", "identity")
			rec := httptest.NewRecorder()
			Serve(rec, r, a, "no-cache")
			got, _ := io.ReadAll(rec.Body)
			if rec.Code != http.StatusOK || !bytes.Equal(got, body) {
				t.Errorf("status %d, %d bytes of %d, equal %v", rec.Code, len(got), len(body), bytes.Equal(got, body))
			}
		}()
	}
	wg.Wait()
	small := FromBytes("small.json", "application/json", []byte(`{"a":1}`))
	if f, _ := small.reps[encoding.Identity].open(); f != nil {
		if _, isFile := f.(*os.File); isFile {
			t.Error("a small body opens as a file: a copy costs less")
		}
		f.Close()
	}
}
