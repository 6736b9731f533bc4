package data

import (
	"os"
	"testing"
)

const validMinimal = "testdata/valid-minimal.json"

// fixture is a fresh, valid dataset that each test may break in one place.
// It is parsed anew every time so that no test sees another's edits.
func fixture(t testing.TB) *Dataset {
	t.Helper()
	b, err := os.ReadFile(validMinimal)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(validMinimal, b)
	if err != nil {
		t.Fatalf("the valid fixture is refused:\n%v", err)
	}
	return d
}

func ptr(v float64) *float64 { return &v }

// figure returns the fixture's figure id, failing the test if it is gone.
func figure(t testing.TB, d *Dataset, id string) *Figure {
	t.Helper()
	f, ok := d.Figure(id)
	if !ok {
		t.Fatalf("fixture has no figure %q", id)
	}
	return f
}
