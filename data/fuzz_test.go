package data

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// FuzzParse checks that Parse never panics, that a refusal is always a
// readable *Problems with one line per problem, and that an accepted dataset
// survives a round trip: re-encoded and parsed again, it is accepted and equal.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/broken/*.json")
	// The real dataset is left out: at 60 KB it would slow every execution
	// and make minimizing what the fuzzer finds take minutes.
	seeds = append(seeds, validMinimal)
	for _, name := range seeds {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"format":1,"source":{"sections":[{"id":"a"}]},"figures":[{"derived":{"inputs":["x"]}}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := Parse("fuzz.json", b)
		if err != nil {
			var ps *Problems
			if !errors.As(err, &ps) || len(ps.List) == 0 || d != nil {
				t.Fatalf("refusal is %T %v with dataset %v", err, err, d != nil)
			}
			if lines := strings.Count(err.Error(), "\n") + 1; lines != len(ps.List) {
				t.Fatalf("%d problems printed on %d lines:\n%v", len(ps.List), lines, err)
			}
			for _, p := range ps.List {
				if p.Reason == "" {
					t.Fatalf("problem at %q has no reason", p.Path)
				}
			}
			return
		}
		if ps := d.Validate(); len(ps) != 0 {
			t.Fatalf("accepted dataset re-validates with problems: %v", ps)
		}
		again, err := json.Marshal(d)
		if err != nil {
			t.Fatalf("accepted dataset does not encode: %v", err)
		}
		d2, err := Parse("again.json", again)
		if err != nil {
			t.Fatalf("re-encoded dataset is refused: %v", err)
		}
		if !reflect.DeepEqual(d, d2) {
			t.Fatalf("round trip changed the dataset")
		}
	})
}
