package export

import (
	"bytes"
	"errors"
	"hash/crc32"
	"time"
)

// storedZip writes a zip archive whose entries are stored, not compressed.
//
// It is a few dozen lines instead of archive/zip because the zip is made in
// the browser, where every package counts: Zip written with archive/zip
// (every entry stored all the same) made the Wasm 263 kB larger raw and
// 33 kB larger in brotli (9.05 → 9.31 MB; 1.726 → 1.759 MB, against the
// 1.76 MB guard of wasm_size_test.go; GOOS=js go build -trimpath -ldflags
// "-s -w", brotli quality 11, 3 December 2026), for a file that is never
// sent over the network (the reader's own machine makes it and saves it).
// Any unzip tool, and archive/zip's reader in the tests, opens it.
type storedZip struct {
	buf     bytes.Buffer
	central bytes.Buffer
	entries int
}

// The fixed fields of the zip format (APPNOTE.TXT 4.3).
const (
	zipLocalSig   = 0x04034b50
	zipCentralSig = 0x02014b50
	zipEndSig     = 0x06054b50
	zipVersion    = 20             // 2.0: the oldest that every tool reads
	zipMadeBy     = 3<<8 | 20      // made on Unix, so the mode below counts
	zipFileMode   = 0o100644 << 16 // a regular file, rw-r--r--
	zipFlagUTF8   = 0x800          // names are UTF-8
	zipMaxSize    = 1<<32 - 1      // past this the format needs Zip64
	zipMaxEntries = 1<<16 - 1
)

var errZipTooLarge = errors.New("export: the zip would need Zip64 (over 4 GB or 65535 files)")

// add appends one file, dated modified (local wall time, two-second steps).
func (z *storedZip) add(name string, body []byte, modified time.Time) error {
	offset := z.buf.Len()
	if len(body) > zipMaxSize || offset > zipMaxSize || z.entries == zipMaxEntries {
		return errZipTooLarge
	}
	date, clock := dosTime(modified)
	crc := crc32.ChecksumIEEE(body)
	size := uint32(len(body))

	// Local file header, then the data.
	z.buf.Write(header(
		zipLocalSig, 4, zipVersion, 2, zipFlagUTF8, 2, 0, 2, // method: stored
		uint32(clock), 2, uint32(date), 2, crc, 4, size, 4, size, 4,
		uint32(len(name)), 2, 0, 2)) // no extra field
	z.buf.WriteString(name)
	z.buf.Write(body)

	// Its central directory entry, written at the end.
	z.central.Write(header(
		zipCentralSig, 4, zipMadeBy, 2, zipVersion, 2, zipFlagUTF8, 2, 0, 2,
		uint32(clock), 2, uint32(date), 2, crc, 4, size, 4, size, 4,
		uint32(len(name)), 2, 0, 2, 0, 2, // no extra field, no comment
		0, 2, 0, 2, zipFileMode, 4, uint32(offset), 4)) // disk 0, no internal attributes
	z.central.WriteString(name)
	z.entries++
	return nil
}

// bytes ends the archive with its central directory and comment.
func (z *storedZip) bytes(comment string) ([]byte, error) {
	start := z.buf.Len()
	if start > zipMaxSize || len(comment) > 1<<16-1 {
		return nil, errZipTooLarge
	}
	z.buf.Write(z.central.Bytes())
	n := uint32(z.entries)
	z.buf.Write(header(
		zipEndSig, 4, 0, 2, 0, 2, // this disk, the directory's disk
		n, 2, n, 2, uint32(z.central.Len()), 4, uint32(start), 4,
		uint32(len(comment)), 2))
	z.buf.WriteString(comment)
	return z.buf.Bytes(), nil
}

// header lays out the numbers of a zip header, little-endian: pairs of a
// value and its width in bytes. (One loop rather than a call per field
// keeps the Wasm small.)
func header(pairs ...uint32) []byte {
	var b []byte
	for i := 0; i+1 < len(pairs); i += 2 {
		for k := uint32(0); k < pairs[i+1]; k++ {
			b = append(b, byte(pairs[i]>>(8*k)))
		}
	}
	return b
}

// dosTime is t in MS-DOS form, which zip uses: 1980–2107, two-second steps.
func dosTime(t time.Time) (date, clock uint16) {
	if t.Year() < 1980 {
		t = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	date = uint16((t.Year()-1980)<<9 | int(t.Month())<<5 | t.Day())
	clock = uint16(t.Hour()<<11 | t.Minute()<<5 | t.Second()/2)
	return date, clock
}
