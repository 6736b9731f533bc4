package export

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"time"
)

// storedZip writes a zip archive whose entries are stored, not compressed.
//
// It is a few dozen lines instead of archive/zip because the zip is made in
// the browser, where every package counts: archive/zip with its compressors
// would add about 250 kB to the Wasm, for a file that is never sent over the
// network (the reader's own machine makes it and saves it). Any unzip tool,
// and archive/zip's reader in the tests, opens it.
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
	le := binary.LittleEndian

	// Local file header, then the data.
	h := make([]byte, 0, 30+len(name))
	h = le.AppendUint32(h, zipLocalSig)
	h = le.AppendUint16(h, zipVersion)
	h = le.AppendUint16(h, zipFlagUTF8)
	h = le.AppendUint16(h, 0) // method: stored
	h = le.AppendUint16(h, clock)
	h = le.AppendUint16(h, date)
	h = le.AppendUint32(h, crc)
	h = le.AppendUint32(h, uint32(len(body))) // compressed size
	h = le.AppendUint32(h, uint32(len(body))) // uncompressed size
	h = le.AppendUint16(h, uint16(len(name)))
	h = le.AppendUint16(h, 0) // extra field length
	h = append(h, name...)
	z.buf.Write(h)
	z.buf.Write(body)

	// Its central directory entry, written at the end.
	c := make([]byte, 0, 46+len(name))
	c = le.AppendUint32(c, zipCentralSig)
	c = le.AppendUint16(c, zipMadeBy)
	c = le.AppendUint16(c, zipVersion)
	c = le.AppendUint16(c, zipFlagUTF8)
	c = le.AppendUint16(c, 0)
	c = le.AppendUint16(c, clock)
	c = le.AppendUint16(c, date)
	c = le.AppendUint32(c, crc)
	c = le.AppendUint32(c, uint32(len(body)))
	c = le.AppendUint32(c, uint32(len(body)))
	c = le.AppendUint16(c, uint16(len(name)))
	c = le.AppendUint16(c, 0) // extra field length
	c = le.AppendUint16(c, 0) // comment length
	c = le.AppendUint16(c, 0) // disk number
	c = le.AppendUint16(c, 0) // internal attributes
	c = le.AppendUint32(c, zipFileMode)
	c = le.AppendUint32(c, uint32(offset))
	c = append(c, name...)
	z.central.Write(c)
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
	le := binary.LittleEndian
	e := make([]byte, 0, 22+len(comment))
	e = le.AppendUint32(e, zipEndSig)
	e = le.AppendUint16(e, 0) // this disk
	e = le.AppendUint16(e, 0) // the disk the directory starts on
	e = le.AppendUint16(e, uint16(z.entries))
	e = le.AppendUint16(e, uint16(z.entries))
	e = le.AppendUint32(e, uint32(z.central.Len()))
	e = le.AppendUint32(e, uint32(start))
	e = le.AppendUint16(e, uint16(len(comment)))
	e = append(e, comment...)
	z.buf.Write(e)
	return z.buf.Bytes(), nil
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
