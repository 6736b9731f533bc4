package charts

// Chart is what a view needs to show one chart accessibly: the option ECharts
// draws, the table twin holding exactly the same data for readers who cannot
// see the chart (or want the numbers), and the text the chart's aria
// description reads out, for the view to reuse as its label.
type Chart struct {
	Option      Option
	Table       Table
	Description string
	// Height is the CSS height the chart needs in pixels (a timeline grows
	// with its rows), so the page reserves it before drawing and nothing shifts.
	Height int
}

// Table is a chart's data as rows, with the flags the view styles by, so the
// view never has to look the data up again to know a row is derived or a gap.
type Table struct {
	Head []string
	Rows []Row
}

// Row is one data point of the chart. ID is the figure or event id (or, for
// a gap, a made-up id naming the series and period) so the view can anchor
// the row and a URL can select it.
type Row struct {
	ID       string
	Cells    []Cell
	Derived  bool
	Gap      bool
	Undated  bool // an event the source gives no date for, placed on the axis by us
	Target   bool // an amount agreed in advance, not an outcome
	Open     bool // drawn with an open end: the source says "over" this value
	Approx   bool // an event dated (or a period starting or ending) only by year or month, a diamond in it, or a period across the whole of it
	Selected bool
}

// Cell is one table cell; Num asks for numeric alignment.
type Cell struct {
	Text string
	Num  bool
}

// markSelected flags the rows whose id is selected, and reports whether any
// did, so a builder knows whether to emphasise something in the chart too.
func (t *Table) markSelected(selected string) bool {
	found := false
	for i := range t.Rows {
		if selected != "" && t.Rows[i].ID == selected {
			t.Rows[i].Selected = true
			found = true
		}
	}
	return found
}

// RefKey names the property each data item carries with the id of its
// figure or event. ECharts ignores it but hands it back in click events,
// so a click on a bar or point can select that figure or event.
const RefKey = "ref"
