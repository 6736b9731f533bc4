package charts

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"

	"bilateral/app/i18n"
	"bilateral/data"
)

// Network draws the centre (an entity or country, e.g. Azerbaijan) linked to
// each item of a list (e.g. the powers it balances between) by equal edges.
// It carries no values: the source names the ties, not their strength, so
// nodes sit at fixed places on a circle, all the same size, and no edge is
// thicker than another. The table twin lists the items.
//
// selected is an item's entity id (or the row id of an item without one).
func Network(d *data.Dataset, lang, selected, centreID, listID string) (Chart, error) {
	centre, ok := nameOf(d, centreID, lang)
	if !ok {
		return Chart{}, fmt.Errorf("unknown entity or country %q", centreID)
	}
	l, ok := d.List(listID)
	if !ok {
		return Chart{}, fmt.Errorf("unknown list %q", listID)
	}
	if len(l.Items) == 0 {
		return Chart{}, fmt.Errorf("list %q has no items", listID)
	}
	ids, nodes, links, err := networkNodes(centreID, l)
	if err != nil {
		return Chart{}, err
	}
	b := base{Tooltip: itemTooltip(), Series: []series{
		{Name: l.Title.In(lang), Type: types.ChartGraph, Layout: "none", Data: nodes, Links: links},
	}}
	o, err := b.option()
	if err != nil {
		return Chart{}, err
	}

	s := o.series(0)
	styleNetwork(s)
	data := s["data"].([]any)
	centreNode := data[0].(map[string]any)
	centreNode["x"], centreNode["y"] = 0, 0
	centreNode["symbolSize"] = 56
	centreNode["itemStyle"] = map[string]any{"color": Primary, "borderColor": "#ffffff", "borderWidth": 2}
	centreNode["label"] = nodeLabel(centre, "bottom", false)
	centreNode["tooltip"] = tooltipOf(centre)

	rows := make([]Row, len(l.Items))
	names := make([]string, len(l.Items))
	edges := s["links"].([]any)
	for i, it := range l.Items {
		name := it.Text.In(lang)
		names[i] = name
		sel := selected != "" && ids[i] == selected
		placeNode(data[i+1].(map[string]any), i, len(l.Items), name, sel)
		if e, ok := edges[i].(map[string]any); ok {
			e["tooltip"] = tooltipOf(centre + " — " + name)
		}
		rows[i] = Row{ID: ids[i], Cells: []Cell{
			{Text: name}, {Text: centre}, {Text: sectionTitle(d, l.Section, lang)},
		}, Selected: sel}
	}

	desc := l.Title.In(lang) + ": " + centre + " — " + strings.Join(names, ", ") + ". " + i18n.T(lang, "chart.network.equal")
	o.frame(desc)
	t := Table{Head: []string{i18n.T(lang, "col.name"), i18n.T(lang, "col.linked"), i18n.T(lang, "col.section")}, Rows: rows}
	return Chart{Option: o, Table: t, Description: desc}, nil
}

// networkNodes names the nodes by id: ids are unique, as ECharts needs node
// names to be, and a click on a node then tells the view which item to
// select. An item without an entity is named by its place in the list.
func networkNodes(centreID string, l *data.List) (ids []string, nodes []opts.GraphNode, links []opts.GraphLink, err error) {
	nodes = []opts.GraphNode{{Name: centreID}}
	seen := map[string]bool{centreID: true}
	ids = make([]string, len(l.Items))
	for i, it := range l.Items {
		ids[i] = it.Entity
		if ids[i] == "" {
			ids[i] = l.ID + "-" + strconv.Itoa(i+1)
		}
		if seen[ids[i]] {
			return nil, nil, nil, fmt.Errorf("list %q: %q appears twice (or is the centre)", l.ID, ids[i])
		}
		seen[ids[i]] = true
		nodes = append(nodes, opts.GraphNode{Name: ids[i]})
		links = append(links, opts.GraphLink{Source: centreID, Target: ids[i]})
	}
	return ids, nodes, links, nil
}

// styleNetwork fixes the graph in place: no roaming or dragging, plain equal
// edges, and no emphasis that would make one tie look stronger.
func styleNetwork(s map[string]any) {
	s["roam"] = false
	s["draggable"] = false
	s["edgeSymbol"] = []any{"none", "none"}
	s["lineStyle"] = map[string]any{"color": "#777777", "width": 2, "curveness": 0}
	s["emphasis"] = map[string]any{"disabled": true}
	s["left"], s["right"], s["top"], s["bottom"] = 120, 120, 48, 48
	// Keep the circle a circle: without it ECharts stretches the layout,
	// symbols included, to the box's shape.
	s["preserveAspect"] = true
}

// placeNode puts item i of n on the circle around the centre, all the same
// size, the selected one outlined.
func placeNode(node map[string]any, i, n int, name string, sel bool) {
	// Start half a step off the top so with four items none sits straight
	// above or below the centre, where its label would cross the centre's.
	a := -math.Pi/2 + math.Pi/float64(n) + 2*math.Pi*float64(i)/float64(n)
	x, y := 100*math.Cos(a), 100*math.Sin(a)
	node["x"], node["y"] = round(x), round(y)
	node["symbolSize"] = 40
	node["itemStyle"] = map[string]any{"color": colorAt(1), "borderColor": "#ffffff", "borderWidth": 2}
	if sel {
		node["symbolSize"] = 48
		node["itemStyle"] = map[string]any{"color": colorAt(1), "borderColor": Ink, "borderWidth": 3}
	}
	node["label"] = nodeLabel(name, sideOf(x, y), sel)
	node["tooltip"] = tooltipOf(name)
}

// nameOf is the reader's name of an entity or a country.
func nameOf(d *data.Dataset, id, lang string) (string, bool) {
	if e, ok := d.Entity(id); ok {
		return e.Name.In(lang), true
	}
	if c, ok := d.Country(id); ok {
		return c.Name.In(lang), true
	}
	return "", false
}

// sideOf puts a node's label on the side facing away from the centre, so
// labels never lie across the edges.
func sideOf(x, y float64) string {
	switch {
	case x > 30:
		return "right"
	case x < -30:
		return "left"
	case y < 0:
		return "top"
	}
	return "bottom"
}

func nodeLabel(text, position string, bold bool) map[string]any {
	l := map[string]any{"show": true, "position": position, "formatter": escapeTemplate(text), "fontSize": 13} // coloured by the theme
	if bold {
		l["fontWeight"] = "bold"
	}
	return l
}
