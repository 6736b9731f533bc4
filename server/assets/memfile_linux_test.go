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

// The files of a large body are kept open for the next answers, and an
// answer on a file the last one left at another offset (a range) is still
// the whole body.
func TestMemoryFileKeptForTheNextAnswer(t *testing.T) {
	body := bytes.Repeat([]byte("0123456789abcdef"), memFileMin/16+100)
	a := FromBytes("big.json", "application/json", body)
	rep := a.reps[encoding.Identity]
	f, err := rep.open()
	if err != nil {
		t.Fatal(err)
	}
	rep.done(f)
	g, err := rep.open()
	if err != nil {
		t.Fatal(err)
	}
	if g != f {
		t.Error("the next answer opened the body again instead of taking the kept file")
	}
	rep.done(g)
	for _, rg := range []string{"bytes=100-199", "", "bytes=-10", ""} {
		r := httptest.NewRequest(http.MethodGet, "/big.json", nil)
		r.Header.Set("Accept-Encoding", "identity")
		want, status := body, http.StatusOK
		switch rg {
		case "bytes=100-199":
			want, status = body[100:200], http.StatusPartialContent
		case "bytes=-10":
			want, status = body[len(body)-10:], http.StatusPartialContent
		}
		if rg != "" {
			r.Header.Set("Range", rg)
		}
		rec := httptest.NewRecorder()
		Serve(rec, r, a, "no-cache")
		if rec.Code != status || !bytes.Equal(rec.Body.Bytes(), want) {
			t.Errorf("Range %q: status %d, %d bytes, want %d and %d bytes", rg, rec.Code, rec.Body.Len(), status, len(want))
		}
	}
}
