//go:build linux && !wasm

package assets

import (
	"fmt"
	"io"
	"os"

	"golang.org/x/sys/unix"
)

// memFileRep holds b in a sealed in-memory file (memfd). Sent from a
// file, a body goes out with sendfile, without the copy from Go's memory
// into the socket. Sealed, the file can never change under its ETag.
// false: no memfd here, or no /proc to open it again by; b is then sent
// from memory.
//
// Every answer needs a file of its own (its own offset: answers on a
// shared *os.File would seek and read under each other), opened again by
// its /proc path. Opening it per answer was ~10% of the server's CPU under
// the dataset's load (profile, 6 December 2026), so a few stay open for
// the next answers: recycled files are rewound by ServeContent's seeks.
func memFileRep(b []byte) (representation, bool) {
	fd, err := unix.MemfdCreate("bilateral-asset", unix.MFD_CLOEXEC|unix.MFD_ALLOW_SEALING)
	if err != nil {
		return representation{}, false
	}
	f := os.NewFile(uintptr(fd), "memfd")
	if _, err := f.Write(b); err != nil {
		f.Close()
		return representation{}, false
	}
	seals := unix.F_SEAL_SHRINK | unix.F_SEAL_GROW | unix.F_SEAL_WRITE | unix.F_SEAL_SEAL
	if _, err := unix.FcntlInt(f.Fd(), unix.F_ADD_SEALS, seals); err != nil {
		f.Close()
		return representation{}, false
	}
	path := fmt.Sprintf("/proc/self/fd/%d", f.Fd())
	check, err := os.Open(path)
	if err != nil {
		f.Close()
		return representation{}, false
	}
	check.Close()
	// f stays open, and referenced, for as long as the asset is served.
	kept := make(chan *os.File, memFilesKept)
	return representation{
		size: int64(len(b)),
		open: func() (io.ReadSeekCloser, error) {
			_ = f
			select {
			case g := <-kept:
				return g, nil
			default:
				return os.Open(path)
			}
		},
		recycle: func(g io.ReadSeekCloser) {
			select {
			case kept <- g.(*os.File):
			default:
				g.Close()
			}
		},
	}, true
}

// memFilesKept is how many open files of one in-memory body wait for the
// next answers. Each is a descriptor held while idle, out of what
// -max-conns leaves of the open-file limit (security.FDReserve).
const memFilesKept = 8
