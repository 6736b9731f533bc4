//go:build !wasm

package app

import (
	"strings"
	"testing"

	"bilateral/app/i18n"
)

// rowOf is the HTML of the table row with id in html, or "".
func rowOf(html, id string) string {
	i := strings.Index(html, `id="`+id+`"`)
	if i < 0 {
		return ""
	}
	row := html[i:]
	if j := strings.Index(row, "</tr>"); j >= 0 {
		row = row[:j]
	}
	return row
}

// An unhedged figure's hedge cell in the provenance table says that no
// hedge is stated: not empty (a missing cell), not "exactly" (more than the
// article says).
func TestProvenanceNamesMissingHedge(t *testing.T) {
	d := loadDefault(t)
	for _, lang := range i18n.Languages {
		row := rowOf(render(provenanceTable(d, lang, "")), "prov-trade-2023")
		if want := ">" + i18n.T(lang, "chart.hedge.exact") + "<"; !strings.Contains(row, want) {
			t.Errorf("%s: the provenance row of trade-2023 lacks %q:\n%s", lang, want, row)
		}
	}
}
