//go:build !wasm

package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// wasmMustNotCarry names functions of packages the Wasm must link (so
// wasm_deps_test.go cannot catch them) whose code it must not carry, each
// with why. Names are as the Go linker writes them in the name section; a
// function inlined into a closure is named after both, so a name is looked
// for anywhere in one.
var wasmMustNotCarry = []struct{ name, why string }{
	{"go_app_v10_pkg_app.__stateManager_.initBroadcast.func1", "go-app's states, built for the server only (third_party/go-app patch 27)"},
	{"go_app_v10_pkg_app.__stateManager_.getStoredState", "go-app's states, built for the server only (third_party/go-app patch 27)"},
	{"go_app_v10_pkg_app.__stateManager_.CleanupExpiredPersistedStates.func1", "go-app's states: every key of local storage decoded at each start (third_party/go-app patch 27)"},
	{"go_app_v10_pkg_app.storeValue", "go-app's states (third_party/go-app patch 27)"},
}

// TestWasmCarriesNoUnusedGoAppCode links the Wasm with its function names
// and fails on any function wasmMustNotCarry lists.
func TestWasmCarriesNoUnusedGoAppCode(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is needed to link the Wasm: %v", err)
	}
	out := filepath.Join(t.TempDir(), "app.wasm")
	cmd := exec.Command(gobin, "build", "-trimpath", "-o", out, ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("linking the Wasm: %v\n%s", err, msg)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	names, err := wasmFunctionNames(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 1000 {
		t.Fatalf("the Wasm's name section names only %d functions", len(names))
	}
	for _, name := range names {
		for _, bad := range wasmMustNotCarry {
			if strings.Contains(name, bad.name) {
				t.Errorf("the Wasm carries %s: %s", name, bad.why)
			}
		}
	}
}

// wasmFunctionNames reads the function names of a WebAssembly module's
// "name" custom section (subsection 1).
func wasmFunctionNames(b []byte) ([]string, error) {
	if len(b) < 8 || !bytes.Equal(b[:4], []byte("\x00asm")) {
		return nil, errors.New("not a WebAssembly module")
	}
	r := bytes.NewReader(b[8:])
	for r.Len() > 0 {
		id, err := r.ReadByte()
		if err != nil {
			return nil, err
		}
		size, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, err
		}
		section := make([]byte, size)
		if _, err := r.Read(section); err != nil {
			return nil, err
		}
		if id != 0 {
			continue
		}
		s := bytes.NewReader(section)
		if name, err := readWasmName(s); err != nil || name != "name" {
			continue
		}
		for s.Len() > 0 {
			sub, _ := s.ReadByte()
			n, err := binary.ReadUvarint(s)
			if err != nil {
				return nil, err
			}
			body := make([]byte, n)
			if _, err := s.Read(body); err != nil {
				return nil, err
			}
			if sub != 1 {
				continue
			}
			f := bytes.NewReader(body)
			count, err := binary.ReadUvarint(f)
			if err != nil {
				return nil, err
			}
			names := make([]string, 0, count)
			for range count {
				if _, err := binary.ReadUvarint(f); err != nil { // the function's index
					return nil, err
				}
				name, err := readWasmName(f)
				if err != nil {
					return nil, err
				}
				names = append(names, name)
			}
			return names, nil
		}
	}
	return nil, errors.New("the module has no function names (linked with -s?)")
}

func readWasmName(r *bytes.Reader) (string, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return "", err
	}
	b := make([]byte, n)
	if _, err := r.Read(b); err != nil {
		return "", err
	}
	return string(b), nil
}
