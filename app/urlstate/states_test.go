package urlstate

import (
	"reflect"
	"testing"
)

func TestOrDefault(t *testing.T) {
	for in, want := range map[Tab]Tab{"": TabChart, TabChart: TabChart, TabTable: TabTable, "map": TabChart, "Table": TabChart} {
		if got := in.OrDefault(); got != want {
			t.Errorf("Tab(%q).OrDefault() = %q, want %q", in, got, want)
		}
	}
}

// Each pair is resolved by ClampYears and, as a reader's choice, by
// OpenYears, which also writes a bound at the edge of the data as 0.
func TestClampYears(t *testing.T) {
	tests := []struct{ from, to, lo, hi, wantFrom, wantTo, openFrom, openTo int }{
		{0, 0, 1991, 2024, 1991, 2024, 0, 0},
		{2000, 0, 1991, 2024, 2000, 2024, 2000, 0},
		{0, 2000, 1991, 2024, 1991, 2000, 0, 2000},
		{1995, 2005, 1991, 2024, 1995, 2005, 1995, 2005},
		{1900, 2100, 1991, 2024, 1991, 2024, 0, 0},
		{2010, 2000, 1991, 2024, 2000, 2010, 2000, 2010},
		{2030, 2040, 1991, 2024, 2024, 2024, 2024, 0},
		{1900, 1950, 1991, 2024, 1991, 1991, 0, 1991},
		{2000, 2010, 2024, 1991, 2000, 2010, 2000, 2010}, // bounds given the wrong way round
		{1991, 2024, 1991, 2024, 1991, 2024, 0, 0},
	}
	for _, tt := range tests {
		from, to := ClampYears(tt.from, tt.to, tt.lo, tt.hi)
		if from != tt.wantFrom || to != tt.wantTo {
			t.Errorf("ClampYears(%d, %d, %d, %d) = %d, %d; want %d, %d",
				tt.from, tt.to, tt.lo, tt.hi, from, to, tt.wantFrom, tt.wantTo)
		}
		from, to = OpenYears(tt.from, tt.to, tt.lo, tt.hi)
		if from != tt.openFrom || to != tt.openTo {
			t.Errorf("OpenYears(%d, %d, %d, %d) = %d, %d; want %d, %d",
				tt.from, tt.to, tt.lo, tt.hi, from, to, tt.openFrom, tt.openTo)
		}
	}
}

// Every view state must be one the codec accepts; a mistake in a struct tag
// would otherwise only show as a view that ignores its URL.
func TestStatesHaveCodecs(t *testing.T) {
	for _, newState := range newStates {
		typ := reflect.TypeOf(newState()).Elem()
		c, ok := codecFor(typ)
		if !ok {
			t.Errorf("%v: no codec", typ)
			continue
		}
		if len(c.fields) != typ.NumField() {
			t.Errorf("%v: %d of %d fields have a url tag", typ, len(c.fields), typ.NumField())
		}
	}
	c, _ := codecFor(reflect.TypeFor[Timeline]())
	if from := c.fields[c.lookup("from")]; from.le != c.lookup("to") || from.min != 1900 || from.max != 2100 {
		t.Errorf("Timeline.From rules = %+v", from)
	}
}

func TestCodecRefusesWhatItCannotRoundTrip(t *testing.T) {
	types := map[string]any{
		"float": struct {
			X float64 `url:"x"`
		}{},
		"int8": struct {
			X int8 `url:"x" min:"0" max:"9"`
		}{},
		"int without max": struct {
			X int `url:"x" min:"0"`
		}{},
		"negative min": struct {
			X int `url:"x" min:"-5" max:"9"`
		}{},
		"min above max": struct {
			X int `url:"x" min:"9" max:"5"`
		}{},
		"le unknown": struct {
			X int `url:"x" min:"1" max:"9" le:"y"`
		}{},
		"le not int": struct {
			X int    `url:"x" min:"1" max:"9" le:"y"`
			Y string `url:"y"`
		}{},
		"duplicate name": struct {
			X string `url:"x"`
			Y string `url:"x"`
		}{},
		"unexported": struct {
			x string `url:"x"`
		}{},
		"name not a slug": struct {
			X string `url:"X"`
		}{},
		"named slice": struct {
			X namedSlice `url:"x"`
		}{},
		"not a struct": 0,
	}
	for name, v := range types {
		if _, ok := codecFor(reflect.TypeOf(v)); ok {
			t.Errorf("%s: codec accepted %T", name, v)
		}
		if got := Format(v); got != "" {
			t.Errorf("%s: Format = %q", name, got)
		}
	}
}

type namedSlice []string
