package data

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// arity is the number of inputs each formula takes, and what they are, for
// the reason given when the count is wrong.
var arity = map[string]struct {
	n    int
	want string
}{
	"base-from-growth":     {2, "[current, growth%]"},
	"difference":           {2, "[a, b]"},
	"years-to-publication": {1, "[event]"},
	"years-between":        {2, "[earlier event, later event]"},
}

// eventFormulas take event ids, not figure ids, as inputs: they count time,
// so they can neither join a cycle nor read a figure's value.
var eventFormulas = map[string]bool{"years-to-publication": true, "years-between": true}

// maxDecimals bounds Derived.Decimals: float64 holds about 15 significant
// digits, so a stored value with more decimals cannot be compared honestly.
const maxDecimals = 9

// derived checks a derived figure's formula and inputs, then recomputes it:
// a derived number shown to readers must follow from the stated ones.
func (c *checker) derived(p string, f *Figure) {
	dv := f.Derived
	c.text(p+".note", dv.Note, false)
	ok := true
	if dv.Decimals < 0 || dv.Decimals > maxDecimals {
		c.add(p+".decimals", "decimals %d is outside 0–%d", dv.Decimals, maxDecimals)
		ok = false
	}
	if !Formulas[dv.Formula] {
		c.oneOf(p+".formula", "formula", dv.Formula, Formulas)
		return
	}
	a := arity[dv.Formula]
	if len(dv.Inputs) != a.n {
		c.add(p+".inputs", "%s takes %d input(s) %s; got %d", dv.Formula, a.n, a.want, len(dv.Inputs))
		return
	}
	if f.Qualifier == "range" {
		c.add(p, "a derived figure has one value, not a range")
		ok = false
	}
	if eventFormulas[dv.Formula] {
		c.eventYears(p, f, ok)
		return
	}
	in, inputsOK := c.figureInputs(p, dv.Inputs)
	if !ok || !inputsOK || f.Value == nil {
		return
	}
	if v, ok := c.recompute(p, f, in); ok {
		c.compare(p, f, v)
	}
}

// figureInputs looks up a formula's two input figures, reporting any that is
// unknown or has no single finite value.
func (c *checker) figureInputs(p string, ids []string) (in [2]*Figure, ok bool) {
	ok = true
	for j, id := range ids {
		ip := fmt.Sprintf("%s.inputs[%d]", p, j)
		c.ref(ip, "figure", id, c.figs)
		g, found := c.figure(id)
		switch {
		case !found:
			ok = false
		case g.Value == nil:
			c.add(ip, "input %q has no single value (a range cannot enter a formula)", id)
			ok = false
		case !finite(*g.Value):
			ok = false
		}
		in[j] = g
	}
	return in, ok
}

// recompute is the figure's value by its formula, in the figure's scale, or
// false when the inputs' units do not allow it (reported here or at the unit).
func (c *checker) recompute(p string, f *Figure, in [2]*Figure) (float64, bool) {
	to, known := Scales[f.Scale]
	if !known {
		return 0, false // reported at scale
	}
	var v float64
	switch f.Derived.Formula {
	case "base-from-growth":
		cur, growth := in[0], in[1]
		if !Units[cur.Unit] || !Units[growth.Unit] || !Units[f.Unit] {
			return 0, false // reported at the unit
		}
		if cur.Unit != f.Unit {
			c.add(p+".inputs[0]", "current %q is in %q; the figure is in %q", cur.ID, cur.Unit, f.Unit)
			return 0, false
		}
		if growth.Unit != "percent" {
			c.add(p+".inputs[1]", "growth %q is in %q; want \"percent\"", growth.ID, growth.Unit)
			return 0, false
		}
		if growth.Base() == -100 {
			c.add(p+".inputs[1]", "a growth of -100%% has no base to recover")
			return 0, false
		}
		v = cur.Base() / (1 + growth.Base()/100) / to
	case "difference":
		if !Units[in[0].Unit] || !Units[in[1].Unit] || !Units[f.Unit] {
			return 0, false // reported at the unit
		}
		if in[0].Unit != f.Unit || in[1].Unit != f.Unit {
			c.add(p+".inputs", "difference needs inputs in the figure's unit %q; got %q and %q", f.Unit, in[0].Unit, in[1].Unit)
			return 0, false
		}
		v = (in[0].Base() - in[1].Base()) / to
	}
	// Not finite when an input's scale is unknown, reported there.
	return v, finite(v)
}

// eventYears checks a formula that counts whole years between dates: from
// its first input event to the article's publication, or to its second
// input event. ok is false when the figure is already known to be broken.
func (c *checker) eventYears(p string, f *Figure, ok bool) {
	dv := f.Derived
	if Units[f.Unit] && f.Unit != "year" {
		c.add(p+".formula", "%s gives years; the figure's unit is %q, want \"year\"", dv.Formula, f.Unit)
		ok = false
	}
	var dates []time.Time
	var written []string // the dates as the file writes them, for messages
	for j, id := range dv.Inputs {
		ip := fmt.Sprintf("%s.inputs[%d]", p, j)
		c.ref(ip, "event", id, c.events)
		e, found := c.event(id)
		if !found {
			ok = false
			continue
		}
		t, _, err := ParseDate(e.Date)
		if err != nil {
			ok = false // reported at the event
			continue
		}
		dates = append(dates, t)
		written = append(written, e.Date)
	}
	if !ok || f.Value == nil {
		return
	}
	from, to := dates[0], c.published
	if dv.Formula == "years-between" {
		to = dates[1]
		if to.Before(from) {
			c.add(p+".inputs[1]", "event %q is dated before event %q; want the later event second", dv.Inputs[1], dv.Inputs[0])
			return
		}
	} else {
		if to.IsZero() {
			return // reported at source.published
		}
		if to.Before(from) {
			c.add(p+".inputs[0]", "event %q is dated %s, after the article was published", dv.Inputs[0], written[0])
			return
		}
	}
	c.compare(p, f, float64(wholeYears(from, to)))
}

// compare checks the stored value against the recomputed one rounded to the
// declared decimals. Half a unit of the last decimal is allowed either way so
// that a tie (x.xx5) may be rounded up or down, as the float happens to fall.
func (c *checker) compare(p string, f *Figure, v float64) {
	d := f.Derived.Decimals
	stored := *f.Value
	if !finite(stored) {
		return // reported at value
	}
	unit := math.Pow10(-d)
	if !whole(stored / unit) {
		c.add(p+".decimals", "derived value %s has more than %d decimal(s)", num(stored), d)
		return
	}
	if math.Abs(stored-v) <= unit/2*(1+1e-9) {
		return
	}
	c.add(strings.TrimSuffix(p, ".derived")+".value", "derived value %s does not recompute: %s(%s) = %s",
		num(stored), f.Derived.Formula, strings.Join(f.Derived.Inputs, ", "), fmt.Sprintf("%.*f", d, v))
}

// wholeYears counts the anniversaries of from up to and including to. A date
// of month or year precision counts from its first day, so "2011" is 13 whole
// years before 2024-08-17.
func wholeYears(from, to time.Time) int {
	n := to.Year() - from.Year()
	if to.Month() < from.Month() || to.Month() == from.Month() && to.Day() < from.Day() {
		n--
	}
	return n
}

// cycles refuses derived figures that depend on themselves through their
// inputs: such a figure cannot be recomputed from anything the article says.
func (c *checker) cycles() {
	const (
		unseen = iota
		open
		done
	)
	state := map[string]int{}
	var stack []string
	var visit func(id string)
	visit = func(id string) {
		f, ok := c.figure(id)
		if !ok || f.Derived == nil || eventFormulas[f.Derived.Formula] {
			state[id] = done
			return
		}
		state[id] = open
		stack = append(stack, id)
		for _, in := range f.Derived.Inputs {
			switch state[in] {
			case unseen:
				visit(in)
			case open:
				k := len(stack) - 1
				for stack[k] != in {
					k--
				}
				loop := append(append([]string{}, stack[k:]...), in)
				i := c.figs.first[in]
				c.add(c.figs.path(i, in)+".derived.inputs", "derived inputs form a cycle: %s", strings.Join(loop, " → "))
			}
		}
		stack = stack[:len(stack)-1]
		state[id] = done
	}
	for _, f := range c.d.Figures {
		if state[f.ID] == unseen {
			visit(f.ID)
		}
	}
}
