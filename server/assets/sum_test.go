//go:build !wasm

package assets

import (
	"bytes"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"testing"
	"testing/fstest"

	"bilateral/server/encoding"
	"bilateral/web"
)

// opensFS counts the files opened through it (directories aside).
type opensFS struct {
	fs.FS
	mu     sync.Mutex
	opened []string
}

func (o *opensFS) Open(name string) (fs.File, error) {
	f, err := o.FS.Open(name)
	if err == nil {
		if st, err := f.Stat(); err == nil && !st.IsDir() {
			o.mu.Lock()
			o.opened = append(o.opened, name)
			o.mu.Unlock()
		}
	}
	return f, err
}

func (o *opensFS) Stat(name string) (fs.FileInfo, error) { return fs.Stat(o.FS, name) }

func (o *opensFS) take() []string {
	o.mu.Lock()
	defer o.mu.Unlock()
	out := o.opened
	o.opened = nil
	return out
}

func sampleFS() fstest.MapFS {
	css := bytes.Repeat([]byte("body { color: #123456; }\n"), 40)
	return fstest.MapFS{
		"a.css":    {Data: css},
		"a.css.br": {Data: encoding.Encode(css, encoding.Brotli)},
		"a.css.gz": {Data: encoding.Encode(css, encoding.Gzip)},
		"c.txt":    {Data: []byte("aaaa")},
	}
}

// get serves name from set with Accept-Encoding ae and returns the answer.
func get(t *testing.T, set *Set, name, ae string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest("GET", "/web/"+name, nil)
	if ae != "" {
		r.Header.Set("Accept-Encoding", ae)
	}
	w := httptest.NewRecorder()
	Handler(set).ServeHTTP(w, r)
	if w.Code != http.StatusOK {
		t.Fatalf("%s (%q): %d", name, ae, w.Code)
	}
	return w
}

// sameAssets fails unless got serves what want does: the same files, each
// with the same ETag, size and encodings.
func sameAssets(t *testing.T, got, want *Set) {
	t.Helper()
	for name, w := range want.byName {
		g := got.byName[name]
		if g == nil {
			t.Errorf("%s missing", name)
			continue
		}
		for _, enc := range append([]string{encoding.Identity}, w.encs...) {
			g := g.checked(enc)
			if g.etag != w.etag || g.Size() != w.Size() || !slices.Equal(g.encs, w.encs) {
				t.Errorf("%s (%s): ETag %s size %d encodings %v, want %s %d %v", name, enc, g.etag, g.Size(), g.encs, w.etag, w.Size(), w.encs)
			}
		}
	}
	if len(got.byName) != len(want.byName) {
		t.Errorf("%d assets, want %d", len(got.byName), len(want.byName))
	}
}

// TestSummedLoadReadsNothing: with a current sum file no file is read at
// start, the ETags, sizes and encodings are Load's, and serving an encoding
// reads that encoding's file only (the raw file of an asset every client
// takes compressed is never read).
func TestSummedLoadReadsNothing(t *testing.T) {
	fsys := sampleFS()
	sum, _, err := Sum(fsys)
	if err != nil {
		t.Fatal(err)
	}
	full, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	o := &opensFS{FS: fsys}
	set, err := LoadSummed(o, sum)
	if err != nil {
		t.Fatal(err)
	}
	if opened := o.take(); len(opened) > 0 {
		t.Errorf("LoadSummed read %v", opened)
	}
	if n := set.unchecked(); n != 4 {
		t.Errorf("%d representations to check, want 4 (a.css, its .br and .gz, c.txt)", n)
	}
	w := get(t, set, "a.css", "br")
	if w.Header().Get("Content-Encoding") != "br" {
		t.Fatalf("Content-Encoding %q", w.Header().Get("Content-Encoding"))
	}
	// Read once to check it, once to send it.
	if opened := o.take(); !slices.Equal(opened, []string{"a.css.br", "a.css.br"}) {
		t.Errorf("serving a.css as brotli read %v, want a.css.br only", opened)
	}
	get(t, set, "a.css", "br")
	if opened := o.take(); !slices.Equal(opened, []string{"a.css.br"}) {
		t.Errorf("serving a.css as brotli again read %v, want a.css.br once", opened)
	}
	if n := set.unchecked(); n != 3 {
		t.Errorf("%d representations to check after a.css.br, want 3", n)
	}
	sameAssets(t, set, full)
	if set.unchecked() != 0 {
		t.Error("representations left unchecked")
	}
}

// TestSummedLoadChangedFiles: files changed after the sum was written are
// served as Load would serve them: a changed size or a variant the sum did
// not list is read at start; bytes changed at the same size are found on the
// first request, and a variant that no longer decodes to its file is not
// sent.
func TestSummedLoadChangedFiles(t *testing.T) {
	old := sampleFS()
	sum, _, err := Sum(old)
	if err != nil {
		t.Fatal(err)
	}
	css2 := bytes.Repeat([]byte("body { color: #654321; }\n"), 40) // same size as a.css
	gz := bytes.Clone(old["a.css.gz"].Data)
	gz[4] ^= 1 // the gzip header's time: still decodes to the old a.css
	now := fstest.MapFS{
		"a.css":    {Data: css2},
		"a.css.gz": {Data: gz},
		"c.txt":    {Data: []byte("bbbb")},
		"d.txt":    {Data: []byte("new")},
	}
	full, err := Load(now)
	if err != nil {
		t.Fatal(err)
	}
	if enc := full.byName["a.css"].encs; len(enc) != 0 {
		t.Fatalf("Load kept %v of a.css", enc)
	}
	set, err := LoadSummed(now, sum)
	if err != nil {
		t.Fatal(err)
	}
	if set.byName["d.txt"].check != nil {
		t.Error("d.txt, not in the sum, was taken from it")
	}
	if w := get(t, set, "a.css", "gzip"); w.Header().Get("Content-Encoding") != "" || !bytes.Equal(w.Body.Bytes(), css2) {
		t.Errorf("a.css: sent %q encoded, want the changed file as it is", w.Header().Get("Content-Encoding"))
	}
	if w := get(t, set, "c.txt", ""); w.Body.String() != "bbbb" || w.Header().Get("ETag") != full.byName["c.txt"].etag {
		t.Errorf("c.txt: ETag %s, want %s", w.Header().Get("ETag"), full.byName["c.txt"].etag)
	}
	sameAssets(t, set, full)
}

// TestEmbeddedSum: the server's web/ (web.FS with the build's sum file, as
// Embedded loads it) serves every file with the ETag and encodings a full
// read of web/ gives.
func TestEmbeddedSum(t *testing.T) {
	if web.Sum() == nil {
		t.Fatal("web/" + web.SumFile + " does not exist, so the server's sums cannot be checked: build it first (make build)")
	}
	set, err := LoadSummed(web.FS(), web.Sum())
	if err != nil {
		t.Fatal(err)
	}
	full, err := Load(web.FS())
	if err != nil {
		t.Fatal(err)
	}
	sameAssets(t, set, full)
}

func TestParseSum(t *testing.T) {
	good := "852bf488c50ee1c9b29bb78882b5a91f768b152f430a6b11360c23487d13ad03 1051 theme.js\n"
	if s := parseSum([]byte(good)); len(s) != 1 || s["theme.js"].size != 1051 {
		t.Errorf("parsed %v", s)
	}
	for _, bad := range []string{"852bf4 1051 theme.js\n", good + "zz" + good[2:], good[:65] + "x theme.js\n", good + "no spaces\n"} {
		if s := parseSum([]byte(bad)); s != nil {
			t.Errorf("%q parsed as %v, want no sum", bad, s)
		}
	}
}
