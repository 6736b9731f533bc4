package charts

import (
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
)

func TestTableExports(t *testing.T) {
	tb := Table{
		Head: []string{"Figure", "Value"},
		Rows: []Row{
			{ID: "a", Cells: []Cell{{Text: "Trade, 2022"}, {Text: "about $3.709 billion"}}, Derived: true},
			{ID: "gap-x-2020", Cells: []Cell{{Text: "Oil, 2020"}, {Text: "Not reported"}}, Gap: true},
		},
	}
	p := Provenance{Title: "T", Source: "Caliber.az, “X”", Link: "https://caliber.az/", View: "http://h/trade?tab=table"}

	recs, err := csv.NewReader(strings.NewReader(tb.CSV(p))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 || strings.Join(recs[0], "|") != "Figure|Value|Source|Link|View" {
		t.Fatalf("CSV records %q", recs)
	}
	if recs[1][0] != "Trade, 2022" || recs[1][3] != "https://caliber.az/" || recs[2][1] != "Not reported" {
		t.Errorf("CSV rows %q", recs[1:])
	}

	var out struct {
		Link string `json:"link"`
		Rows []struct {
			ID      string            `json:"id"`
			Values  map[string]string `json:"values"`
			Derived bool              `json:"derived"`
			Gap     bool              `json:"gap"`
		} `json:"rows"`
	}
	if err := json.Unmarshal([]byte(tb.JSON(p)), &out); err != nil {
		t.Fatal(err)
	}
	if out.Link != "https://caliber.az/" || len(out.Rows) != 2 || !out.Rows[0].Derived || !out.Rows[1].Gap ||
		out.Rows[0].Values["Value"] != "about $3.709 billion" {
		t.Errorf("JSON %+v", out)
	}
}

// TestTableCSVNeutralisesFormulas: a chart's CSV download neutralises
// cells as /data/*.csv does (export.SafeCell).
func TestTableCSVNeutralisesFormulas(t *testing.T) {
	tb := Table{
		Head: []string{"=Figure", "Value"},
		Rows: []Row{{ID: "a", Cells: []Cell{{Text: "=1+2"}, {Text: "-0.5"}}}},
	}
	p := Provenance{Source: "@Caliber", Link: "https://caliber.az/", View: "+view"}
	recs, err := csv.NewReader(strings.NewReader(tb.CSV(p))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(append(recs[0], recs[1]...), "|")
	want := "'=Figure|Value|Source|Link|View|'=1+2|-0.5|'@Caliber|https://caliber.az/|'+view"
	if got != want {
		t.Errorf("CSV cells %q, want %q", got, want)
	}
}

// TestTableCSVHeadsInLanguage: the provenance columns a CSV adds are headed
// in the page's language, like the table's own columns before them: a
// Russian file read "…,Раздел,Source,Link,View".
func TestTableCSVHeadsInLanguage(t *testing.T) {
	tb := Table{Head: []string{"Показатель"}, Rows: []Row{{ID: "a", Cells: []Cell{{Text: "Товарооборот, 2023"}}}}}
	for lang, want := range map[string]string{
		"en": "Показатель|Source|Link|View",
		"ru": "Показатель|Источник|Ссылка|Вид",
		"az": "Показатель|Mənbə|Keçid|Görünüş",
	} {
		p := Provenance{Lang: lang, Source: "Caliber.az", Link: "https://caliber.az/", View: "/ru/trade"}
		recs, err := csv.NewReader(strings.NewReader(tb.CSV(p))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(recs[0], "|"); got != want {
			t.Errorf("%s: CSV head %q, want %q", lang, got, want)
		}
	}
}
