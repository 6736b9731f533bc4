package data

import "fmt"

func (c *checker) checkEvents() {
	c.probs = append(c.probs, c.events.probs...)
	for i, e := range c.d.Events {
		p := c.events.path(i, e.ID)
		if e.Date == "" {
			c.add(p+".date", "missing date; want YYYY, YYYY-MM or YYYY-MM-DD")
		} else {
			c.dated(p, "date", "precision", e.Date, e.Precision)
		}
		if e.End == "" && e.EndPrecision != "" {
			c.add(p+".endPrecision", "endPrecision is set but end is not")
		}
		if e.End != "" && c.dated(p, "end", "endPrecision", e.End, e.EndPrecision) {
			as, ae, err1 := span(e.Date)
			bs, be, err2 := span(e.End)
			if err1 == nil && err2 == nil && !ordered(as, ae, bs, be) {
				c.add(p+".end", "end %q is before date %q", e.End, e.Date)
			}
		}
		switch {
		case e.Category == "":
			c.add(p+".category", "missing category; allowed: %s", c.cats.list())
		case !c.cats.has(e.Category):
			c.add(p+".category", "unknown category %q; allowed: %s", e.Category, c.cats.list())
		}
		c.oneOf(p+".direction", "direction", e.Direction, Directions)
		for j, party := range e.Parties {
			c.party(fmt.Sprintf("%s.parties[%d]", p, j), party)
		}
		c.text(p+".title", e.Title, true)
		c.text(p+".summary", e.Summary, true)
		for j, f := range e.Figures {
			c.ref(fmt.Sprintf("%s.figures[%d]", p, j), "figure", f, c.figs)
		}
		c.section(p+".section", e.Section)
	}
}

// dated checks a date and the precision that must spell out its form, so a
// view can print "July 1997" or "1997" without parsing the date itself. It
// reports whether the date itself is valid.
func (c *checker) dated(p, dateField, precField, date, precision string) bool {
	_, got, err := ParseDate(date)
	if err != nil {
		c.add(p+"."+dateField, "%v", err)
	}
	switch {
	case !Precisions[precision]:
		c.oneOf(p+"."+precField, precField, precision, Precisions)
	case err == nil && got != precision:
		c.add(p+"."+precField, "%s %q does not match %s %q, which is of %s precision", precField, precision, dateField, date, got)
	}
	return err == nil
}
