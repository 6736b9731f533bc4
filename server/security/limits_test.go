//go:build !wasm

package security

import (
	"strings"
	"syscall"
	"testing"
)

// TestMaxConnsBelowFileLimit: -max-conns is capped below the open-file
// limit, with a warning, since each connection holds a descriptor.
func TestMaxConnsBelowFileLimit(t *testing.T) {
	for _, tc := range []struct {
		asked  int
		nofile uint64
		want   int
		warn   bool
	}{
		{1024, 20000, 1024, false},
		{100000, 20000, 20000 - FDReserve, true},
		{1024, 1024, 1024 - FDReserve, true},
		{10, 40, 1, true},
		{10, 0, 10, false}, // unknown limit: as asked
	} {
		got, warn := CapMaxConns(tc.asked, tc.nofile)
		if got != tc.want || (warn != "") != tc.warn {
			t.Errorf("CapMaxConns(%d, %d) = %d, %q; want %d, warning %v", tc.asked, tc.nofile, got, warn, tc.want, tc.warn)
		}
		if warn != "" && !strings.Contains(warn, "-max-conns") {
			t.Errorf("warning %q does not name -max-conns", warn)
		}
	}
	var rl syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &rl); err != nil {
		t.Fatal(err)
	}
	if got, _ := CapMaxConns(int(rl.Cur)+1000, OpenFileLimit()); uint64(got) >= rl.Cur {
		t.Errorf("with RLIMIT_NOFILE %d, -max-conns %d stays %d", rl.Cur, int(rl.Cur)+1000, got)
	}
}
