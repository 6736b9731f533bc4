//go:build browser

package e2e

import (
	"debug/elf"
	"testing"
)

// TestServerBinaryStandsAlone holds the README's promise that bin/bilateral
// is one static file to copy to a host: no program interpreter and no
// shared library to find there. A build with cgo linked libc.so.6 through
// net's resolver, and its pages counted in the server's memory.
func TestServerBinaryStandsAlone(t *testing.T) {
	f, err := elf.Open(binPath)
	if err != nil {
		t.Fatalf("%s: %v", binPath, err)
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			t.Errorf("%s asks for a program interpreter (dynamically linked); build it with CGO_ENABLED=0", binPath)
		}
	}
	libs, err := f.ImportedLibraries()
	if err != nil {
		t.Fatalf("%s: reading its dynamic section: %v", binPath, err)
	}
	if len(libs) > 0 {
		t.Errorf("%s needs shared libraries %v; build it with CGO_ENABLED=0", binPath, libs)
	}
}
