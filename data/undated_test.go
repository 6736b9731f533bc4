package data

import (
	"encoding/json"
	"testing"
)

// An undated figure's period is the publication date standing in for the
// date the article does not give; any other date would be one of ours.
func TestUndatedFigureStandsAtPublication(t *testing.T) {
	d := fixture(t)
	f := figure(t, d, "companies-russian-capital")
	f.Undated = true
	if ps := d.Validate(); !hasProblem(ps, "figures[id=companies-russian-capital].period", "publication date") {
		t.Errorf("an undated figure with period %q was accepted: %v", f.Period, ps)
	}
	f.Period = d.Source.Published[:len("2006-01-02")]
	if ps := d.Validate(); len(ps) != 0 {
		t.Errorf("an undated figure at the publication date was refused:\n%v", (&Problems{List: ps}).Error())
	}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	var back Figure
	if err := decodeStrict(b, &back); err != nil || !back.Undated {
		t.Errorf("the undated field does not round-trip through the strict decoder: %v (%s)", err, b)
	}
}
