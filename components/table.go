package components

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// Cell is one table cell: text, an optional link and an optional class
// ("derived", "gap", "num") that styles it.
type Cell struct {
	Text  string
	Href  string
	Class string
	// Title, when set, is the cell's title attribute: the English original
	// of a translated text (data.Text.OriginalFor).
	Title string
	// Note, when set, is drawn small under Text: what a reader should know
	// about the row's record (a figure's note).
	Note string
}

// Table is a plain data table with a caption, the accessible twin of a chart
// or the full listing of a kind of record.
type Table struct {
	goapp.Compo

	Caption string
	Head    []string
	Rows    [][]Cell
	RowIDs  []string // optional anchors, one per row
	// Selected is the RowID of the highlighted row, if any.
	Selected string
	// RowClass optionally styles each row ("derived", "gap").
	RowClass []string
	// Class optionally styles the table itself. A styled table also gets a
	// <col> per column, ahead of every row, so CSS can fix the column widths
	// before the browser has parsed any cell (see table.provenance in CSS).
	Class string
}

// Render writes the table inside a scroll box so narrow screens never scroll
// the whole page sideways. On a phone every table becomes one card per row
// (web/bilateral.css, table.stacked), each cell labelled by its column from
// its data-label: six columns in 325 px left an events table one word a
// line, and a chart's nine-column twin scrolled sideways under its own
// caption, which was as wide as the table and cut off, with rows a
// thousand pixels tall around a derivation squeezed into a narrow column.
func (t *Table) Render() goapp.UI {
	table := goapp.Table()
	if t.Class != "" {
		table = table.Class(t.Class)
	}
	table = table.Class("stacked")
	return goapp.Div().Class("table-wrap").Attr("tabindex", "0").Attr("role", "region").Aria("label", t.Caption).Body(
		table.Body(
			goapp.Caption().Text(t.Caption),
			goapp.If(t.Class != "", func() goapp.UI {
				return goapp.ColGroup().Body(goapp.Range(t.Head).Slice(func(int) goapp.UI { return goapp.Col() }))
			}),
			goapp.THead().Body(goapp.Tr().Body(
				goapp.Range(t.Head).Slice(func(i int) goapp.UI {
					return goapp.Th().Scope("col").Text(t.Head[i])
				}),
			)),
			goapp.TBody().Body(
				goapp.Range(t.Rows).Slice(func(i int) goapp.UI {
					row := goapp.Tr()
					if i < len(t.RowIDs) && t.RowIDs[i] != "" {
						row = row.ID(t.RowIDs[i])
					}
					if i < len(t.RowClass) && t.RowClass[i] != "" {
						row = row.Class(t.RowClass[i])
					}
					if t.Selected != "" && i < len(t.RowIDs) && t.RowIDs[i] == t.Selected {
						row = row.Class("selected").Aria("current", "true")
					}
					return row.Body(goapp.Range(t.Rows[i]).Slice(func(j int) goapp.UI {
						label := ""
						if j < len(t.Head) {
							label = t.Head[j]
						}
						return cell(t.Rows[i][j], j == 0, label)
					}))
				}),
			),
		),
	)
}

// cell is one cell; label, when set, is its column's name for the
// table's card on a phone.
func cell(c Cell, header bool, label string) goapp.UI {
	var content goapp.UI = goapp.Text(c.Text)
	if c.Href != "" {
		content = goapp.A().Href(c.Href).Text(c.Text)
	}
	body := []goapp.UI{content}
	if c.Note != "" {
		body = append(body, goapp.Br(), goapp.Small().Class("cell-note").Text(c.Note))
	}
	if header {
		return goapp.Th().Scope("row").Class(c.Class).Title("%s", c.Title).DataSet("label", label).Body(body...)
	}
	return goapp.Td().Class(c.Class).Title("%s", c.Title).DataSet("label", label).Body(body...)
}
