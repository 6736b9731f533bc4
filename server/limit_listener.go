//go:build !wasm

package server

import (
	"io"
	"net"
	"os"
	"sync"
)

// limitListener accepts at most cap(sem) connections at once, as
// golang.org/x/net/netutil's LimitListener does, whose shape it follows;
// the others wait in the kernel's queue until one closes. It exists for
// one difference: netutil's connections hide the TCP connection's
// ReadFrom, and net/http sends a file with sendfile only through that
// ReadFrom. Behind netutil a file was copied through a buffer instead,
// and the dataset's memfd (server/assets) could not be sent with sendfile.
type limitListener struct {
	net.Listener
	sem       chan struct{}
	closeOnce sync.Once
	done      chan struct{} // closed by Close
}

func newLimitListener(ln net.Listener, n int) *limitListener {
	return &limitListener{Listener: ln, sem: make(chan struct{}, n), done: make(chan struct{})}
}

func (l *limitListener) Accept() (net.Conn, error) {
	select {
	case <-l.done:
		// Closed: Accept fails at once; a spurious connection it returns
		// anyway is closed (netutil does the same, golang.org/issue/50216).
		for {
			c, err := l.Listener.Accept()
			if err != nil {
				return nil, err
			}
			c.Close()
		}
	case l.sem <- struct{}{}:
	}
	c, err := l.Listener.Accept()
	if err != nil {
		<-l.sem
		return nil, err
	}
	return &limitedConn{Conn: c, release: func() { <-l.sem }}, nil
}

func (l *limitListener) Close() error {
	err := l.Listener.Close()
	l.closeOnce.Do(func() { close(l.done) })
	return err
}

// limitedConn gives its slot back once closed, and keeps the connection's
// ReadFrom (sendfile and splice on a TCP connection).
type limitedConn struct {
	net.Conn
	releaseOnce sync.Once
	release     func()
}

func (c *limitedConn) Close() error {
	err := c.Conn.Close()
	c.releaseOnce.Do(c.release)
	return err
}

// ReadFrom sends a file through the connection's own ReadFrom (sendfile).
// Anything else is copied through a pooled buffer: the TCP connection's
// ReadFrom would allocate 32 kB for each answer (an embedded asset, which
// is not a file), and net/http's own copy, which it replaces, used a pool.
func (c *limitedConn) ReadFrom(r io.Reader) (int64, error) {
	if rf, ok := c.Conn.(io.ReaderFrom); ok && isFile(r) {
		return rf.ReadFrom(r)
	}
	buf := copyBufs.Get().(*[]byte)
	defer copyBufs.Put(buf)
	return io.CopyBuffer(struct{ io.Writer }{c.Conn}, struct{ io.Reader }{r}, *buf)
}

var copyBufs = sync.Pool{New: func() any { b := make([]byte, 64<<10); return &b }}

// isFile reports whether r is a file, or a file under io.CopyN's limit.
func isFile(r io.Reader) bool {
	if lr, ok := r.(*io.LimitedReader); ok {
		r = lr.R
	}
	_, ok := r.(*os.File)
	return ok
}
