package charts

import (
	"testing"
)

func TestNetworkBalancePowers(t *testing.T) {
	d := dataset(t)
	c, err := Network(d, "en", "ru", "az", "balance-powers")
	if err != nil {
		t.Fatal(err)
	}
	checkCommon(t, c, "Azerbaijan", "United States", "China", "European Union", "Russia")
	s := c.Option.series(0)
	if s["type"] != "graph" || s["layout"] != "none" {
		t.Fatalf("series = %v, want a graph with fixed layout", s)
	}
	nodes := s["data"].([]any)
	links := s["links"].([]any)
	l, _ := d.List("balance-powers")
	if len(nodes) != len(l.Items)+1 || len(links) != len(l.Items) {
		t.Fatalf("%d nodes, %d links for %d items", len(nodes), len(links), len(l.Items))
	}
	for i, n := range nodes {
		m := n.(map[string]any)
		if _, ok := m["x"]; !ok {
			t.Errorf("node %d has no fixed x", i)
		}
		if _, ok := m["y"]; !ok {
			t.Errorf("node %d has no fixed y", i)
		}
		if _, ok := m["value"]; ok {
			t.Errorf("node %d carries a value the source never gave", i)
		}
	}
	// Items sit on one circle around the centre, all the same size but the selected one.
	for i, n := range nodes[1:] {
		m := n.(map[string]any)
		x, y := num(m["x"]), num(m["y"])
		if r := x*x + y*y; r < 9999 || r > 10001 {
			t.Errorf("item %d at (%v,%v) is off the circle", i, x, y)
		}
		size := num(m["symbolSize"])
		if sel := m["name"] == "ru"; sel != (size > 40) || sel != (style(m)["borderColor"] == Ink) {
			t.Errorf("item %v: size %v, style %v", m["name"], size, style(m))
		}
	}
	for i, lk := range links {
		m := lk.(map[string]any)
		if _, ok := m["value"]; ok {
			t.Errorf("link %d carries a value", i)
		}
		if _, ok := m["lineStyle"]; ok {
			t.Errorf("link %d styled on its own: edges must be equal", i)
		}
		if m["source"] != "az" {
			t.Errorf("link %d from %v, want the centre", i, m["source"])
		}
	}
	if got, want := rowIDs(c.Table), []string{"united-states", "china", "eu", "ru"}; !equal(got, want) {
		t.Errorf("rows = %v, want %v", got, want)
	}
	if got := selectedRows(c.Table); !equal(got, []string{"ru"}) {
		t.Errorf("selected = %v", got)
	}
	if c.Table.Rows[0].Cells[0].Text != "United States" || c.Table.Rows[0].Cells[1].Text != "Azerbaijan" {
		t.Errorf("row 0 = %v", c.Table.Rows[0].Cells)
	}
}

func TestNetworkErrors(t *testing.T) {
	d := dataset(t)
	_, err := Network(d, "en", "", "atlantis", "balance-powers")
	errorNames(t, err, "atlantis")
	_, err = Network(d, "en", "", "az", "no-such-list")
	errorNames(t, err, "no-such-list")
	// The centre among its own items would be a node linked to itself.
	_, err = Network(d, "en", "", "ru", "balance-powers")
	errorNames(t, err, "ru")
}
