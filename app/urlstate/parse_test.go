package urlstate

import (
	"reflect"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	long := func(n int) string { return strings.Repeat("a", n) }
	unknown200 := "u=" + strings.Repeat("x", 197) + "&" // 200 bytes
	tests := []struct {
		name    string
		query   string
		got     any // a fresh pointer, filled by Parse
		want    any
		notices []n
	}{
		// Empty and unknown input.
		{"empty", "", &Timeline{}, &Timeline{}, nil},
		{"question mark", "?", &Timeline{}, &Timeline{}, nil},
		{"leading question mark", "?tab=table", &Legal{}, &Legal{Tab: TabTable}, nil},
		{"unknown params silent", "utm_source=x&fbclid=1&Event=E&event=e1&utm_medium=%zz", &Legal{}, &Legal{Event: "e1"}, nil},
		{"param of another view silent", "from=1990&cat=energy&tab=table", &Overview{}, &Overview{}, nil},
		{"empty segments", "&&tab=table&&", &Trade{}, &Trade{Tab: TabTable}, nil},
		{"empty value is default", "tab=&fig=&from=&cat=&event", &Timeline{}, &Timeline{}, nil},
		{"key without value", "fig", &Sources{}, &Sources{}, nil},
		{"equals in value", "fig=a=b", &Sources{}, &Sources{}, []n{{"fig", ReasonBadID}}},

		// Tab.
		{"tab table", "tab=table", &Diplomacy{}, &Diplomacy{Tab: TabTable}, nil},
		{"tab chart is stored as default", "tab=chart", &Diplomacy{}, &Diplomacy{}, nil},
		{"tab unknown", "tab=map", &Trade{}, &Trade{}, []n{{"tab", ReasonBadChoice}}},
		{"tab case", "tab=Table", &Trade{}, &Trade{}, []n{{"tab", ReasonBadChoice}}},
		{"tab repeated first wins", "tab=chart&tab=table", &Legal{}, &Legal{}, []n{{"tab", ReasonRepeated}}},
		{"tab repeated, first unusable still wins", "tab=bogus&tab=table", &Legal{}, &Legal{}, []n{{"tab", ReasonBadChoice}, {"tab", ReasonRepeated}}},
		{"empty first occurrence wins", "tab=&tab=table", &Legal{}, &Legal{}, []n{{"tab", ReasonRepeated}}},

		// Years.
		{"years", "from=1990&to=2000", &Timeline{}, &Timeline{From: 1990, To: 2000}, nil},
		{"years bounds", "from=1900&to=2100", &Energy{}, &Energy{From: 1900, To: 2100}, nil},
		{"from alone", "from=2000", &Energy{}, &Energy{From: 2000}, nil},
		{"leading zeros", "from=01990", &Energy{}, &Energy{From: 1990}, nil},
		{"zero is unset", "from=0&to=0000", &Energy{}, &Energy{}, nil},
		{"swapped", "from=2010&to=2000", &Timeline{}, &Timeline{From: 2000, To: 2010}, []n{{"from", ReasonSwapped}}},
		{"swapped any order", "to=1990&from=2000", &Energy{}, &Energy{From: 1990, To: 2000}, []n{{"from", ReasonSwapped}}},
		{"equal bounds", "from=2000&to=2000", &Energy{}, &Energy{From: 2000, To: 2000}, nil},
		{"negative", "from=-5", &Timeline{}, &Timeline{}, []n{{"from", ReasonNotNumber}}},
		{"plus is space", "from=+1990", &Timeline{}, &Timeline{}, []n{{"from", ReasonNotNumber}}},
		{"escaped plus", "from=%2B1990", &Timeline{}, &Timeline{}, []n{{"from", ReasonNotNumber}}},
		{"decimal", "from=1990.0", &Timeline{}, &Timeline{}, []n{{"from", ReasonNotNumber}}},
		{"exponent", "to=2e3", &Timeline{}, &Timeline{}, []n{{"to", ReasonNotNumber}}},
		{"hex", "to=0x7d0", &Timeline{}, &Timeline{}, []n{{"to", ReasonNotNumber}}},
		{"unicode digits", "to=%D9%A2%D9%A0%D9%A0%D9%A0", &Timeline{}, &Timeline{}, []n{{"to", ReasonNotNumber}}},
		{"overflow", "from=99999999999999999999", &Timeline{}, &Timeline{}, []n{{"from", ReasonOverflow}}},
		{"clamped low", "from=1800", &Energy{}, &Energy{From: 1900}, []n{{"from", ReasonClamped}}},
		{"clamped high", "to=99999", &Energy{}, &Energy{To: 2100}, []n{{"to", ReasonClamped}}},
		{"clamped then swapped", "from=3000&to=1990", &Energy{}, &Energy{From: 1990, To: 2100}, []n{{"from", ReasonClamped}, {"from", ReasonSwapped}}},
		{"year repeated", "from=1990&from=1995", &Energy{}, &Energy{From: 1990}, []n{{"from", ReasonRepeated}}},

		// Categories.
		{"cat list", "cat=nam,energy", &Timeline{}, &Timeline{Cat: []string{"energy", "nam"}}, nil},
		{"cat repeated params merge", "cat=nam&cat=energy,nam&cat=legal", &Timeline{}, &Timeline{Cat: []string{"energy", "legal", "nam"}}, nil},
		{"cat dirty", "cat=energy,,NAM,energy", &Timeline{}, &Timeline{Cat: []string{"energy"}}, []n{{"cat", ReasonBadID}}},
		{"cat slugs", "cat=-x,x-,a--b,a-b,a_b,%C3%A9", &Timeline{}, &Timeline{Cat: []string{"a-b"}},
			[]n{{"cat", ReasonBadID}, {"cat", ReasonBadID}, {"cat", ReasonBadID}, {"cat", ReasonBadID}, {"cat", ReasonBadID}}},
		{"cat escaped comma splits", "cat=a%2Cb", &Timeline{}, &Timeline{Cat: []string{"a", "b"}}, nil},
		{"cat invalid UTF-8", "cat=%ff", &Timeline{}, &Timeline{}, []n{{"cat", ReasonBadUTF8}}},
		{"cat bad param keeps others", "cat=energy&cat=%ff,nam", &Timeline{}, &Timeline{Cat: []string{"energy"}}, []n{{"cat", ReasonBadUTF8}}},
		{"cat param over 200 bytes dropped whole", "cat=b&cat=" + strings.Repeat("a,", 101), &Timeline{}, &Timeline{Cat: []string{"b"}}, []n{{"cat", ReasonTooLong}}},
		{"cat only commas", "cat=,,,", &Timeline{}, &Timeline{}, nil},

		// Ids.
		{"ids", "fig=gas-exports-2023&event=e1", &Legal{}, &Legal{Fig: "gas-exports-2023", Event: "e1"}, nil},
		{"script", "fig=<script>alert(1)</script>", &Energy{}, &Energy{}, []n{{"fig", ReasonBadID}}},
		{"escaped script", "fig=%3Cscript%3Ealert(1)%3C%2Fscript%3E", &Trade{}, &Trade{}, []n{{"fig", ReasonBadID}}},
		{"id uppercase", "event=E1", &Diplomacy{}, &Diplomacy{}, []n{{"event", ReasonBadID}}},
		{"id space", "event=e+1", &Diplomacy{}, &Diplomacy{}, []n{{"event", ReasonBadID}}},
		{"id NUL", "event=%00", &Diplomacy{}, &Diplomacy{}, []n{{"event", ReasonControl}}},
		{"id newline", "event=a%0Ab", &Diplomacy{}, &Diplomacy{}, []n{{"event", ReasonControl}}},
		{"id C1 control", "event=%C2%85", &Diplomacy{}, &Diplomacy{}, []n{{"event", ReasonControl}}},
		{"id DEL", "event=%7F", &Diplomacy{}, &Diplomacy{}, []n{{"event", ReasonControl}}},
		{"id bidi override", "event=%E2%80%AEe1", &Diplomacy{}, &Diplomacy{}, []n{{"event", ReasonBadID}}},
		{"id raw control byte", "event=a\x01b", &Diplomacy{}, &Diplomacy{}, []n{{"event", ReasonControl}}},
		{"id overlong UTF-8", "event=%C0%AF", &Diplomacy{}, &Diplomacy{}, []n{{"event", ReasonBadUTF8}}},
		{"id repeated", "event=e1&event=e2", &Legal{}, &Legal{Event: "e1"}, []n{{"event", ReasonRepeated}}},
		{"id bad escape first wins", "event=%zz&event=e2", &Legal{}, &Legal{}, []n{{"event", ReasonBadEscape}, {"event", ReasonRepeated}}},
		{"id 200 bytes", "fig=" + long(200), &Sources{}, &Sources{Fig: long(200)}, nil},
		{"id 201 bytes", "fig=" + long(201), &Sources{}, &Sources{}, []n{{"fig", ReasonTooLong}}},
		{"escaped value over 200 bytes", "fig=" + strings.Repeat("%61", 67), &Sources{}, &Sources{}, []n{{"fig", ReasonTooLong}}},

		// Escapes in keys and values.
		{"bad escape key", "%zz=1", &Legal{}, &Legal{}, []n{{"%zz", ReasonBadEscape}}},
		{"lone percent key", "%", &Legal{}, &Legal{}, []n{{"%", ReasonBadEscape}}},
		{"truncated escape value", "fig=%6", &Legal{}, &Legal{}, []n{{"fig", ReasonBadEscape}}},
		{"lone percent value", "fig=%", &Legal{}, &Legal{}, []n{{"fig", ReasonBadEscape}}},
		{"invalid UTF-8 key", "%ff=1", &Legal{}, &Legal{}, []n{{"\uFFFD", ReasonBadUTF8}}},
		{"control in key", "fig%00=x", &Legal{}, &Legal{}, []n{{"fig\uFFFD", ReasonControl}}},
		{"escaped key", "%66ig=x-1", &Legal{}, &Legal{Fig: "x-1"}, nil},
		{"unknown key bad value silent", "utm=%zz&fig=a", &Legal{}, &Legal{Fig: "a"}, nil},

		// Bounds on the whole query.
		{"300 params", "event=e1&" + strings.Repeat("utm=1&", 299), &Legal{}, &Legal{Event: "e1"}, []n{{"", ReasonTooManyParams}}},
		{"65th param ignored", strings.Repeat("utm=1&", 64) + "event=e1", &Legal{}, &Legal{}, []n{{"", ReasonTooManyParams}}},
		{"64th param used", strings.Repeat("utm=1&", 63) + "event=e1", &Legal{}, &Legal{Event: "e1"}, nil},
		{"10 KB query", "tab=table&" + strings.Repeat("x", 10<<10), &Legal{}, &Legal{Tab: TabTable}, []n{{"", ReasonQueryTooLong}}},
		{"10 KB value", "fig=" + strings.Repeat("a", 10<<10), &Legal{}, &Legal{}, []n{{"", ReasonQueryTooLong}}},
		{"param straddling the limit dropped", strings.Repeat(unknown200, 20) + "cat=" + strings.Repeat("a,", 60), &Timeline{}, &Timeline{}, []n{{"", ReasonQueryTooLong}}},
		{"param ending at the limit kept", strings.Repeat(unknown200, 20) + "cat=" + strings.Repeat("a,", 45) + "b&x", &Timeline{}, &Timeline{Cat: []string{"a", "b"}}, []n{{"", ReasonQueryTooLong}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			notices := Parse(tt.query, tt.got)
			if !reflect.DeepEqual(tt.got, tt.want) {
				t.Errorf("Parse(%.60q)\n got  %+v\n want %+v", tt.query, tt.got, tt.want)
			}
			checkNotices(t, notices, tt.notices)
		})
	}
}

func TestParseNoticeValues(t *testing.T) {
	tests := []struct {
		query string
		want  Notice
	}{
		{"fig=<script>alert(1)</script>", Notice{"fig", "<script>alert(1)</script>", ReasonBadID}},
		{"event=%00", Notice{"event", "\uFFFD", ReasonControl}},
		{"event=a%0D%0Ab", Notice{"event", "a\uFFFD\uFFFDb", ReasonControl}},
		{"event=%ffx", Notice{"event", "\uFFFDx", ReasonBadUTF8}},
		{"event=%zz", Notice{"event", "%zz", ReasonBadEscape}},
		{"event=%E2%80%AEevil", Notice{"event", "\uFFFDevil", ReasonBadID}},
		{"event=" + strings.Repeat("X", 100), Notice{"event", strings.Repeat("X", 39) + "…", ReasonBadID}},
		{"from=1800", Notice{"from", "1800", ReasonClamped}},
		{"from=2010&to=2000", Notice{"from", "2010", ReasonSwapped}},
		{"event=a+b", Notice{"event", "a b", ReasonBadID}},
	}
	for _, tt := range tests {
		var s Energy
		got := Parse(tt.query, &s)
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("Parse(%.40q) notices = %q, want [%q]", tt.query, got, tt.want)
		}
	}
}

// A set that only just fits the query Parse accepts can outgrow it once its
// years are clamped to four digits; Parse then keeps what Format can write.
func TestParseTrimsSetToFormattableSize(t *testing.T) {
	var b strings.Builder
	b.WriteString("from=5&to=5")
	var items []string
	for i := range 800 {
		items = append(items, "a"+string(rune('0'+i/100))+string(rune('0'+i/10%10))+string(rune('0'+i%10)))
	}
	for i := 0; i < len(items); i += 40 {
		b.WriteString("&cat=" + strings.Join(items[i:i+40], ","))
	}
	q := b.String()
	if len(q) > maxQuery {
		t.Fatalf("test query is %d bytes, want at most %d", len(q), maxQuery)
	}
	var s Timeline
	checkNotices(t, Parse(q, &s), []n{{"from", ReasonClamped}, {"to", ReasonClamped}, {"cat", ReasonTooManyItems}})
	if want := items[:799]; !reflect.DeepEqual(s.Cat, want) {
		t.Errorf("kept %d items, want %d", len(s.Cat), len(want))
	}
	checkFixedPoint(t, q, func() any { return new(Timeline) })
}

func TestParseUnsupported(t *testing.T) {
	var i int
	var nilTimeline *Timeline
	for _, dst := range []any{nil, Timeline{}, &i, nilTimeline, &nilTimeline, &struct {
		X float64 `url:"x"`
	}{}} {
		checkNotices(t, Parse("tab=table", dst), []n{{"", ReasonUnsupported}})
	}
}

// Parse resets the state: nothing a view held before leaks into the new URL.
func TestParseResets(t *testing.T) {
	s := Timeline{Tab: TabTable, From: 1990, Cat: []string{"x"}, Event: "e"}
	Parse("to=2000", &s)
	if want := (Timeline{To: 2000}); !reflect.DeepEqual(s, want) {
		t.Errorf("got %+v, want %+v", s, want)
	}
}
