package components

import (
	"strings"
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestTableMarksTheSelectedRow(t *testing.T) {
	html := goapp.HTMLString(&Table{
		Caption:  "Trade",
		Head:     []string{"Year", "Value"},
		Rows:     [][]Cell{{{Text: "2022"}, {Text: "3.7", Class: "num"}}, {{Text: "2023"}, {Text: "4.4", Href: "/trade"}}},
		RowIDs:   []string{"row-2022", "row-2023"},
		RowClass: []string{"derived", ""},
		Selected: "row-2023",
	})
	tag(t, html, "row-2022", `class="derived"`)
	if m := tag(t, html, "row-2023", `class="selected"`, "aria-current"); strings.Contains(m, "derived") {
		t.Errorf("row-2023 took another row's class: %s", m)
	}
	for _, want := range []string{"<caption>Trade</caption>", `scope="col"`, `scope="row"`, `href="/trade"`, `aria-label="Trade"`} {
		if !strings.Contains(html, want) {
			t.Errorf("no %q in:\n%s", want, html)
		}
	}
	if strings.Count(html, `aria-current`) != 1 {
		t.Errorf("want exactly one current row:\n%s", html)
	}
}

// The segmented control marks its current choice; the navigation's own test
// is TestNavRowAndMenu (it lists the views twice, as a row and as a menu).
func TestSegmentedMarksTheCurrentChoice(t *testing.T) {
	seg := goapp.HTMLString(&Segmented{Label: "Show as", Choices: []Choice{{"Chart", "/trade", false}, {"Table", "/trade?tab=table", true}}})
	for _, tt := range []struct{ html, current, want string }{
		{seg, "aria-current", "Table</a>"},
	} {
		if strings.Count(tt.html, tt.current) != 1 {
			t.Errorf("want one %s in:\n%s", tt.current, tt.html)
			continue
		}
		i := strings.Index(tt.html, tt.current)
		if j := strings.Index(tt.html[i:], "</a>"); !strings.HasSuffix(tt.html[:i+j+4], tt.want) {
			t.Errorf("%s is not on the link ending %q:\n%s", tt.current, tt.want, tt.html)
		}
	}
}

// Every table names each cell's column for its phone layout, where the
// header row is hidden and each row is a card (the chart twins' tables
// too: they scrolled sideways under a cut-off caption).
func TestTableLabelsItsCells(t *testing.T) {
	rows := [][]Cell{{{Text: "1"}, {Text: "15 November 2022 – March 2023"}, {Text: "New gas sale agreement"}}}
	head := []string{"No.", "Date", "Event"}
	for _, tbl := range []*Table{{Caption: "Gas", Head: head, Rows: rows}, {Caption: "Gas", Head: head, Rows: rows, Class: "provenance"}} {
		html := goapp.HTMLString(tbl)
		for _, want := range []string{`stacked`, `<th data-label="No." scope="row">1</th>`,
			`<td data-label="Date">15 November 2022 – March 2023</td>`, `<td data-label="Event">New gas sale agreement</td>`} {
			if !strings.Contains(html, want) {
				t.Errorf("no %q in:\n%s", want, html)
			}
		}
	}
}
