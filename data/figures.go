package data

import (
	"fmt"
	"math"
	"strconv"
)

func (c *checker) checkFigures() {
	c.probs = append(c.probs, c.figs.probs...)
	for i := range c.d.Figures {
		f := &c.d.Figures[i]
		p := c.figs.path(i, f.ID)
		c.text(p+".label", f.Label, true)
		c.amount(p, f)
		c.oneOf(p+".unit", "unit", f.Unit, Units)
		c.scale(p+".scale", f.Scale)
		c.period(p+".period", f.Period)
		if f.Undated {
			c.standIn(p+".period", f.Period)
		}
		c.oneOf(p+".qualifier", "qualifier", f.Qualifier, Qualifiers)
		c.oneOf(p+".direction", "direction", f.Direction, Directions)
		if f.Derived != nil {
			c.derived(p+".derived", f)
		}
		c.section(p+".section", f.Section)
		c.text(p+".note", f.Note, false)
		for j, e := range f.Entities {
			c.party(fmt.Sprintf("%s.entities[%d]", p, j), e)
		}
	}
	c.cycles()
}

// period checks a required ISO 8601 date or interval.
func (c *checker) period(path, s string) {
	if s == "" {
		c.add(path, "missing period; want an ISO 8601 date or interval such as 2023, 2024-01/2024-06")
		return
	}
	if _, _, err := ParsePeriod(s); err != nil {
		c.add(path, "%v", err)
	}
}

// standIn checks the period of an undated figure: the article gives it no
// date, so the period can only be the publication date standing in for one
// (views write it as such), never a date of our own.
func (c *checker) standIn(path, s string) {
	if c.published.IsZero() {
		return // reported at source.published
	}
	if want := c.published.Format("2006-01-02"); s != want {
		c.add(path, "an undated figure's period stands for the publication date %s; got %q", want, s)
	}
}

// amount checks the shape of a figure's number: one value, or a range with
// both bounds, never a mix, so a view never has to guess which to show.
func (c *checker) amount(p string, f *Figure) {
	if f.Qualifier == "range" {
		if f.Value != nil {
			c.add(p+".value", `a range (qualifier "range") has low and high, not value`)
		}
		if f.Low == nil {
			c.add(p+".low", `missing low; a range (qualifier "range") needs low and high`)
		}
		if f.High == nil {
			c.add(p+".high", `missing high; a range (qualifier "range") needs low and high`)
		}
		if f.Low != nil && f.High != nil && finite(*f.Low) && finite(*f.High) && !(*f.Low < *f.High) {
			c.add(p+".high", "high %s is not greater than low %s", num(*f.High), num(*f.Low))
		}
	} else {
		if f.Value == nil {
			c.add(p+".value", `missing value (only qualifier "range" uses low and high instead)`)
		}
		if f.Low != nil {
			c.add(p+".low", `low is only for a range (qualifier "range"); use value`)
		}
		if f.High != nil {
			c.add(p+".high", `high is only for a range (qualifier "range"); use value`)
		}
	}
	for _, n := range []struct {
		field string
		v     *float64
	}{{"value", f.Value}, {"low", f.Low}, {"high", f.High}} {
		if n.v == nil {
			continue
		}
		if !finite(*n.v) {
			c.add(p+"."+n.field, "%s is not a finite number", num(*n.v))
			continue
		}
		scale, ok := Scales[f.Scale]
		if !ok {
			continue
		}
		if base := *n.v * scale; math.Abs(base) > maxMagnitude {
			// Finite, but past what any figure of a bilateral relation is:
			// a value derived from it overflowed and was shown "$+,Inf".
			c.add(p+"."+n.field, "%s %s is past the largest figure we accept (%g)", num(*n.v), f.Scale, maxMagnitude)
			continue
		}
		switch base := *n.v * scale; f.Unit {
		case "count":
			if base < 0 || !whole(base) {
				c.add(p+"."+n.field, "a count must be a whole number, 0 or more; got %s", num(*n.v))
			}
		case "rank":
			if base < 1 || !whole(base) {
				c.add(p+"."+n.field, "a rank must be a whole number, 1 or more; got %s", num(*n.v))
			}
		}
	}
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// maxMagnitude bounds a figure's value in its base unit: a thousand times
// the world's yearly output in US dollars, and far past any count, tonnage
// or volume of one country's trade, so any sum, difference or growth
// derived from such figures stays finite.
const maxMagnitude = 1e18

// whole allows for the float error of value × scale (0.3 × 1e3 is not exactly 300).
func whole(v float64) bool {
	return math.Abs(v-math.Round(v)) <= 1e-9*math.Max(1, math.Abs(v))
}

// num prints a number as briefly as it round-trips, as the file would show it.
func num(v float64) string {
	if math.Abs(v) < 1e15 {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}
