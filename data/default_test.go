//go:build !wasm

package data

import "testing"

// TestDefaultDataset is the gate on the real, hand-edited dataset: it must
// load with no problem at all.
func TestDefaultDataset(t *testing.T) {
	d, err := LoadDefault()
	if err != nil {
		t.Fatalf("the embedded dataset is refused:\n%v", err)
	}
	if len(d.Figures) == 0 || len(d.Events) == 0 || len(d.Source.Sections) == 0 {
		t.Errorf("the embedded dataset is nearly empty: %d figures, %d events, %d sections",
			len(d.Figures), len(d.Events), len(d.Source.Sections))
	}
}
