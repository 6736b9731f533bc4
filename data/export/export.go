// Package export writes a dataset as files a reader can take away: one CSV
// table per kind of record, the whole dataset as indented JSON, and a zip
// holding all of them with a README.txt that describes every column and the
// source's terms of reuse.
//
// It is plain Go (standard library only, no syscall/js): the server serves
// the tables at /data/*.csv, and the Wasm client builds the same zip in the
// browser from the dataset it has loaded, so the download works offline.
// Every output is deterministic: the same dataset gives the same bytes.
package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"bilateral/data"
)

// column is one column of a table: its header and what it holds (for README.txt).
type column struct {
	name, about string
}

// The columns of each table. Every row ends with its source, so a single
// row pasted elsewhere still says where it comes from (as the chart
// downloads do). The descriptions go into README.txt; {units} and
// {qualifiers} stand for the vocabularies. (Constant literals: the compiler
// lays them out statically, where computed ones would cost init code in
// the Wasm.)
var figureColumns = [...]column{
	{"id", "the figure's id, stable across editions; series.csv and events.csv refer to it, and /sources?fig=ID shows it"},
	{"label", "what the figure measures"},
	{"value", "the number as the article states it, in `scale` units of `unit` (4.358 with scale billion = 4.358 billion); empty for a range"},
	{"low", "for a range (\"between 1.3 and 1.5 million\"): the lower bound, in `scale` units; empty otherwise"},
	{"high", "for a range: the upper bound, in `scale` units; empty otherwise"},
	{"unit", "what is counted: {units}"},
	{"scale", "what `value`, `low` and `high` are multiplied by: thousand, million, billion, trillion, or empty for ones"},
	{"base_value", "`value` × `scale`, written out in ones (4358000000); empty for a range"},
	{"period", "the time the figure covers, ISO 8601: a year (2023), a month, a day, or an interval (2024-01/2024-06)"},
	{"qualifier", "how the article hedges the number, kept exactly: {qualifiers} (exact: the article states no hedge; range: see low and high)"},
	{"direction", "the way a flow runs: ru-az (Russia to Azerbaijan), az-ru, bilateral, or empty when it does not apply"},
	{"derived", "yes when the article does not state the number and it is computed from figures it does state (drawn hatched in the dashboard); no otherwise"},
	{"formula", "for a derived figure, how it is computed: base-from-growth (current / (1 + growth/100)), difference (a - b), years-to-publication (whole years from an event to the article's date), years-between (whole years from an earlier event to a later one)"},
	{"inputs", "for a derived figure, the ids of its inputs in the formula's order, joined with ;"},
	{"derived_note", "for a derived figure, why and how it was computed"},
	{"section", "the id of the article's section the figure comes from"},
	{"section_title", "that section's heading"},
	{"note", "anything a reader should know about the figure"},
	{"entities", "ids of the parties, companies or places the figure is about, joined with ;"},
	{"source_publisher", "the publisher of the article every record comes from"},
	{"source_url", "the hyperlink to the publisher that the article's terms require with any reuse"},
	{"source_title", "the article's title"},
}

var eventColumns = [...]column{
	{"id", "the event's id, stable across editions; /timeline?event=ID shows it"},
	{"date", "when it happened or began, ISO 8601: 1997-07-03, 2017-02 or 2011"},
	{"precision", "how exact `date` is: day, month or year"},
	{"end", "for a period, when it ended (same form as date); empty for a single event"},
	{"end_precision", "how exact `end` is: day, month, year, or empty"},
	{"category", "the id of the event's category on the timeline"},
	{"category_label", "that category's name"},
	{"direction", "for a supply, the way it ran: ru-az, az-ru, bilateral, or empty"},
	{"parties", "ids of the countries and named parties involved, joined with ;"},
	{"title", "a short title"},
	{"summary", "what happened, in our words"},
	{"figures", "ids of related figures (see figures.csv), joined with ;"},
	{"section", "the id of the article's section the event comes from"},
	{"section_title", "that section's heading"},
	{"key", "yes for the key events shown on the overview; no otherwise"},
	{"undated", "yes when the article gives no date for the event: `date` then only places it on the timeline; no otherwise"},
	{"source_publisher", "the publisher of the article every record comes from"},
	{"source_url", "the hyperlink to the publisher that the article's terms require with any reuse"},
	{"source_title", "the article's title"},
}

var seriesColumns = [...]column{
	{"series_id", "the id of the series (one chart's run of values over time)"},
	{"series_title", "the series' title"},
	{"unit", "the unit of every point: {units}"},
	{"scale", "the scale the chart shows the values in (the figures keep their own, see figures.csv)"},
	{"period", "the period of this point, ISO 8601; points are in time order"},
	{"figure", "the id of the figure for this period (see figures.csv); empty for a gap"},
	{"gap", "yes when the article reports nothing for this period: a gap, never a zero; no otherwise"},
	{"note", "what the point stands for, or why there is a gap"},
	{"source_publisher", "the publisher of the article every record comes from"},
	{"source_url", "the hyperlink to the publisher that the article's terms require with any reuse"},
	{"source_title", "the article's title"},
}

// FigureColumns are the headers of figures.csv, in order.
func FigureColumns() []string { return names(figureColumns[:]) }

// EventColumns are the headers of events.csv, in order.
func EventColumns() []string { return names(eventColumns[:]) }

// SeriesColumns are the headers of series.csv, in order.
func SeriesColumns() []string { return names(seriesColumns[:]) }

func names(cs []column) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.name
	}
	return out
}

// vocab lists a closed vocabulary of the dataset, sorted, without "".
func vocab(m map[string]bool) string {
	var vs []string
	for v := range m {
		if v != "" {
			vs = append(vs, v)
		}
	}
	sort.Strings(vs)
	return strings.Join(vs, ", ")
}

// FiguresCSV is figures.csv: one row per figure, in the dataset's order,
// reader-facing text in lang (English where lang has none).
func FiguresCSV(d *data.Dataset, lang string) []byte {
	src := sourceCells(d)
	return table(FigureColumns(), len(d.Figures), func(i int) []string {
		f := &d.Figures[i]
		var formula, inputs, dnote string
		if f.Derived != nil {
			formula = f.Derived.Formula
			inputs = strings.Join(f.Derived.Inputs, ";")
			dnote = f.Derived.Note.In(lang)
		}
		return append([]string{
			f.ID,
			f.Label.In(lang),
			number(f.Value),
			number(f.Low),
			number(f.High),
			f.Unit,
			f.Scale,
			baseValue(f.Value, f.Scale),
			f.Period,
			f.Qualifier,
			f.Direction,
			yesNo(f.Derived != nil),
			formula,
			inputs,
			dnote,
			f.Section,
			sectionTitle(d, f.Section, lang),
			f.Note.In(lang),
			strings.Join(f.Entities, ";"),
		}, src...)
	})
}

// EventsCSV is events.csv: one row per event, in the dataset's order.
func EventsCSV(d *data.Dataset, lang string) []byte {
	src := sourceCells(d)
	return table(EventColumns(), len(d.Events), func(i int) []string {
		e := &d.Events[i]
		category := ""
		if c, ok := d.Category(e.Category); ok {
			category = c.Label.In(lang)
		}
		return append([]string{
			e.ID,
			e.Date,
			e.Precision,
			e.End,
			e.EndPrecision,
			e.Category,
			category,
			e.Direction,
			strings.Join(e.Parties, ";"),
			e.Title.In(lang),
			e.Summary.In(lang),
			strings.Join(e.Figures, ";"),
			e.Section,
			sectionTitle(d, e.Section, lang),
			yesNo(e.Key),
			yesNo(e.Undated),
		}, src...)
	})
}

// SeriesCSV is series.csv: one row per point of every series, gaps included.
func SeriesCSV(d *data.Dataset, lang string) []byte {
	type ref struct{ s, p int }
	var rows []ref
	for i, s := range d.Series {
		for j := range s.Points {
			rows = append(rows, ref{i, j})
		}
	}
	src := sourceCells(d)
	return table(SeriesColumns(), len(rows), func(i int) []string {
		s := &d.Series[rows[i].s]
		p := s.Points[rows[i].p]
		return append([]string{
			s.ID,
			s.Title.In(lang),
			s.Unit,
			s.Scale,
			p.Period,
			p.Figure,
			yesNo(p.Gap),
			p.Note.In(lang),
		}, src...)
	})
}

// JSON is the whole dataset as loaded, re-encoded with two-space indents.
// It parses back to the same dataset; top-level lists that are absent come
// out as [] rather than null, as the schema wants. Text is written as it is
// (no \u003c escapes), so the file reads as the original does.
func JSON(d *data.Dataset) ([]byte, error) {
	c := *d
	c.Countries, c.Entities, c.Figures = orEmpty(c.Countries), orEmpty(c.Entities), orEmpty(c.Figures)
	c.Series, c.Events, c.Lists = orEmpty(c.Series), orEmpty(c.Events), orEmpty(c.Lists)
	c.Gaps, c.Categories = orEmpty(c.Gaps), orEmpty(c.Categories)
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(&c); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// ZipFiles are the names in the zip Zip makes, in order: README.txt,
// figures.csv, events.csv, series.csv, relations.json.
var ZipFiles = []string{"README.txt", "figures.csv", "events.csv", "series.csv", "relations.json"}

// Zip is every table, the dataset as JSON and a README.txt in one zip. Its
// entries are stored uncompressed (see storedZip) and dated at the article's
// publication (a fixed time, so the same dataset always gives the same bytes).
func Zip(d *data.Dataset, lang string) ([]byte, error) {
	js, err := JSON(d)
	if err != nil {
		return nil, err
	}
	var z storedZip
	modified := Modified(d)
	for i, body := range [...][]byte{Readme(d, lang), FiguresCSV(d, lang), EventsCSV(d, lang), SeriesCSV(d, lang), js} {
		if err := z.add(ZipFiles[i], body, modified); err != nil {
			return nil, err
		}
	}
	return z.bytes(zipComment(d))
}

// zipComment points at the source; zip comments have no declared encoding,
// so it is left out unless it is plain ASCII.
func zipComment(d *data.Dataset) string {
	c := "Source: " + d.Source.Publisher + ", " + d.Source.URL
	for i := 0; i < len(c); i++ {
		if c[i] < 0x20 || c[i] > 0x7e {
			return ""
		}
	}
	return c
}

// The views render often (every navigation and selection) and the dataset
// does not change once loaded, so what the download buttons hold is made
// once: the last dataset and language asked for are remembered.
var memo struct {
	sync.Mutex
	d         *data.Dataset
	lang      string
	json, zip []byte
}

// CachedJSON is JSON(d), made once for as long as d is the dataset asked
// for (d must not change afterwards); nil if it cannot be made.
func CachedJSON(d *data.Dataset) []byte {
	js, _ := cached(d, "")
	return js
}

// CachedZip is Zip(d, lang), made once for as long as d and lang are the
// ones asked for (d must not change afterwards); nil if it cannot be made.
func CachedZip(d *data.Dataset, lang string) []byte {
	if lang == "" {
		lang = "en"
	}
	_, z := cached(d, lang)
	return z
}

// cached returns the JSON of d and, when lang is not "", its zip in lang.
func cached(d *data.Dataset, lang string) (js, z []byte) {
	memo.Lock()
	defer memo.Unlock()
	if memo.d != d {
		memo.d, memo.lang, memo.json, memo.zip = d, "", nil, nil
		memo.json, _ = JSON(d)
	}
	if lang != "" && memo.lang != lang {
		memo.lang, memo.zip = lang, nil
		memo.zip, _ = Zip(d, lang)
	}
	return memo.json, memo.zip
}

// citation names the article as published: its original title, then, for
// a reader of another language, our translation of it, marked as ours, so a
// translated title is never cited as the article's.
func citation(d *data.Dataset, lang string) string {
	orig := d.Source.Title.Original()
	line := fmt.Sprintf("%s, \u201c%s\u201d", d.Source.Publisher, orig)
	if tr := d.Source.Title[lang]; tr != "" && tr != orig {
		line += fmt.Sprintf(" (our translation: \u201c%s\u201d)", tr)
	}
	return line + ", published " + d.Source.Published
}

// fallbackTime dates the zip's entries when the publication time cannot be
// read (the validator refuses such a dataset, so only for unvalidated ones).
var fallbackTime = time.Date(2024, 8, 17, 0, 0, 0, 0, time.UTC)

// Modified is the time the zip's entries carry: the article's publication
// time as printed, read as UTC.
func Modified(d *data.Dataset) time.Time {
	for _, layout := range []string{"2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, d.Source.Published); err == nil && t.Year() >= 1980 {
			return t
		}
	}
	return fallbackTime
}

// Readme is README.txt: what the files are, where the data comes from, the
// terms of reuse and every column.
func Readme(d *data.Dataset, lang string) []byte {
	var b strings.Builder
	head := title(d, lang)
	fmt.Fprintf(&b, "%s\n%s\n\n", head, strings.Repeat("=", len([]rune(head))))
	fmt.Fprintf(&b, "Every figure, date and named party of one article, as tables.\n\n")
	fmt.Fprintf(&b, "Source\n------\n")
	fmt.Fprintf(&b, "%s\n%s\n\n", wrap(citation(d, lang), 0), d.Source.URL)
	fmt.Fprintf(&b, "Terms of reuse\n--------------\n")
	if t := d.Source.Terms.In(lang); t != "" {
		fmt.Fprintf(&b, "%s\n", wrap(t, 0))
	}
	fmt.Fprintf(&b, "These files pass the same condition on: whoever reuses them, or anything made\n"+
		"from them, must give a hyperlink to %s (%s).\n\n", d.Source.Publisher, d.Source.URL)
	fmt.Fprintf(&b, "Files\n-----\n")
	series := 0
	for _, s := range d.Series {
		series += len(s.Points)
	}
	files := [][2]string{
		{"figures.csv", fmt.Sprintf("one row per figure (%d rows)", len(d.Figures))},
		{"events.csv", fmt.Sprintf("one row per dated event (%d rows)", len(d.Events))},
		{"series.csv", fmt.Sprintf("one row per point of each chart's series, gaps included (%d rows)", series)},
		{"relations.json", "the whole dataset in the dashboard's own format, entities, lists and gaps " +
			"included; its JSON Schema is served beside it, at /data/relations.schema.json"},
	}
	for _, f := range files {
		fmt.Fprintf(&b, "  %-14s  %s\n", f[0], wrap(f[1], 18))
	}
	b.WriteString("\nThe CSV files are UTF-8, comma-separated, quoted where needed (RFC 4180), with\n" +
		"a header row. Numbers use a decimal point and no thousands separator. Lists in\n" +
		"one cell are joined with \";\". An empty cell means the field does not apply or\n" +
		"the article does not say. Ids are lower-case words joined by hyphens and link\n" +
		"the tables: series.csv's figure and events.csv's figures are ids of\n" +
		"figures.csv.\n")
	units, qualifiers := vocab(data.Units), vocab(data.Qualifiers)
	for _, t := range []struct {
		name string
		cols []column
	}{{"figures.csv", figureColumns[:]}, {"events.csv", eventColumns[:]}, {"series.csv", seriesColumns[:]}} {
		fmt.Fprintf(&b, "\n%s columns\n%s\n", t.name, strings.Repeat("-", len(t.name)+8))
		for _, c := range t.cols {
			about := strings.ReplaceAll(c.about, "`", "")
			about = strings.ReplaceAll(about, "{units}", units)
			about = strings.ReplaceAll(about, "{qualifiers}", qualifiers)
			fmt.Fprintf(&b, "  %-16s  %s\n", c.name, wrap(about, 20))
		}
	}
	return []byte(b.String())
}

// wrap breaks text into lines of at most 79 characters, the lines after the
// first indented by indent spaces (where the first one's text starts).
func wrap(text string, indent int) string {
	var b strings.Builder
	n := indent
	for i, w := range strings.Fields(text) {
		l := len([]rune(w))
		if i > 0 && n+1+l > 79 {
			b.WriteString("\n" + strings.Repeat(" ", indent))
			n = indent
		} else if i > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += l
	}
	return b.String()
}

// title names the dataset by its countries: "Russia–Azerbaijan: Bilateral dataset".
func title(d *data.Dataset, lang string) string {
	var cs []string
	for _, c := range d.Countries {
		cs = append(cs, c.Name.In(lang))
	}
	if len(cs) == 0 {
		return "Bilateral dataset"
	}
	return strings.Join(cs, "–") + ": Bilateral dataset"
}

// table writes a CSV with a header and n rows made by row, every cell
// safe for a spreadsheet (SafeCell).
func table(head []string, n int, row func(i int) []string) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write(SafeRecord(append([]string(nil), head...)))
	for i := 0; i < n; i++ {
		w.Write(SafeRecord(row(i)))
	}
	w.Flush()
	return b.Bytes()
}

// sourceCells cite the article: its title verbatim, in the language it was
// published in, whatever the table's language (a citation names what was
// published, not our translation of it).
func sourceCells(d *data.Dataset) []string {
	return []string{d.Source.Publisher, d.Source.URL, d.Source.Title.Original()}
}

func sectionTitle(d *data.Dataset, id, lang string) string {
	if s, ok := d.Section(id); ok {
		return s.Title.In(lang)
	}
	return ""
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// number writes a stated number as briefly as it round-trips, never in
// exponent form (a spreadsheet reads 1e+06 as text in some locales).
func number(v *float64) string {
	if v == nil || math.IsNaN(*v) || math.IsInf(*v, 0) {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

// baseValue is v × scale in ones, computed on the decimal digits so that
// 4.358 billion is 4358000000 exactly, not 4358000000.0000005.
func baseValue(v *float64, scale string) string {
	s := number(v)
	if s == "" {
		return ""
	}
	m, ok := data.Scales[scale]
	if !ok {
		return ""
	}
	k := int(math.Round(math.Log10(m)))
	if math.Pow10(k) != m {
		return strconv.FormatFloat(*v*m, 'f', -1, 64)
	}
	return shift(s, k)
}

// shift moves the decimal point of a plain decimal number k places right.
func shift(s string, k int) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, _ := strings.Cut(s, ".")
	for ; k > 0; k-- {
		if frac == "" {
			whole += "0"
		} else {
			whole, frac = whole+frac[:1], frac[1:]
		}
	}
	whole = strings.TrimLeft(whole, "0")
	if whole == "" {
		whole = "0"
	}
	frac = strings.TrimRight(frac, "0")
	if frac != "" {
		whole += "." + frac
	}
	if whole == "0" {
		sign = ""
	}
	return sign + whole
}
