package data

import (
	"fmt"
	"time"
)

// series checks each chart's run of points: in time order, each a figure of
// the series' unit and period or an explicit gap, so a chart never joins a
// line across a period the source says nothing about.
func (c *checker) checkSeries() {
	c.probs = append(c.probs, c.series.probs...)
	for i, s := range c.d.Series {
		p := c.series.path(i, s.ID)
		c.text(p+".title", s.Title, true)
		c.oneOf(p+".unit", "unit", s.Unit, Units)
		c.scale(p+".scale", s.Scale)
		c.section(p+".section", s.Section)
		if len(s.Points) == 0 {
			c.add(p+".points", "a series needs at least one point")
		}
		var prev time.Time
		prevPeriod := ""
		for j, pt := range s.Points {
			pp := fmt.Sprintf("%s.points[%d]", p, j)
			start, end, err := ParsePeriod(pt.Period)
			switch {
			case pt.Period == "":
				c.add(pp+".period", "missing period")
			case err != nil:
				c.add(pp+".period", "%v", err)
			case prevPeriod != "" && !start.After(prev):
				c.add(pp+".period", "%q does not start after the previous point's %q; points must be in time order", pt.Period, prevPeriod)
			}
			if err == nil {
				prev, prevPeriod = start, pt.Period
			}
			switch {
			case pt.Gap && pt.Figure != "":
				c.add(pp, `a point is a figure or a gap, not both: drop "figure" or "gap"`)
			case !pt.Gap && pt.Figure == "":
				c.add(pp, `a point needs a figure, or "gap": true where the source says nothing`)
			case pt.Figure != "":
				c.pointFigure(pp+".figure", s, pt.Figure, start, end, err == nil)
			}
			c.text(pp+".note", pt.Note, false)
		}
	}
}

func (c *checker) pointFigure(path string, s Series, id string, start, end time.Time, periodOK bool) {
	f, ok := c.figure(id)
	if !ok {
		c.add(path, "unknown figure %q", id)
		return
	}
	if Units[s.Unit] && Units[f.Unit] && f.Unit != s.Unit {
		c.add(path, "figure %q is in %q; the series is in %q", id, f.Unit, s.Unit)
	}
	fs, fe, err := ParsePeriod(f.Period)
	if periodOK && err == nil && (!fs.Equal(start) || !fe.Equal(end)) {
		c.add(path, "figure %q covers %q, not the point's period", id, f.Period)
	}
}
