package urlstate

import (
	"reflect"
	"slices"
)

// State is what the app needs of any view's state without knowing which view
// it belongs to: a pointer to one of the view structs above, whose figure and
// event selections a click in a chart may set.
type State interface {
	// Selection points at the fields a link's fig= and event= fill, nil where
	// the view cannot select that kind of thing.
	Selection() (fig, event *string)
}

func (s *Overview) Selection() (fig, event *string)  { return &s.Fig, nil }
func (s *Legal) Selection() (fig, event *string)     { return &s.Fig, &s.Event }
func (s *Trade) Selection() (fig, event *string)     { return &s.Fig, nil }
func (s *Energy) Selection() (fig, event *string)    { return &s.Fig, &s.Event }
func (s *Diplomacy) Selection() (fig, event *string) { return nil, &s.Event }
func (s *Timeline) Selection() (fig, event *string)  { return nil, &s.Event }
func (s *Sources) Selection() (fig, event *string)   { return &s.Fig, nil }

// Ranged is a state with a year range (from=, to=); Years points at it.
type Ranged interface {
	State
	Years() (from, to *int)
}

func (s *Energy) Years() (from, to *int)   { return &s.From, &s.To }
func (s *Timeline) Years() (from, to *int) { return &s.From, &s.To }

// Copy is a copy of the state s points at, sets included, so changing the
// copy leaves s alone.
func Copy[S State](s S) S {
	v := reflect.ValueOf(s).Elem()
	n := reflect.New(v.Type())
	n.Elem().Set(v)
	for i := range v.NumField() {
		if f := n.Elem().Field(i); f.Kind() == reflect.Slice && !f.IsNil() {
			f.Set(reflect.ValueOf(slices.Clone(f.Interface().([]string))))
		}
	}
	return n.Interface().(S)
}
