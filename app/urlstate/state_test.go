package urlstate

import (
	"reflect"
	"testing"
)

// Each state's selection points into the state itself, at the fields its
// url tags name fig and event, so a click sets exactly what a link would.
func TestSelectionPointsAtTheURLFields(t *testing.T) {
	for _, newState := range newStates {
		s, ok := newState().(State)
		if !ok {
			t.Errorf("%T is not a State", newState())
			continue
		}
		fig, event := s.Selection()
		v := reflect.ValueOf(s).Elem()
		for name, ptr := range map[string]*string{"fig": fig, "event": event} {
			var want *string
			for i := range v.NumField() {
				if v.Type().Field(i).Tag.Get("url") == name {
					want = v.Field(i).Addr().Interface().(*string)
				}
			}
			if ptr != want {
				t.Errorf("%T: Selection's %s = %p, want %p (the field tagged %s)", s, name, ptr, want, name)
			}
		}
	}
}

func TestCopyLeavesTheOriginalAlone(t *testing.T) {
	orig := &Timeline{Tab: TabTable, From: 2000, Cat: []string{"energy", "nam"}, Event: "e1"}
	c := Copy(orig)
	if !reflect.DeepEqual(c, orig) || c == orig {
		t.Fatalf("Copy(%+v) = %+v", orig, c)
	}
	c.Cat[0], c.Event = "trade", "e2"
	if orig.Cat[0] != "energy" || orig.Event != "e1" {
		t.Errorf("changing the copy changed the original: %+v", orig)
	}
	var s State = &Legal{Fig: "f"}
	if got := Copy(s); !reflect.DeepEqual(got, s) {
		t.Errorf("Copy through the interface = %+v", got)
	}
}
