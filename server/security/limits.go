//go:build !wasm

package security

import (
	"fmt"
	"net"
	"net/http"
	"sync"
	"syscall"
)

// LimitKeepAlives makes srv, which accepts at most maxConns connections,
// turn keep-alive off while they are at 90 % of maxConns or more (see
// slots). It sets srv.ConnState.
func LimitKeepAlives(srv *http.Server, maxConns int) {
	s := &slots{srv: srv, high: max(1, maxConns*9/10), low: max(1, maxConns*8/10)}
	srv.ConnState = s.track
}

// slots counts the open connections and turns keep-alive off while
// they are at 90 % of -max-conns or more: answers then say Connection:
// close, and idle kept-alive connections (and ones that sent nothing for
// 5 s) are closed at once, so idle clients cannot hold every slot. It
// comes back on below 80 %.
type slots struct {
	srv       *http.Server
	high, low int

	mu   sync.Mutex
	open int
	off  bool
}

func (s *slots) track(_ net.Conn, state http.ConnState) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch state {
	case http.StateNew:
		s.open++
	case http.StateClosed, http.StateHijacked:
		s.open--
	default:
		return
	}
	switch {
	case !s.off && s.open >= s.high:
		s.off = true
		s.srv.SetKeepAlivesEnabled(false)
	case s.off && s.open < s.low:
		s.off = false
		s.srv.SetKeepAlivesEnabled(true)
	}
}

// FDReserve is what -max-conns leaves of the open-file limit for the
// listener, the dataset and log files, and the runtime.
const FDReserve = 64

// OpenFileLimit is the process's RLIMIT_NOFILE (Go raises the soft limit
// to the hard one at start), or 0 when unknown or unlimited.
func OpenFileLimit() uint64 {
	var rl syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &rl); err != nil || rl.Cur > 1<<30 {
		return 0
	}
	return rl.Cur
}

// CapMaxConns keeps n connections below the open-file limit nofile (0:
// unknown), saying why when it lowers n: past the limit accept fails and
// the server could not even open a file.
func CapMaxConns(n int, nofile uint64) (int, string) {
	if nofile == 0 {
		return n, ""
	}
	limit := max(1, int(nofile)-FDReserve)
	if n <= limit {
		return n, ""
	}
	return limit, fmt.Sprintf("-max-conns %d is above what the open-file limit (RLIMIT_NOFILE %d) allows, keeping %d descriptors for the rest; serving at most %d connections (raise ulimit -n to allow more)",
		n, nofile, FDReserve, limit)
}
