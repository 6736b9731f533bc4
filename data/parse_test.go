package data

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func TestParseValidMinimal(t *testing.T) {
	d := fixture(t)
	if len(d.Figures) == 0 || len(d.Series) == 0 || len(d.Events) == 0 {
		t.Fatal("the fixture decoded to an empty dataset")
	}
	if f := figure(t, d, "oil-transit"); f.Low == nil || *f.Low != 1.3 {
		t.Errorf("oil-transit low = %v, want 1.3", f.Low)
	}
}

// brokenFiles maps every file in testdata/broken to the problem Parse must
// report: its exact path ("" for the file as a whole) and part of its reason.
var brokenFiles = map[string]struct{ path, reason string }{
	"bad-slug.json":               {"categories[0].id", `id "Energy" is not a slug`},
	"bidi-override.json":          {"entities[2].name.en", "U+202E (a bidirectional control)"},
	"control-character.json":      {"events[1].summary.en", "U+0000 (a control character)"},
	"invalid-utf8.json":           {"source.title.en", "invalid UTF-8"},
	"zero-width.json":             {"figures[0].label.en", "U+200B (a zero-width character)"},
	"zero-width-translation.json": {"categories[1].label.ru", "U+200B (a zero-width character)"},
	"missing-translation.json":    {"events[id=oil-supply].title.ru", `missing text in "ru" (the dataset declares en, ru)`},
	"undeclared-language.json":    {"categories[id=energy].label.az", `text in "az", which is not allowed here: the dataset declares en, ru`},
	"translated-quote.json":       {"assessments[id=trade-robust].quote.ru", "a quote keeps the article's English words"},
	"dangling-category.json":      {"events[id=oil-supply].category", `unknown category "oil"; allowed: energy`},
	"dangling-party.json":         {"events[id=oil-supply].parties[0]", `unknown entity "rosneft"`},
	"dangling-series-figure.json": {"series[id=trade-annual].points[1].figure", `unknown figure "trade-2021"`},
	"derived-cycle.json":          {"figures[id=trade-2023].derived.inputs", "cycle: trade-2023 → trade-2022 → trade-2023"},
	"derived-mismatch.json":       {"figures[id=trade-2022].value", "derived value 3.71 does not recompute: base-from-growth(trade-2023, trade-2023-growth) = 3.709"},
	"duplicate-event-id.json":     {"events[1].id", `duplicate id "oil-supply"; first used at events[0]`},
	"duplicate-key.json":          {"figures[1].unit", `duplicate key "unit" (line 66, column 26)`},
	"empty-english.json":          {"categories[id=energy].label", `missing English text ("en")`},
	"empty.json":                  {"", "the file is empty"},
	"end-before-start.json":       {"events[id=oil-supply].end", `end "2016" is before date "2017-02"`},
	"format-2.json":               {"format", "format 2 is not supported; want 1"},
	"fractional-decimals.json":    {"figures[2].derived.decimals", "want a whole number, got 1.5"},
	"gap-with-figure.json":        {"series[id=trade-annual].points[2]", "a figure or a gap, not both"},
	"http-url.json":               {"source.url", "not an https URL"},
	"impossible-date.json":        {"events[id=oil-supply].date", "February 2023 has 28 days"},
	"interval-reversed.json":      {"figures[id=trade-2023-growth].period", `"2024/2023": the interval ends before it starts`},
	"leap-day-1900.json":          {"figures[id=trade-2023].period", "February 1900 has 28 days"},
	"miscased-field.json":         {"figures[1].Value", `field "Value" must be spelled "value"`},
	"missing-section.json":        {"figures[id=trade-2023-growth].section", "missing section; allowed: trade"},
	"missing-source-url.json":     {"source.url", "missing url"},
	"missing-title.json":          {"events[id=oil-supply].title", "missing text"},
	"null-id.json":                {"entities[0].id", "null is not allowed here; want a string"},
	"number-out-of-range.json":    {"figures[1].value", "number 1e400 is out of range"},
	"precision-mismatch.json":     {"events[id=oil-supply].precision", `precision "day" does not match date "2017-02", which is of month precision`},
	"rank-in-unranked-list.json":  {"lists[id=trade-partners].items[0].rank", `rank 1 on an item of a list that is not ranked; set "ranked": true`},
	"range-with-value.json":       {"figures[id=trade-2023-growth].value", "has low and high, not value"},
	"series-not-increasing.json":  {"series[id=trade-annual].points[1].period", "points must be in time order"},
	"syntax-missing-comma.json":   {"", "syntax error at line 3, column 3"},
	"top-level-array.json":        {"", "want an object, got an array (line 1, column 1)"},
	"trailing-data.json":          {"", "unexpected data after the top-level value"},
	"truncated.json":              {"", "unexpected end of file"},
	"unknown-field.json":          {"figures[1].valeu", `unknown field "valeu"; allowed: derived, direction`},
	"unknown-qualifier.json":      {"figures[id=trade-2023].qualifier", `unknown qualifier "aprox"; allowed: about, estimated, exact, nearly, over, range, up to`},
	"unknown-section.json":        {"entities[id=lukoil].section", `unknown section "energy"`},
	"unknown-unit.json":           {"figures[id=trade-2023-growth].unit", `unknown unit "pct"`},
	"wrong-type-format.json":      {"format", `want a whole number, got string "1"`},
	"wrong-type-value.json":       {"figures[0].value", `want a number, got string "4.358" (line 53, column 16)`},
}

func TestParseBroken(t *testing.T) {
	files, err := filepath.Glob("testdata/broken/*.json")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(f))
	}
	for name := range brokenFiles {
		if !contains(names, name) {
			t.Errorf("%s is expected but missing from testdata/broken", name)
		}
	}
	if len(names) < 20 {
		t.Errorf("only %d broken files", len(names))
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			want, ok := brokenFiles[name]
			if !ok {
				t.Fatalf("testdata/broken/%s has no expected problem in brokenFiles", name)
			}
			b, err := os.ReadFile(filepath.Join("testdata/broken", name))
			if err != nil {
				t.Fatal(err)
			}
			d, err := Parse(name, b)
			if d != nil {
				t.Error("a refused file must not return a dataset")
			}
			ps := problemsOf(t, err, name)
			if !hasProblem(ps.List, want.path, want.reason) {
				t.Errorf("want %q: …%s…; got:\n%v", want.path, want.reason, err)
			}
		})
	}
}

func problemsOf(t *testing.T, err error, file string) *Problems {
	t.Helper()
	var ps *Problems
	if !errors.As(err, &ps) {
		t.Fatalf("want *Problems, got %T: %v", err, err)
	}
	if ps.File != file || len(ps.List) == 0 {
		t.Fatalf("Problems{File: %q, %d problems}, want file %q and at least one", ps.File, len(ps.List), file)
	}
	return ps
}

func contains(ss []string, s string) bool {
	i := sort.SearchStrings(ss, s)
	return i < len(ss) && ss[i] == s
}

func TestParseTooLarge(t *testing.T) {
	b, err := os.ReadFile(validMinimal)
	if err != nil {
		t.Fatal(err)
	}
	// Padding with white space keeps the JSON valid: only the size is wrong.
	ok := append(b, make([]byte, MaxSize-len(b))...)
	for i := len(b); i < len(ok); i++ {
		ok[i] = ' '
	}
	if _, err := Parse("max.json", ok); err != nil {
		t.Errorf("a valid file of exactly MaxSize bytes is refused: %v", err)
	}
	_, err = Parse("huge.json", append(ok, ' '))
	ps := problemsOf(t, err, "huge.json")
	if !hasProblem(ps.List, "", "the file is 4194305 bytes; the limit is 4194304") {
		t.Errorf("got %v", err)
	}
}

func TestParseTooDeep(t *testing.T) {
	deep := func(n int, open, close string) []byte {
		return []byte(`{"lists": ` + strings.Repeat(open, n-1) + strings.Repeat(close, n-1) + "}")
	}
	for _, tc := range []struct {
		name string
		b    []byte
	}{
		{"arrays", deep(MaxDepth+1, "[", "]")},
		{"objects", deep(MaxDepth+1, `{"a":`, "}")},
		{"unbalanced", []byte(strings.Repeat("[", 1<<20))},
	} {
		_, err := Parse(tc.name, tc.b)
		ps := problemsOf(t, err, tc.name)
		if !hasProblem(ps.List, "", "nesting deeper than 64 levels at line 1") {
			t.Errorf("%s: got %v", tc.name, err)
		}
	}
	// At the limit the depth is not the problem; the shape is.
	_, err := Parse("at-limit", deep(MaxDepth, "[", "]"))
	ps := problemsOf(t, err, "at-limit")
	if hasProblem(ps.List, "", "nesting") {
		t.Errorf("nesting of exactly %d refused: %v", MaxDepth, err)
	}
	// Brackets inside strings are text, not nesting.
	_, err = Parse("strings", []byte(`{"format": 1, "source": {"publisher": "`+strings.Repeat("[{", 100)+`"}}`))
	if ps := problemsOf(t, err, "strings"); hasProblem(ps.List, "", "nesting") {
		t.Errorf("brackets in a string counted: %v", err)
	}
}

// TestParseReportsAllShapeProblems checks that problems the decoder would
// report one at a time come back together, with indexed paths.
func TestParseReportsAllShapeProblems(t *testing.T) {
	b := []byte(`{"format": 1, "figures": [{"id": "a"}, {"id": 2, "valeu": 1, "value": "x"}], "gaps": [{"id": null}]}`)
	_, err := Parse("f.json", b)
	ps := problemsOf(t, err, "f.json")
	want := []string{"figures[1].id", "figures[1].valeu", "figures[1].value", "gaps[0].id"}
	if len(ps.List) != len(want) {
		t.Fatalf("want %d problems, got:\n%v", len(want), err)
	}
	for i, p := range ps.List {
		if p.Path != want[i] {
			t.Errorf("problem %d at %q, want %q", i, p.Path, want[i])
		}
	}
}

func TestProblemsError(t *testing.T) {
	ps := &Problems{File: "data/relations.json", List: []Problem{
		{"figures[3].qualifier", `unknown qualifier "aprox"`},
		{"", "the file is empty"},
	}}
	want := "data/relations.json: figures[3].qualifier: unknown qualifier \"aprox\"\ndata/relations.json: the file is empty"
	if got := ps.Error(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestMember(t *testing.T) {
	for _, tc := range []struct{ path, key, want string }{
		{"", "format", "format"},
		{"figures[0]", "value", "figures[0].value"},
		{"a", "x.y", `a["x.y"]`},
		{"a", "line\nbreak", `a["line\nbreak"]`},
		{"a", "", `a[""]`},
	} {
		if got := member(tc.path, tc.key); got != tc.want {
			t.Errorf("member(%q, %q) = %s, want %s", tc.path, tc.key, got, tc.want)
		}
	}
}

// TestDecodeProblem covers the fallback used if the decoder ever refuses
// what the shape check let through.
func TestDecodeProblem(t *testing.T) {
	b := []byte(`{"format": "x"}`)
	var d Dataset
	err := decodeStrict(b, &d)
	p := decodeProblem(b, err)
	if p.Path != "format" || !strings.Contains(p.Reason, "want int, got string (line 1, column") {
		t.Errorf("got %+v", p)
	}
}

func TestParseLimitsProblems(t *testing.T) {
	b := []byte(`{"lists": [` + strings.Repeat("1,", 5000) + `1]}`)
	_, err := Parse("many.json", b)
	ps := problemsOf(t, err, "many.json")
	if len(ps.List) != MaxProblems+1 || !hasProblem(ps.List, "", "4001 more problems not shown") {
		t.Errorf("got %d problems, last %+v", len(ps.List), ps.List[len(ps.List)-1])
	}
	if !hasProblem(ps.List, "lists[999]", "want an object, got number 1 (line 1, column 2010)") {
		t.Errorf("the first problems are not kept: %+v", ps.List[999])
	}
}
