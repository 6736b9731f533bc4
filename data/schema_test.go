//go:build !wasm

package data_test

// The JSON Schema of the dataset file (relations.schema.json) against the Go
// reader: both accept the real dataset, both refuse broken files, the
// schema's vocabularies are the Go maps and its properties the Go fields,
// so the two cannot drift apart. The schema validator is a test-only
// dependency: nothing the Wasm is built from imports it.

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"bilateral/data"
	"bilateral/data/export"
)

const schemaFile = "relations.schema.json"

// compileSchema compiles the schema with format assertions on; compiling
// also checks it against the draft 2020-12 metaschema.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	b, err := os.ReadFile(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s is not JSON: %v", schemaFile, err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(schemaFile, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(schemaFile)
	if err != nil {
		t.Fatalf("%s does not compile: %v", schemaFile, err)
	}
	return sch
}

// schemaCheck is the schema's verdict on a file: nil when valid, errNotJSON
// (wrapped) when it is not one JSON value, else the *ValidationError.
func schemaCheck(sch *jsonschema.Schema, b []byte) error {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		return errors.Join(errNotJSON, err)
	}
	return sch.Validate(inst)
}

var errNotJSON = errors.New("not one JSON value")

func TestSchemaAcceptsTheDatasets(t *testing.T) {
	sch := compileSchema(t)
	minimal, err := os.ReadFile(filepath.Join("testdata", "valid-minimal.json"))
	if err != nil {
		t.Fatal(err)
	}
	twoLangs := readFile(t, filepath.Join("testdata", "valid-two-languages.json"))
	d, err := data.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	reencoded, err := export.JSON(d)
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{
		"relations.json (embedded)":         data.Default,
		"testdata/valid-minimal.json":       minimal,
		"testdata/valid-two-languages.json": twoLangs,
		"relations.json as export.JSON":     reencoded,
	} {
		if err := schemaCheck(sch, b); err != nil {
			t.Errorf("the schema refuses %s:\n%v", name, err)
		}
		if _, err := data.Parse(name, b); err != nil {
			t.Errorf("data.Parse refuses %s:\n%v", name, err)
		}
	}
}

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Every file of testdata/broken is refused by data.Parse (parse_test.go
// checks how). Here each is classified by what the schema does with it:
// the schema refuses it as well, or it is not JSON at all, or it breaks a
// rule a JSON Schema cannot state, named. A new broken file must be added
// to one of the three, and a file the schema starts to refuse must move.
var (
	schemaRefuses = []string{
		"bad-slug.json",               // id pattern
		"bidi-override.json",          // text pattern: no bidi controls
		"control-character.json",      // text pattern: no control characters
		"invalid-utf8.json",           // text pattern: no U+FFFD (what invalid UTF-8 decodes to)
		"zero-width.json",             // text pattern: no zero-width characters
		"zero-width-translation.json", // text pattern, in every language
		"translated-quote.json",       // a quote holds en only (maxProperties 1)
		"empty-english.json",          // text.en must contain a non-space
		"format-2.json",               // format const 1
		"fractional-decimals.json",    // derived.decimals is an integer
		"gap-with-figure.json",        // a gap point has no figure
		"http-url.json",               // url pattern ^https://
		"impossible-date.json",        // 2023-02-30 is not of month precision (the calendar itself is Parse's)
		"miscased-field.json",         // additionalProperties: false
		"missing-section.json",        // required
		"missing-source-url.json",     // required
		"missing-title.json",          // required
		"null-id.json",                // type string
		"precision-mismatch.json",     // precision day needs YYYY-MM-DD
		"rank-in-unranked-list.json",  // a rank only in a list marked ranked
		"range-with-value.json",       // a range has low and high, not value
		"top-level-array.json",        // type object
		"unknown-field.json",          // additionalProperties: false
		"unknown-qualifier.json",      // enum
		"unknown-unit.json",           // enum
		"wrong-type-format.json",      // const 1, not "1"
		"wrong-type-value.json",       // type number
	}
	notJSON = []string{
		"empty.json",
		"syntax-missing-comma.json",
		"trailing-data.json",
		"truncated.json",
	}
	parseOnly = map[string]string{
		"dangling-category.json":      "references must resolve (a category id)",
		"missing-translation.json":    "every text is in each language the file declares",
		"undeclared-language.json":    "no text is in a language the file does not declare",
		"dangling-party.json":         "references must resolve (an entity or country id)",
		"dangling-series-figure.json": "references must resolve (a figure id)",
		"derived-cycle.json":          "derived inputs must not form a cycle",
		"derived-mismatch.json":       "a derived value must recompute from its inputs",
		"duplicate-event-id.json":     "ids must be unique within their kind",
		"duplicate-key.json":          "a key given twice in one object (a JSON parser keeps the last)",
		"end-before-start.json":       "an event must not end before it starts",
		"interval-reversed.json":      "an interval must not end before it starts",
		"leap-day-1900.json":          "the date must exist in the calendar (1900 was no leap year)",
		"number-out-of-range.json":    "the number must fit a float64 (1e400)",
		"series-not-increasing.json":  "series points must be in time order",
		"unknown-section.json":        "references must resolve (a section id)",
	}
)

func TestSchemaAndParseAgreeOnBrokenFiles(t *testing.T) {
	sch := compileSchema(t)
	files, err := filepath.Glob(filepath.Join("testdata", "broken", "*.json"))
	if err != nil || len(files) < 20 {
		t.Fatalf("%d broken files (%v)", len(files), err)
	}
	class := map[string]string{}
	for _, f := range schemaRefuses {
		class[f] = "schema"
	}
	for _, f := range notJSON {
		class[f] = "not JSON"
	}
	for f := range parseOnly {
		class[f] = "parse only"
	}
	both := 0
	for _, file := range files {
		name := filepath.Base(file)
		t.Run(name, func(t *testing.T) {
			b := readFile(t, file)
			if _, err := data.Parse(name, b); err == nil {
				t.Fatal("data.Parse accepts it")
			}
			err := schemaCheck(sch, b)
			var verr *jsonschema.ValidationError
			switch class[name] {
			case "schema":
				if !errors.As(err, &verr) {
					t.Fatalf("the schema should refuse it; got %v", err)
				}
				both++
			case "not JSON":
				if !errors.Is(err, errNotJSON) {
					t.Fatalf("it should not read as JSON; got %v", err)
				}
				both++
			case "parse only":
				if err != nil {
					t.Fatalf("the schema refuses it too: move it from parseOnly to schemaRefuses.\n%v", err)
				}
			default:
				t.Fatalf("classify it in schema_test.go: schemaRefuses, notJSON or parseOnly (schema says: %v)", err)
			}
		})
	}
	if both < 20 {
		t.Errorf("only %d broken files are refused by both", both)
	}
}

// mutation is a small edit of testdata/valid-minimal.json and whether the
// schema and data.Parse (which must agree) accept the result.
type mutation struct {
	name   string
	accept bool
	edit   func(m obj)
}

type obj = map[string]any

func at(v any, path ...any) obj {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			v = v.(obj)[k]
		case int:
			v = v.([]any)[k]
		}
	}
	return v.(obj)
}

// figureByID and friends find records of the fixture by id.
func byID(m obj, list, id string) obj {
	for _, r := range m[list].([]any) {
		if r.(obj)["id"] == id {
			return r.(obj)
		}
	}
	panic("fixture has no " + list + " " + id)
}

var mutations = []mutation{
	// Refused by both.
	{"a range that is derived", false, func(m obj) {
		byID(m, "figures", "oil-transit")["derived"] = obj{"formula": "difference", "inputs": []any{"trade-2023", "trade-2022"}, "decimals": json.Number("1")}
	}},
	{"a count with a fraction", false, func(m obj) { byID(m, "figures", "companies-fully-russian")["value"] = json.Number("300.5") }},
	{"a negative count", false, func(m obj) { byID(m, "figures", "companies-fully-russian")["value"] = json.Number("-3") }},
	{"rank 0", false, func(m obj) { byID(m, "figures", "russia-partner-rank")["value"] = json.Number("0") }},
	{"a value and a low", false, func(m obj) { byID(m, "figures", "trade-2023")["low"] = json.Number("4") }},
	{"no value", false, func(m obj) { delete(byID(m, "figures", "trade-2023"), "value") }},
	{"a range without high", false, func(m obj) { delete(byID(m, "figures", "oil-transit"), "high") }},
	{"years-to-publication in usd", false, func(m obj) { byID(m, "figures", "diplomatic-ties-years")["unit"] = "usd" }},
	{"difference of three inputs", false, func(m obj) {
		f := byID(m, "figures", "companies-joint-ventures")["derived"].(obj)
		f["inputs"] = append(f["inputs"].([]any), "trade-2023")
	}},
	{"ten decimals", false, func(m obj) {
		byID(m, "figures", "companies-joint-ventures")["derived"].(obj)["decimals"] = json.Number("10")
	}},
	{"an unknown formula", false, func(m obj) {
		byID(m, "figures", "companies-joint-ventures")["derived"].(obj)["formula"] = "sum"
	}},
	{"an unknown scale", false, func(m obj) { byID(m, "figures", "trade-2023")["scale"] = "billions" }},
	{"an unknown direction", false, func(m obj) { byID(m, "figures", "trade-2023")["direction"] = "both" }},
	{"a period with a slash only", false, func(m obj) { byID(m, "figures", "trade-2023")["period"] = "2023/" }},
	{"a year outside 1900–2100", false, func(m obj) { byID(m, "figures", "trade-2023")["period"] = "2204" }},
	{"endPrecision without end", false, func(m obj) { byID(m, "events", "diplomatic-ties")["endPrecision"] = "day" }},
	{"end without endPrecision", false, func(m obj) { delete(byID(m, "events", "oil-supply"), "endPrecision") }},
	{"end of another precision", false, func(m obj) { byID(m, "events", "oil-supply")["endPrecision"] = "month" }},
	{"an unknown precision", false, func(m obj) { byID(m, "events", "diplomatic-ties")["precision"] = "week" }},
	{"a point neither figure nor gap", false, func(m obj) {
		delete(at(byID(m, "series", "trade-annual"), "points", 1), "figure")
	}},
	{"a series without points", false, func(m obj) { byID(m, "series", "trade-annual")["points"] = []any{} }},
	{"an unknown entity kind", false, func(m obj) { byID(m, "entities", "lukoil")["kind"] = "firm" }},
	{"a country of three letters", false, func(m obj) { at(m, "countries", 0)["id"] = "rus" }},
	{"a language key in capitals", false, func(m obj) { byID(m, "categories", "energy")["label"].(obj)["EN"] = "Energy" }},
	{"a text without English", false, func(m obj) { byID(m, "categories", "energy")["label"] = obj{"ru": "Энергетика"} }},
	{"a text that is a string", false, func(m obj) { byID(m, "categories", "energy")["label"] = "Energy" }},
	{"a negative rank in a list", false, func(m obj) { at(byID(m, "lists", "trade-partners"), "items", 0)["rank"] = json.Number("-1") }},
	{"a list without items", false, func(m obj) { byID(m, "lists", "trade-partners")["items"] = []any{} }},
	{"no sections", false, func(m obj) { at(m, "source")["sections"] = []any{} }},
	{"a publication date in another form", false, func(m obj) { at(m, "source")["published"] = "17/08/2024" }},
	{"a relative source url", false, func(m obj) { at(m, "source")["url"] = "/en/post/example" }},
	{"no source", false, func(m obj) { delete(m, "source") }},
	{"no format", false, func(m obj) { delete(m, "format") }},
	{"an unknown top-level field", false, func(m obj) { m["people"] = []any{} }},
	{"a rank in a list not marked ranked", false, func(m obj) { delete(byID(m, "lists", "trade-partners"), "ranked") }},
	{"a rank in a list marked not ranked", false, func(m obj) { byID(m, "lists", "trade-partners")["ranked"] = false }},
	{"an assessment without a quote", false, func(m obj) { delete(byID(m, "assessments", "trade-robust"), "quote") }},
	{"an assessment without what it is about", false, func(m obj) { delete(byID(m, "assessments", "trade-robust"), "about") }},
	{"an undated flag that is a string", false, func(m obj) { byID(m, "events", "oil-supply")["undated"] = "yes" }},

	// Accepted by both.
	{"the fixture as it is", true, func(obj) {}},
	{"scale given as empty", true, func(m obj) { byID(m, "figures", "trade-2023-growth")["scale"] = "" }},
	{"direction given as empty", true, func(m obj) { byID(m, "figures", "trade-2023-growth")["direction"] = "" }},
	{"a gap point with an empty figure", true, func(m obj) { at(byID(m, "series", "trade-annual"), "points", 2)["figure"] = "" }},
	{"a gap point with gap false and a figure", true, func(m obj) { at(byID(m, "series", "trade-annual"), "points", 1)["gap"] = false }},
	{"no lists and no gaps", true, func(m obj) { delete(m, "lists"); delete(m, "gaps") }},
	{"English declared alone", true, func(m obj) { m["languages"] = []any{"en"} }},
	{"English not first", false, func(m obj) { m["languages"] = []any{"ru", "en"} }},
	{"a blank translation", false, func(m obj) {
		m["languages"] = []any{"en", "ru"}
		byID(m, "categories", "energy")["label"].(obj)["ru"] = " "
	}},
	{"a language declared twice", false, func(m obj) { m["languages"] = []any{"en", "en"} }},
	{"no language declared", false, func(m obj) { m["languages"] = []any{} }},
	{"a language code in capitals", false, func(m obj) { m["languages"] = []any{"en", "RU"} }},
	{"a publication date without time", true, func(m obj) { at(m, "source")["published"] = "2024-08-17" }},
	{"an entity with an empty country", true, func(m obj) { byID(m, "entities", "turkey")["country"] = "" }},
	{"a count in thousands with a fraction", true, func(m obj) {
		f := byID(m, "figures", "companies-fully-russian")
		f["value"], f["scale"] = json.Number("0.3"), "thousand"
	}},
	{"end and endPrecision empty", true, func(m obj) {
		e := byID(m, "events", "diplomatic-ties")
		e["end"], e["endPrecision"] = "", ""
	}},
	{"a ranked list with an unranked item", true, func(m obj) { delete(at(byID(m, "lists", "trade-partners"), "items", 0), "rank") }},
	{"an undated event", true, func(m obj) { byID(m, "events", "oil-supply")["undated"] = true }},
	{"no assessments", true, func(m obj) { delete(m, "assessments") }},
	{"years between two events", true, func(m obj) {
		m["events"] = append(m["events"].([]any), obj{"id": "later", "date": "2003-04-04", "precision": "day", "category": "diplomacy",
			"title": obj{"en": "Later"}, "summary": obj{"en": "Later."}, "section": "intro"})
		m["figures"] = append(m["figures"].([]any), obj{"id": "gap-years", "label": obj{"en": "Years between"}, "value": json.Number("11"),
			"unit": "year", "period": "1992-04-04/2003-04-04", "qualifier": "exact", "section": "intro",
			"derived": obj{"formula": "years-between", "inputs": []any{"diplomatic-ties", "later"}, "decimals": json.Number("0")}})
	}},
	{"an unranked list item with rank 0", true, func(m obj) { at(byID(m, "lists", "exports-to-russia"), "items", 0)["rank"] = json.Number("0") }},
}

func TestSchemaAndParseAgreeOnEdits(t *testing.T) {
	sch := compileSchema(t)
	base := readFile(t, filepath.Join("testdata", "valid-minimal.json"))
	for _, mu := range mutations {
		t.Run(mu.name, func(t *testing.T) {
			dec := json.NewDecoder(bytes.NewReader(base))
			dec.UseNumber()
			var m obj
			if err := dec.Decode(&m); err != nil {
				t.Fatal(err)
			}
			mu.edit(m)
			b, err := json.MarshalIndent(m, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			_, perr := data.Parse("edited.json", b)
			serr := schemaCheck(sch, b)
			if mu.accept {
				if perr != nil {
					t.Errorf("data.Parse refuses it:\n%v", perr)
				}
				if serr != nil {
					t.Errorf("the schema refuses it:\n%v", serr)
				}
				return
			}
			if perr == nil {
				t.Error("data.Parse accepts it")
			}
			var verr *jsonschema.ValidationError
			if !errors.As(serr, &verr) {
				t.Errorf("the schema accepts it (%v)", serr)
			}
		})
	}
}

// schemaDoc is the schema as plain JSON.
func schemaDoc(t *testing.T) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(readFile(t, schemaFile), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestSchemaEnumsAreTheVocabulary(t *testing.T) {
	doc := schemaDoc(t)
	defs := doc["$defs"].(map[string]any)
	scales := map[string]bool{}
	for s := range data.Scales {
		scales[s] = true
	}
	vocab := map[string]map[string]bool{
		"unit":       data.Units,
		"scale":      scales,
		"qualifier":  data.Qualifiers,
		"formula":    data.Formulas,
		"entityKind": data.EntityKinds,
		"direction":  data.Directions,
		"precision":  data.Precisions,
	}
	// English is the one language every dataset has, first in its list.
	all := map[string]bool{"": true, data.SourceLanguage: true}
	for def, want := range vocab {
		got := map[string]bool{}
		raw, _ := defs[def].(map[string]any)["enum"].([]any)
		for _, v := range raw {
			got[v.(string)] = true
		}
		if len(got) != len(raw) {
			t.Errorf("$defs/%s has a value twice", def)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("$defs/%s enum is %v; the Go vocabulary is %v", def, keys(got), keys(want))
		}
		for v := range want {
			all[v] = true
		}
	}
	// No vocabulary is spelled out anywhere else: every enum is one of the
	// definitions above (or refers to one), and every string const is a word
	// of a vocabulary, so renaming one in Go fails here.
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, c := range x {
				p := path + "/" + k
				switch k {
				case "enum":
					def := strings.TrimPrefix(path, "/$defs/")
					if _, ok := vocab[def]; !ok {
						for _, e := range c.([]any) {
							if s, ok := e.(string); !ok || !all[s] {
								t.Errorf("%s lists %v, which is not a word of a Go vocabulary", p, e)
							}
						}
					}
				case "const":
					if s, ok := c.(string); ok && !all[s] {
						t.Errorf("%s is %q, which is not a word of a Go vocabulary", p, s)
					}
				}
				walk(p, c)
			}
		case []any:
			for i, c := range x {
				walk(path+"/"+strconv.Itoa(i), c)
			}
		}
	}
	walk("", doc)
}

func keys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// TestSchemaPropertiesAreTheGoFields: every record's properties are exactly
// the JSON fields of its Go type, so a field added to types.go without the
// schema (or the other way round) fails here.
func TestSchemaPropertiesAreTheGoFields(t *testing.T) {
	doc := schemaDoc(t)
	defs := doc["$defs"].(map[string]any)
	for _, tc := range []struct {
		def string
		typ any
	}{
		{"", data.Dataset{}},
		{"source", data.Source{}},
		{"section", data.Section{}},
		{"country", data.Country{}},
		{"entity", data.Entity{}},
		{"figure", data.Figure{}},
		{"derived", data.Derived{}},
		{"series", data.Series{}},
		{"point", data.Point{}},
		{"event", data.Event{}},
		{"category", data.Category{}},
		{"list", data.List{}},
		{"listItem", data.ListItem{}},
		{"gap", data.Gap{}},
		{"assessment", data.Assessment{}},
	} {
		s := doc
		if tc.def != "" {
			s = defs[tc.def].(map[string]any)
		}
		name := "the root"
		if tc.def != "" {
			name = "$defs/" + tc.def
		}
		if s["additionalProperties"] != false {
			t.Errorf("%s allows additional properties", name)
		}
		var props []string
		for k := range s["properties"].(map[string]any) {
			props = append(props, k)
		}
		sort.Strings(props)
		var fields []string
		rt := reflect.TypeOf(tc.typ)
		for i := 0; i < rt.NumField(); i++ {
			tag, _, _ := strings.Cut(rt.Field(i).Tag.Get("json"), ",")
			if tag != "" && tag != "-" {
				fields = append(fields, tag)
			}
		}
		sort.Strings(fields)
		if !reflect.DeepEqual(props, fields) {
			t.Errorf("%s has properties %v; %s has JSON fields %v", name, props, rt.Name(), fields)
		}
		// A field without omitempty that the validator requires is
		// required by the schema too (checked by the edits above); here,
		// only that every required name is a property.
		if req, ok := s["required"].([]any); ok {
			for _, r := range req {
				if !contains(props, r.(string)) {
					t.Errorf("%s requires %q, which is not a property", name, r)
				}
			}
		}
	}
}

func contains(ss []string, s string) bool {
	i := sort.SearchStrings(ss, s)
	return i < len(ss) && ss[i] == s
}

// TestReadmeFigureExample: the figure README.md shows as an example of
// adding one is valid, for the schema and for data.Parse, when added to
// the dataset.
func TestReadmeFigureExample(t *testing.T) {
	readme := string(readFile(t, filepath.Join("..", "README.md")))
	_, rest, ok := strings.Cut(readme, "<!-- example: figure")
	if !ok {
		t.Fatal("README.md has no <!-- example: figure --> marker")
	}
	_, rest, ok = strings.Cut(rest, "```json\n")
	block, _, ok2 := strings.Cut(rest, "```")
	if !ok || !ok2 {
		t.Fatal("no ```json block after the marker")
	}
	var fig map[string]any
	if err := json.Unmarshal([]byte(block), &fig); err != nil {
		t.Fatalf("the example is not JSON: %v\n%s", err, block)
	}
	var m obj
	dec := json.NewDecoder(bytes.NewReader(data.Default))
	dec.UseNumber()
	if err := dec.Decode(&m); err != nil {
		t.Fatal(err)
	}
	m["figures"] = append(m["figures"].([]any), fig)
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if err := schemaCheck(compileSchema(t), b); err != nil {
		t.Errorf("the schema refuses the dataset with the example:\n%v", err)
	}
	if _, err := data.Parse("README example", b); err != nil {
		t.Errorf("data.Parse refuses the dataset with the example:\n%v", err)
	}
	// Every field of a figure is explained in the table after it: the
	// first cells of its rows name them.
	explained := map[string]bool{}
	for _, line := range strings.Split(rest, "\n") {
		if cell, ok := strings.CutPrefix(line, "| `"); ok {
			cell, _, _ = strings.Cut(cell, " |")
			for _, f := range strings.Split(cell, ", ") {
				explained[strings.Trim(f, "`")] = true
			}
		}
	}
	for _, f := range []string{"id", "label", "value", "low", "high", "unit", "scale", "period", "qualifier", "direction", "derived", "section", "note", "entities"} {
		if !explained[f] {
			t.Errorf("README.md's figure table does not explain %s", f)
		}
	}
}
