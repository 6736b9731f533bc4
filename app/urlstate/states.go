package urlstate

// Tab says whether a view's charts show as charts or as tables. The zero value
// means the default, TabChart, so a fresh state needs no constructor.
type Tab string

const (
	TabChart Tab = "chart"
	TabTable Tab = "table"
)

var tabChoices = []string{string(TabChart), string(TabTable)}

func (Tab) choices() []string { return tabChoices }

// OrDefault maps the zero value and anything unknown to TabChart, so a view
// can switch on exactly two cases.
func (t Tab) OrDefault() Tab {
	if t == TabTable {
		return TabTable
	}
	return TabChart
}

// The view states. Field order is the canonical parameter order; zero values
// are the defaults and never appear in a formatted URL.

type Overview struct {
	Fig string `url:"fig"`
}

type Legal struct {
	Tab   Tab    `url:"tab"`
	Fig   string `url:"fig"`
	Event string `url:"event"`
}

type Trade struct {
	Tab Tab    `url:"tab"`
	Fig string `url:"fig"`
}

type Energy struct {
	Tab   Tab    `url:"tab"`
	From  int    `url:"from" min:"1900" max:"2100" le:"to"`
	To    int    `url:"to" min:"1900" max:"2100"`
	Fig   string `url:"fig"`
	Event string `url:"event"`
}

type Diplomacy struct {
	Tab   Tab    `url:"tab"`
	Event string `url:"event"`
}

type Timeline struct {
	Tab   Tab      `url:"tab"`
	From  int      `url:"from" min:"1900" max:"2100" le:"to"`
	To    int      `url:"to" min:"1900" max:"2100"`
	Cat   []string `url:"cat"`
	Event string   `url:"event"`
}

type Sources struct {
	Fig string `url:"fig"`
}

// ClampYears resolves a from/to pair against the years a view has data for.
// A zero bound in the URL means "open", so it becomes lo or hi; the result is
// inside [lo, hi] and ordered, whatever the URL or the dataset said.
func ClampYears(from, to, lo, hi int) (int, int) {
	if lo > hi {
		lo, hi = hi, lo
	}
	if from == 0 {
		from = lo
	}
	if to == 0 {
		to = hi
	}
	from = min(max(from, lo), hi)
	to = min(max(to, lo), hi)
	if from > to {
		from, to = to, from
	}
	return from, to
}

// OpenYears is ClampYears for a pair the reader chose, with a bound at the
// edge of [lo, hi] written as 0 (open), so the full span keeps the URL short
// and keeps following the data.
func OpenYears(from, to, lo, hi int) (int, int) {
	from, to = ClampYears(from, to, lo, hi)
	if from == min(lo, hi) {
		from = 0
	}
	if to == max(lo, hi) {
		to = 0
	}
	return from, to
}

// Embed is the part of an embed link that picks the chart; the rest of the
// link is the embedded view's own state.
type Embed struct {
	Chart string `url:"chart"`
}
