package charts

import (
	"bytes"
	"encoding/csv"
	"encoding/json"

	"bilateral/app/i18n"
	"bilateral/data/export"
)

// Provenance travels with every copy of a chart's data: a CSV or JSON file
// that leaves the page still says where its numbers come from.
type Provenance struct {
	Title  string `json:"title"`  // the chart's title
	Source string `json:"source"` // "Caliber.az, “…”, 17 August 2024"
	Link   string `json:"link"`   // the publisher's hyperlink the article's terms require
	View   string `json:"view"`   // the address of the view the data was taken from
	Lang   string `json:"-"`      // the page's language, that of the columns the CSV adds
}

// CSV writes the table with a source and link column on every row, so a
// single row pasted elsewhere keeps its provenance; cells are made safe for
// a spreadsheet as /data/*.csv's are (export.SafeCell).
func (t Table) CSV(p Provenance) string {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	head := append(append([]string{}, t.Head...),
		i18n.T(p.Lang, "col.source"), i18n.T(p.Lang, "col.link"), i18n.T(p.Lang, "col.view"))
	w.Write(export.SafeRecord(append([]string(nil), head...)))
	for _, r := range t.Rows {
		rec := make([]string, 0, len(head))
		for _, c := range r.Cells {
			rec = append(rec, c.Text)
		}
		for len(rec) < len(t.Head) {
			rec = append(rec, "")
		}
		rec = append(rec, p.Source, p.Link, p.View)
		w.Write(export.SafeRecord(rec))
	}
	w.Flush()
	return b.String()
}

// JSON writes the table as records keyed by column, with the provenance and
// each row's flags beside them.
func (t Table) JSON(p Provenance) string {
	type row struct {
		ID      string            `json:"id"`
		Values  map[string]string `json:"values"`
		Derived bool              `json:"derived"`
		Gap     bool              `json:"gap"`
	}
	out := struct {
		Provenance
		Columns []string `json:"columns"`
		Rows    []row    `json:"rows"`
	}{Provenance: p, Columns: t.Head}
	for _, r := range t.Rows {
		v := map[string]string{}
		for i, c := range r.Cells {
			if i < len(t.Head) {
				v[t.Head[i]] = c.Text
			}
		}
		out.Rows = append(out.Rows, row{ID: r.ID, Values: v, Derived: r.Derived, Gap: r.Gap})
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		panic(err) // only strings and bools: cannot fail
	}
	return string(b) + "\n"
}
