//go:build !wasm

package assets

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"

	"bilateral/server/encoding"
)

// A sum file (web.SumFile, written at build time by tools/assetsum) says,
// for every representation Load would serve, its size and SHA-256, one per
// line as "HEX SIZE NAME" ("app.wasm", "app.wasm.br"): the variants listed
// are those Load found to decode to their file and be smaller. With it,
// LoadSummed reads no file at start, so a file nobody asks for (the raw
// 9.5 MB app.wasm when every browser takes brotli) never becomes resident.

// Sum is the sum file of fsys: Load's checks, done now, written down.
func Sum(fsys fs.FS) ([]byte, []string, error) {
	set, err := Load(fsys)
	if err != nil {
		return nil, nil, err
	}
	lines := map[string]string{} // by file name
	for name, a := range set.byName {
		for enc, rep := range a.reps {
			file := name + extOf(enc)
			sum, _, err := hashFile(fsys, file)
			if err != nil {
				return nil, nil, err
			}
			lines[file] = hex.EncodeToString(sum[:]) + " " + strconv.FormatInt(rep.size, 10) + " " + file + "\n"
		}
	}
	var b strings.Builder
	for _, file := range slices.Sorted(maps.Keys(lines)) {
		b.WriteString(lines[file])
	}
	return []byte(b.String()), set.Warnings, nil
}

// extOf is the file name suffix of enc's variant ("" for the file itself).
func extOf(enc string) string {
	for _, v := range variants {
		if v.enc == enc {
			return v.ext
		}
	}
	return ""
}

func hashFile(fsys fs.FS, name string) ([sha256.Size]byte, int64, error) {
	h := sha256.New()
	n, err := copyFile(h, fsys, name)
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	return sum, n, err
}

type fileSum struct {
	size int64
	sum  [sha256.Size]byte
}

// parseSum reads a sum file; a malformed one is no sum at all (every file
// is then read at start, as without one).
func parseSum(b []byte) map[string]fileSum {
	if len(b) == 0 {
		return nil
	}
	out := map[string]fileSum{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		h, rest, ok1 := strings.Cut(sc.Text(), " ")
		size, name, ok2 := strings.Cut(rest, " ")
		n, err := strconv.ParseInt(size, 10, 64)
		var e fileSum
		if len(h) != 2*sha256.Size || !ok1 || !ok2 || err != nil {
			return nil
		}
		if _, err := hex.Decode(e.sum[:], []byte(h)); err != nil {
			return nil
		}
		e.size = n
		out[name] = e
	}
	return out
}

// LoadSummed is Load with the build's sum file: a file whose size and whose
// variants (which exist, their sizes) are as the sum says is taken at its
// word, unread: its ETag is the sum's, its variants are those listed. Each
// representation's bytes are then checked against the sum the first time
// one is served (Serve, check), and an asset whose bytes differ is loaded in
// full as Load would (hashed, its variants decoded), so a file changed after
// the sum was written is still never sent with a wrong ETag or a stale
// variant. Files the sum does not describe are read now, as Load does.
func LoadSummed(fsys fs.FS, sum []byte) (*Set, error) {
	sums := parseSum(sum)
	if sums == nil {
		return Load(fsys)
	}
	return load(fsys, func(name string) (*Asset, []string, error) {
		if a := summed(fsys, name, sums); a != nil {
			return a, nil, nil
		}
		return loadAsset(fsys, name)
	})
}

// summed is name's asset as the sum describes it, or nil when the files
// are not what it says (as far as their sizes and presence tell).
func summed(fsys fs.FS, name string, sums map[string]fileSum) *Asset {
	id, ok := sums[name]
	if !ok {
		return nil
	}
	if st, err := fs.Stat(fsys, name); err != nil || st.Size() != id.size {
		return nil
	}
	a := &Asset{
		name:  name,
		ctype: contentType(name),
		etag:  encoding.ETag(id.sum[:]),
		reps:  map[string]representation{encoding.Identity: {size: id.size, open: opener(fsys, name)}},
		check: &check{fsys: fsys, want: map[string][sha256.Size]byte{encoding.Identity: id.sum}},
	}
	for _, v := range variants {
		st, statErr := fs.Stat(fsys, name+v.ext)
		vs, listed := sums[name+v.ext]
		if listed != (statErr == nil) || listed && st.Size() != vs.size {
			return nil // a variant the sum did not judge, or judged another
		}
		if listed {
			a.reps[v.enc] = representation{size: vs.size, open: opener(fsys, name+v.ext)}
			a.encs = append(a.encs, v.enc)
			a.check.want[v.enc] = vs.sum
		}
	}
	return a
}

// check is what is left to check of an asset taken from the sum file.
type check struct {
	fsys fs.FS
	mu   sync.Mutex
	want map[string][sha256.Size]byte // by encoding; removed once the bytes matched
	full *Asset                       // the asset loaded in full, once any bytes did not
}

// checked is the asset to send in encoding enc: a itself once enc's bytes
// matched the sum, else a loaded in full. The first request of each
// representation hashes it (the bytes it is about to send anyway).
func (a *Asset) checked(enc string) *Asset {
	c := a.check
	if c == nil {
		return a
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.full != nil {
		return c.full
	}
	want, ok := c.want[enc]
	if !ok {
		return a
	}
	if got, _, err := hashFile(c.fsys, a.name+extOf(enc)); err == nil && got == want {
		delete(c.want, enc)
		return a
	}
	full, _, err := loadAsset(c.fsys, a.name)
	if err != nil {
		return a // unreadable: opening it to send it fails the same way
	}
	c.full = full
	return full
}

// unchecked counts the representations taken from the sum file whose bytes
// have not been checked yet.
func (s *Set) unchecked() int {
	n := 0
	for _, a := range s.byName {
		if a.check != nil {
			a.check.mu.Lock()
			if a.check.full == nil {
				n += len(a.check.want)
			}
			a.check.mu.Unlock()
		}
	}
	return n
}
