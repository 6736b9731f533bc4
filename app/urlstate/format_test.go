package urlstate

import (
	"reflect"
	"strings"
	"testing"
)

func TestFormat(t *testing.T) {
	tests := []struct {
		name  string
		state any
		want  string
	}{
		{"zero", Timeline{}, ""},
		{"zero pointer", &Energy{}, ""},
		{"nil pointer", (*Energy)(nil), ""},
		{"not a state", 42, ""},
		{"nil", nil, ""},
		{"default tab omitted", Legal{Tab: TabChart}, ""},
		{"tab", Legal{Tab: TabTable}, "tab=table"},
		{"field order", Timeline{Event: "e1", Cat: []string{"nam"}, To: 2000, From: 1990, Tab: TabTable},
			"tab=table&from=1990&to=2000&cat=nam&event=e1"},
		{"energy order", Energy{Event: "e1", Fig: "gas", To: 2010, From: 2000, Tab: TabTable},
			"tab=table&from=2000&to=2010&fig=gas&event=e1"},
		{"set sorted, deduplicated, one param", Timeline{Cat: []string{"nam", "energy", "nam", "legal"}}, "cat=energy,legal,nam"},
		{"empty set omitted", Timeline{Cat: []string{}}, ""},
		{"open upper bound", Energy{From: 2000}, "from=2000"},
		{"open lower bound", Energy{To: 2000}, "to=2000"},
		{"overview", Overview{Fig: "turnover-2023"}, "fig=turnover-2023"},
		{"sources", &Sources{Fig: "a"}, "fig=a"},
		{"diplomacy", Diplomacy{Tab: TabTable, Event: "nam-summit"}, "tab=table&event=nam-summit"},
		{"trade", Trade{Fig: "x", Tab: TabTable}, "tab=table&fig=x"},

		// What Parse would refuse is normalized or left out, so the URL
		// always parses back cleanly.
		{"unknown tab omitted", Legal{Tab: "map"}, ""},
		{"years clamped", Energy{From: 1800, To: 3000}, "from=1900&to=2100"},
		{"negative year clamped", Energy{From: -5}, "from=1900"},
		{"years swapped", Timeline{From: 2010, To: 1990}, "from=1990&to=2010"},
		{"invalid id omitted", Legal{Fig: "a b&c=d", Event: "<script>"}, ""},
		{"overlong id omitted", Sources{Fig: strings.Repeat("a", 201)}, ""},
		{"invalid items omitted", Timeline{Cat: []string{"ok", "Bad", "a,b", "", "x y"}}, "cat=ok"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Format(tt.state); got != tt.want {
				t.Errorf("Format(%+v) = %q, want %q", tt.state, got, tt.want)
			}
		})
	}
}

func TestFormatLeavesCallerSliceAlone(t *testing.T) {
	cat := []string{"nam", "energy", "nam"}
	Format(Timeline{Cat: cat})
	if want := []string{"nam", "energy", "nam"}; !reflect.DeepEqual(cat, want) {
		t.Errorf("Format changed the caller's slice to %q", cat)
	}
}

// The types hold only ids and choices, which need no escaping, but pack is
// where escaping lives should a free-text parameter ever be added.
func TestPackEscapes(t *testing.T) {
	bytes, params := maxQuery+1, maxParams
	got, kept := pack("q", []string{"a b", "c&d", "e,f", "é", "g=h"}, &bytes, &params)
	want := []param{{"q", "a+b,c%26d,e%2Cf,%C3%A9,g%3Dh"}}
	if !reflect.DeepEqual(got, want) || kept != 5 {
		t.Errorf("pack = %q, %d; want %q, 5", got, kept, want)
	}
}

func TestFormatLargeSetFitsParse(t *testing.T) {
	var cat []string
	for i := range 2000 {
		cat = append(cat, "cat-"+strings.Repeat("x", i%7)+"-"+string(rune('a'+i%26))+string(rune('a'+i/26%26))+string(rune('a'+i/676)))
	}
	s := Timeline{Tab: TabTable, From: 1990, To: 2000, Cat: cat, Event: "last-param"}
	f := Format(s)
	checkCanonical(t, f, func() any { return new(Timeline) })
	if !strings.HasSuffix(f, "&event=last-param") {
		t.Errorf("a long set pushed out the event: ...%q", f[max(0, len(f)-40):])
	}
	if strings.Count(f, "cat=") < 2 {
		t.Errorf("expected the set split over several cat= parameters")
	}
}

func TestURL(t *testing.T) {
	tests := []struct {
		path  string
		state any
		want  string
	}{
		{"/timeline", Timeline{}, "/timeline"},
		{"/timeline", Timeline{Cat: []string{"energy"}}, "/timeline?cat=energy"},
		{"/energy", &Energy{Tab: TabTable, From: 2000}, "/energy?tab=table&from=2000"},
		{"/legal", nil, "/legal"},
	}
	for _, tt := range tests {
		if got := URL(tt.path, tt.state); got != tt.want {
			t.Errorf("URL(%q, %+v) = %q, want %q", tt.path, tt.state, got, tt.want)
		}
	}
}
