//go:build !wasm

package assets

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"bilateral/server/encoding"
)

// Load reads every file of fsys, hashing it, and keeps a .br or .gz
// sibling only when it decodes to exactly the file and is smaller: a stale
// variant left by an earlier build is never sent.
func Load(fsys fs.FS) (*Set, error) {
	return load(fsys, func(name string) (*Asset, []string, error) { return loadAsset(fsys, name) })
}

// load walks fsys, making each file's asset with loadOne.
func load(fsys fs.FS, loadOne func(name string) (*Asset, []string, error)) (*Set, error) {
	set := &Set{byName: map[string]*Asset{}}
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz") {
			if _, err := fs.Stat(fsys, name[:len(name)-3]); err != nil {
				set.Warnings = append(set.Warnings, "web/"+name+": no web/"+name[:len(name)-3]+" beside it; not served")
			}
			return nil
		}
		a, warnings, err := loadOne(name)
		if err != nil {
			return err
		}
		set.byName[name] = a
		set.Warnings = append(set.Warnings, warnings...)
		return nil
	})
	return set, err
}

// variants are the encoded siblings a file may have, best first.
var variants = []struct{ enc, ext string }{{encoding.Brotli, ".br"}, {encoding.Gzip, ".gz"}}

// opener opens fsys's file name for sending.
func opener(fsys fs.FS, name string) func() (io.ReadSeekCloser, error) {
	return func() (io.ReadSeekCloser, error) {
		f, err := fsys.Open(name)
		if err != nil {
			return nil, err
		}
		rsc, ok := f.(io.ReadSeekCloser)
		if !ok {
			f.Close()
			return nil, fmt.Errorf("%s: not seekable", name)
		}
		return rsc, nil
	}
}

// loadAsset reads name and its variants: its ETag hashes its bytes, and a
// variant is kept only when it decodes to exactly them.
func loadAsset(fsys fs.FS, name string) (*Asset, []string, error) {
	sum, size, err := hashFile(fsys, name)
	if err != nil {
		return nil, nil, err
	}
	a := &Asset{
		name:  name,
		ctype: contentType(name),
		etag:  encoding.ETag(sum[:]),
		reps:  map[string]representation{encoding.Identity: {size: size, open: opener(fsys, name)}},
	}
	var warnings []string
	for _, v := range variants {
		st, err := fs.Stat(fsys, name+v.ext)
		if err != nil {
			continue
		}
		ok, err := decodesTo(fsys, name+v.ext, v.enc, fsys, name)
		if err != nil || !ok || st.Size() >= size {
			warnings = append(warnings, "web/"+name+v.ext+": stale or not smaller than web/"+name+" (run make build); sending web/"+name+" instead")
			continue
		}
		a.reps[v.enc] = representation{size: st.Size(), open: opener(fsys, name+v.ext)}
		a.encs = append(a.encs, v.enc)
	}
	return a, warnings, nil
}

func copyFile(w io.Writer, fsys fs.FS, name string) (int64, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	return io.Copy(w, f)
}

// decodesTo reports whether the enc-encoded file variant decodes to the
// bytes of file, streaming both.
func decodesTo(vfs fs.FS, variant, enc string, ffs fs.FS, file string) (bool, error) {
	vf, err := vfs.Open(variant)
	if err != nil {
		return false, err
	}
	defer vf.Close()
	dec, err := encoding.NewReader(enc, vf)
	if err != nil {
		return false, nil // not even a gzip header: not the file
	}
	f, err := ffs.Open(file)
	if err != nil {
		return false, err
	}
	defer f.Close()
	return sameBytes(dec, f)
}

// sameBytes reads a and b to their ends and reports whether they were equal.
func sameBytes(a, b io.Reader) (bool, error) {
	bufA, bufB := make([]byte, 64<<10), make([]byte, 64<<10)
	for {
		n, errA := io.ReadFull(a, bufA)
		m, errB := io.ReadFull(b, bufB)
		if n != m || !bytes.Equal(bufA[:n], bufB[:m]) {
			return false, nil
		}
		endA := errA == io.EOF || errA == io.ErrUnexpectedEOF
		endB := errB == io.EOF || errB == io.ErrUnexpectedEOF
		switch {
		case errA != nil && !endA:
			return false, nil // a corrupt variant is just not the same
		case errB != nil && !endB:
			return false, errB
		case endA || endB:
			return endA && endB, nil
		}
	}
}
