package urlstate

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// newStates makes one fresh pointer per view state, so generic properties are
// checked against every type a view uses.
var newStates = []func() any{
	func() any { return new(Overview) },
	func() any { return new(Legal) },
	func() any { return new(Trade) },
	func() any { return new(Energy) },
	func() any { return new(Diplomacy) },
	func() any { return new(Timeline) },
	func() any { return new(Sources) },
}

// n is an expected notice: the parameter exactly, the reason by substring.
type n struct{ param, reason string }

func checkNotices(t *testing.T, got []Notice, want []n) {
	t.Helper()
	ok := len(got) == len(want)
	for i := 0; ok && i < len(got); i++ {
		ok = got[i].Param == want[i].param && strings.Contains(got[i].Reason, want[i].reason)
	}
	if !ok {
		t.Errorf("notices:\n got  %q\n want %q", got, want)
	}
	for _, g := range got {
		checkDisplayable(t, g.Param)
		checkDisplayable(t, g.Value)
	}
}

func checkDisplayable(t *testing.T, s string) {
	t.Helper()
	if !utf8.ValidString(s) || utf8.RuneCountInString(s) > displayRunes {
		t.Errorf("notice text %q is not valid UTF-8 of at most %d runes", s, displayRunes)
	}
	for _, r := range s {
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			t.Errorf("notice text %q holds control or format rune %U", s, r)
		}
	}
}

// checkFixedPoint is the round-trip property: whatever Parse made of q
// formats to a canonical query within Parse's bounds, which parses without
// notices to the same state and formats to itself.
func checkFixedPoint(t *testing.T, q string, newState func() any) {
	t.Helper()
	s1 := newState()
	for _, nt := range Parse(q, s1) {
		checkDisplayable(t, nt.Param)
		checkDisplayable(t, nt.Value)
	}
	f1 := Format(s1)
	checkCanonical(t, f1, newState)
	s2 := newState()
	Parse(f1, s2)
	if !reflect.DeepEqual(s1, s2) {
		t.Errorf("%T from %q:\n parsed    %+v\n reparsed  %+v (via %q)", s1, q, s1, s2, f1)
	}
}

// checkCanonical asserts f is a query Format could have written: within the
// bounds, noticeless, and its own format.
func checkCanonical(t *testing.T, f string, newState func() any) {
	t.Helper()
	if len(f) > maxQuery || strings.HasPrefix(f, "?") || strings.HasPrefix(f, "&") || strings.HasSuffix(f, "&") {
		t.Errorf("Format wrote %d bytes: %.80q", len(f), f)
	}
	if f != "" {
		parts := strings.Split(f, "&")
		if len(parts) > maxParams {
			t.Errorf("Format wrote %d parameters", len(parts))
		}
		for _, p := range parts {
			if _, v, _ := strings.Cut(p, "="); len(v) > maxValue {
				t.Errorf("Format wrote a %d-byte value", len(v))
			}
		}
	}
	s := newState()
	if got := Parse(f, s); len(got) != 0 {
		t.Errorf("%T: canonical %q gave notices %q", s, f, got)
	}
	if again := Format(s); again != f {
		t.Errorf("%T: Format(Parse(%q)) = %q", s, f, again)
	}
}
