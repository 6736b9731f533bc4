package data

import (
	"os"
	"strings"
	"testing"
)

func TestDecode(t *testing.T) {
	b, err := os.ReadFile("relations.json")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Decode("relations.json", b)
	if err != nil {
		t.Fatal(err)
	}
	full, err := Parse("relations.json", b)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Figures) != len(full.Figures) || len(d.Events) != len(full.Events) {
		t.Errorf("Decode read %d figures, %d events; Parse %d, %d", len(d.Figures), len(d.Events), len(full.Figures), len(full.Events))
	}
	for _, bad := range []string{`{"format": 1, "nope": 2}`, `{"figures": "x"}`, `[`} {
		if _, err := Decode("x.json", []byte(bad)); err == nil || !strings.Contains(err.Error(), "x.json") {
			t.Errorf("Decode(%s) = %v, want an error naming the file", bad, err)
		}
	}
}
