//go:build !wasm

package export

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"go/parser"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"bilateral/data"
)

func dataset(t *testing.T) *data.Dataset {
	t.Helper()
	d, err := data.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// records reads a CSV strictly: every record must have as many fields as
// the header (encoding/csv refuses a ragged file by default).
func records(t *testing.T, name string, b []byte) [][]string {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(recs) == 0 {
		t.Fatalf("%s is empty", name)
	}
	return recs
}

// row finds the record whose column col is v, as a map by header.
func row(t *testing.T, recs [][]string, col, v string) map[string]string {
	t.Helper()
	i := indexOf(recs[0], col)
	for _, r := range recs[1:] {
		if r[i] == v {
			m := map[string]string{}
			for j, h := range recs[0] {
				m[h] = r[j]
			}
			return m
		}
	}
	t.Fatalf("no row with %s = %q", col, v)
	return nil
}

func indexOf(ss []string, s string) int {
	for i, x := range ss {
		if x == s {
			return i
		}
	}
	return -1
}

func TestTablesShape(t *testing.T) {
	d := dataset(t)
	points := 0
	for _, s := range d.Series {
		points += len(s.Points)
	}
	for _, tc := range []struct {
		name    string
		b       []byte
		head    []string
		columns int
		rows    int
	}{
		{"figures.csv", FiguresCSV(d, "en"), FigureColumns(), 22, len(d.Figures)},
		{"events.csv", EventsCSV(d, "en"), EventColumns(), 19, len(d.Events)},
		{"series.csv", SeriesCSV(d, "en"), SeriesColumns(), 11, points},
	} {
		recs := records(t, tc.name, tc.b)
		if !reflect.DeepEqual(recs[0], tc.head) {
			t.Errorf("%s header %v, want %v", tc.name, recs[0], tc.head)
		}
		if len(tc.head) != tc.columns {
			t.Errorf("%s has %d columns, want %d", tc.name, len(tc.head), tc.columns)
		}
		if got := len(recs) - 1; got != tc.rows || got == 0 {
			t.Errorf("%s has %d rows, want %d", tc.name, got, tc.rows)
		}
		for i, r := range recs[1:] {
			if r[0] == "" {
				t.Errorf("%s row %d has no id", tc.name, i+1)
			}
			if src := r[len(r)-2]; src != d.Source.URL {
				t.Errorf("%s row %d: source_url %q, want %q", tc.name, i+1, src, d.Source.URL)
			}
		}
	}
}

func TestFigureRows(t *testing.T) {
	d := dataset(t)
	recs := records(t, "figures.csv", FiguresCSV(d, "en"))

	derived := row(t, recs, "id", "trade-2022")
	for col, want := range map[string]string{
		"value":            "3.709",
		"low":              "",
		"high":             "",
		"unit":             "usd",
		"scale":            "billion",
		"base_value":       "3709000000",
		"period":           "2022",
		"qualifier":        "about",
		"direction":        "bilateral",
		"derived":          "yes",
		"formula":          "base-from-growth",
		"inputs":           "trade-2023;trade-2023-growth",
		"section":          "trade",
		"section_title":    "Trade and investments",
		"source_publisher": "Caliber.az",
		"source_url":       "https://caliber.az/",
	} {
		if got := derived[col]; got != want {
			t.Errorf("trade-2022 %s = %q, want %q", col, got, want)
		}
	}
	if !strings.Contains(derived["derived_note"], "worked back") {
		t.Errorf("trade-2022 derived_note = %q", derived["derived_note"])
	}
	if !strings.HasPrefix(derived["source_title"], "Diplomatic deep dive") {
		t.Errorf("trade-2022 source_title = %q", derived["source_title"])
	}

	stated := row(t, recs, "id", "trade-2023")
	if stated["derived"] != "no" || stated["formula"] != "" || stated["base_value"] != "4358000000" {
		t.Errorf("trade-2023: derived %q, formula %q, base_value %q", stated["derived"], stated["formula"], stated["base_value"])
	}

	rng := row(t, recs, "id", "oil-2018-agreed")
	if rng["value"] != "" || rng["low"] != "1.3" || rng["high"] != "1.5" || rng["base_value"] != "" || rng["qualifier"] != "range" {
		t.Errorf("oil-2018-agreed: value %q low %q high %q base %q qualifier %q",
			rng["value"], rng["low"], rng["high"], rng["base_value"], rng["qualifier"])
	}
	if big := row(t, recs, "id", "shah-deniz-reserves"); big["base_value"] != "1300000000000" {
		t.Errorf("shah-deniz-reserves base_value = %q", big["base_value"])
	}
}

func TestEventRows(t *testing.T) {
	d := dataset(t)
	recs := records(t, "events.csv", EventsCSV(d, "en"))
	e := row(t, recs, "id", "diplomatic-ties")
	for col, want := range map[string]string{
		"date":           "1992-04-04",
		"precision":      "day",
		"end":            "",
		"category":       "diplomacy",
		"category_label": "Diplomacy",
		"parties":        "ru;az",
		"figures":        "diplomatic-ties-years;treaties-total;treaties-economic",
		"section":        "legal",
		"key":            "yes",
		"undated":        "no",
		"title":          "Diplomatic relations established",
	} {
		if got := e[col]; got != want {
			t.Errorf("diplomatic-ties %s = %q, want %q", col, got, want)
		}
	}
	if u := row(t, recs, "id", "nam-chairmanship-extension"); u["undated"] != "yes" {
		t.Errorf("nam-chairmanship-extension: undated = %q; the article gives no date for it", u["undated"])
	}
	for _, ev := range d.Events {
		if ev.End != "" {
			r := row(t, recs, "id", ev.ID)
			if r["end"] != ev.End || r["end_precision"] != ev.EndPrecision {
				t.Errorf("%s: end %q/%q, want %q/%q", ev.ID, r["end"], r["end_precision"], ev.End, ev.EndPrecision)
			}
			return
		}
	}
	t.Error("no event with an end in the dataset")
}

func TestSeriesGapRow(t *testing.T) {
	d := dataset(t)
	recs := records(t, "series.csv", SeriesCSV(d, "en"))
	var oil [][]string
	for _, r := range recs[1:] {
		if r[0] == "oil-transit" {
			oil = append(oil, r)
		}
	}
	if len(oil) != 5 {
		t.Fatalf("oil-transit has %d rows, want 5 (2018–2022)", len(oil))
	}
	col := func(r []string, name string) string { return r[indexOf(recs[0], name)] }
	gap := oil[2]
	if col(gap, "period") != "2020" || col(gap, "figure") != "" || col(gap, "gap") != "yes" ||
		col(gap, "note") != "The article reports no figure for 2020." {
		t.Errorf("the 2020 row is %q", gap)
	}
	if col(oil[1], "figure") != "oil-2019" || col(oil[1], "gap") != "no" || col(oil[1], "unit") != "tonne" {
		t.Errorf("the 2019 row is %q", oil[1])
	}
}

func TestLanguageFallsBackToEnglish(t *testing.T) {
	d := dataset(t)
	d.Figures[0].Label = data.Text{"en": "English label", "ru": "Русская подпись"}
	d.Figures[1].Label = data.Text{"en": d.Figures[1].Label["en"]} // as in an English-only file
	ru := records(t, "figures.csv", FiguresCSV(d, "ru"))
	if got := ru[1][1]; got != "Русская подпись" {
		t.Errorf("ru label %q", got)
	}
	if got := ru[2][1]; got != d.Figures[1].Label["en"] {
		t.Errorf("a label without ru is %q, want the English", got)
	}
}

func TestBaseValue(t *testing.T) {
	for _, tc := range []struct {
		v     float64
		scale string
		want  string
	}{
		{4.358, "billion", "4358000000"},
		{1.3, "trillion", "1300000000000"},
		{295, "million", "295000000"},
		{1.1, "thousand", "1100"},
		{0.15, "", "0.15"},
		{900000, "", "900000"},
		{-2.5, "million", "-2500000"},
		{0.0001, "thousand", "0.1"},
		{1e-7, "thousand", "0.0001"},
		{0, "billion", "0"},
		{1.23456789, "million", "1234567.89"},
	} {
		if got := baseValue(&tc.v, tc.scale); got != tc.want {
			t.Errorf("baseValue(%v, %q) = %q, want %q", tc.v, tc.scale, got, tc.want)
		}
	}
	if got := baseValue(nil, "billion"); got != "" {
		t.Errorf("baseValue(nil) = %q", got)
	}
	if got := baseValue(ptr(1), "gazillion"); got != "" {
		t.Errorf("an unknown scale gives %q", got)
	}
}

func ptr(v float64) *float64 { return &v }

func TestZipRoundTrip(t *testing.T) {
	d := dataset(t)
	b, err := Zip(d, "en")
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	js, _ := JSON(d)
	want := map[string][]byte{
		"README.txt":     Readme(d, "en"),
		"figures.csv":    FiguresCSV(d, "en"),
		"events.csv":     EventsCSV(d, "en"),
		"series.csv":     SeriesCSV(d, "en"),
		"relations.json": js,
	}
	var names []string
	published := time.Date(2024, 8, 17, 14, 38, 0, 0, time.UTC)
	for _, f := range zr.File {
		names = append(names, f.Name)
		rc, err := f.Open()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		got, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if !bytes.Equal(got, want[f.Name]) {
			t.Errorf("%s in the zip differs from what its function writes", f.Name)
		}
		if f.Method != zip.Store || f.CRC32 == 0 || f.UncompressedSize64 != uint64(len(got)) {
			t.Errorf("%s: method %d, CRC %x, size %d", f.Name, f.Method, f.CRC32, f.UncompressedSize64)
		}
		if f.Mode() != 0o644 {
			t.Errorf("%s: mode %v, want -rw-r--r--", f.Name, f.Mode())
		}
		if !f.Modified.Equal(published) {
			t.Errorf("%s is dated %v, want the publication time %v", f.Name, f.Modified, published)
		}
	}
	if zr.Comment != "Source: Caliber.az, https://caliber.az/" {
		t.Errorf("zip comment %q", zr.Comment)
	}
	if !reflect.DeepEqual(names, ZipFiles) {
		t.Errorf("zip holds %v, want %v", names, ZipFiles)
	}

	// relations.json is the dataset: it parses, validates and equals it.
	back, err := data.Parse("relations.json", want["relations.json"])
	if err != nil {
		t.Fatalf("relations.json from the zip is refused:\n%v", err)
	}
	if !reflect.DeepEqual(back, d) {
		t.Error("relations.json from the zip parses to a different dataset")
	}

	readme := string(want["README.txt"])
	flat := strings.Join(strings.Fields(readme), " ")
	for _, s := range []string{"Russia–Azerbaijan", "Caliber.az", "https://caliber.az/", "hyperlink",
		d.Source.Terms["en"], "2024-08-17T14:38"} {
		if !strings.Contains(flat, s) {
			t.Errorf("README.txt lacks %q", s)
		}
	}
	for _, cols := range [][]string{FigureColumns(), EventColumns(), SeriesColumns()} {
		for _, c := range cols {
			if !strings.Contains(readme, "\n  "+c+" ") {
				t.Errorf("README.txt does not describe column %s", c)
			}
		}
	}
	for i, line := range strings.Split(readme, "\n") {
		if n := len([]rune(line)); n > 79 {
			t.Errorf("README.txt line %d is %d characters: %q", i+1, n, line)
		}
	}
}

func TestDeterministic(t *testing.T) {
	a, err := Zip(dataset(t), "en")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Zip(dataset(t), "en")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Error("two zips of the same dataset differ")
	}
	d := dataset(t)
	d.Figures[0].Label["en"] += "!"
	c, _ := Zip(d, "en")
	if bytes.Equal(a, c) {
		t.Error("a changed dataset gives the same zip")
	}
}

func TestJSONOfMinimalDataset(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "valid-minimal.json"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := data.Parse("valid-minimal.json", b)
	if err != nil {
		t.Fatal(err)
	}
	d.Gaps, d.Lists = nil, nil
	d.Figures[0].Label["en"] = "Trade <turnover> & more"
	js, err := JSON(d)
	if err != nil {
		t.Fatal(err)
	}
	s := string(js)
	for _, want := range []string{`"gaps": []`, `"lists": []`, `"Trade <turnover> & more"`, "\n  \"format\": 1,"} {
		if !strings.Contains(s, want) {
			t.Errorf("JSON lacks %s", want)
		}
	}
	if strings.Contains(s, "null") {
		t.Error("JSON has a null")
	}
	back, err := data.Parse("again.json", js)
	if err != nil {
		t.Fatalf("the re-encoded minimal dataset is refused:\n%v", err)
	}
	if len(back.Gaps) != 0 || len(back.Figures) != len(d.Figures) {
		t.Error("the re-encoded minimal dataset lost or gained records")
	}
	if _, err := Zip(d, "en"); err != nil {
		t.Error(err)
	}
}

// TestStandardLibraryOnly keeps the package cheap in the Wasm and free of
// syscall/js: only the standard library and bilateral/data.
func TestStandardLibraryOnly(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		pf, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range pf.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			first, _, _ := strings.Cut(p, "/")
			if p == "syscall/js" || (p != "bilateral/data" && strings.Contains(first, ".")) || (first == "bilateral" && p != "bilateral/data") {
				t.Errorf("%s imports %s", f, p)
			}
		}
	}
}

func TestCached(t *testing.T) {
	d := dataset(t)
	z := CachedZip(d, "en")
	want, _ := Zip(d, "en")
	if !bytes.Equal(z, want) {
		t.Fatal("CachedZip differs from Zip")
	}
	if js, _ := JSON(d); !bytes.Equal(CachedJSON(d), js) {
		t.Fatal("CachedJSON differs from JSON")
	}
	if z2 := CachedZip(d, "en"); &z2[0] != &z[0] {
		t.Error("CachedZip made the zip again for the same dataset")
	}
	other := dataset(t)
	other.Figures = other.Figures[:1]
	if z3 := CachedZip(other, "en"); bytes.Equal(z3, z) {
		t.Error("CachedZip kept the zip of another dataset")
	}
	if js, _ := JSON(other); !bytes.Equal(CachedJSON(other), js) {
		t.Error("CachedJSON kept the JSON of another dataset")
	}
}

// The README cites the article by its own (English) title; a translation
// follows, marked as ours, and never stands in for it.
func TestReadmeCitesTheOriginalTitle(t *testing.T) {
	d := dataset(t)
	orig := d.Source.Title.Original()
	for _, lang := range d.Languages() {
		flat := strings.Join(strings.Fields(string(Readme(d, lang))), " ")
		if !strings.Contains(flat, "Caliber.az, \u201c"+orig+"\u201d") {
			t.Errorf("%s README.txt does not cite the original title %q", lang, orig)
		}
		tr := d.Source.Title[lang]
		if tr == orig {
			continue
		}
		if !strings.Contains(flat, "(our translation: \u201c"+tr+"\u201d)") {
			t.Errorf("%s README.txt does not give our translation %q marked as ours", lang, tr)
		}
		if strings.Contains(flat, "Caliber.az, \u201c"+tr) {
			t.Errorf("%s README.txt cites our translation as the article's title", lang)
		}
	}
}

// Every formula a derived figure may use is described in the README's
// figures.csv columns, so the formula column never holds an unexplained word.
func TestReadmeDescribesEveryFormula(t *testing.T) {
	d := dataset(t)
	flat := strings.Join(strings.Fields(string(Readme(d, "en"))), " ")
	for f := range data.Formulas {
		if !strings.Contains(flat, f+" (") {
			t.Errorf("README.txt does not describe the formula %s", f)
		}
	}
}
