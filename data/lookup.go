package data

import "math"

// Look-ups by id for the views. They scan: a dataset holds a few hundred
// records, and a cache would have to live in Dataset and go stale on edits.
// Each returns a pointer into the dataset, and false when the id is unknown.

func (d *Dataset) Figure(id string) (*Figure, bool) {
	for i := range d.Figures {
		if d.Figures[i].ID == id {
			return &d.Figures[i], true
		}
	}
	return nil, false
}

func (d *Dataset) Event(id string) (*Event, bool) {
	for i := range d.Events {
		if d.Events[i].ID == id {
			return &d.Events[i], true
		}
	}
	return nil, false
}

func (d *Dataset) Entity(id string) (*Entity, bool) {
	for i := range d.Entities {
		if d.Entities[i].ID == id {
			return &d.Entities[i], true
		}
	}
	return nil, false
}

func (d *Dataset) Country(id string) (*Country, bool) {
	for i := range d.Countries {
		if d.Countries[i].ID == id {
			return &d.Countries[i], true
		}
	}
	return nil, false
}

func (d *Dataset) List(id string) (*List, bool) {
	for i := range d.Lists {
		if d.Lists[i].ID == id {
			return &d.Lists[i], true
		}
	}
	return nil, false
}

// SeriesByID is not named Series because that is the field holding them.
func (d *Dataset) SeriesByID(id string) (*Series, bool) {
	for i := range d.Series {
		if d.Series[i].ID == id {
			return &d.Series[i], true
		}
	}
	return nil, false
}

func (d *Dataset) Gap(id string) (*Gap, bool) {
	for i := range d.Gaps {
		if d.Gaps[i].ID == id {
			return &d.Gaps[i], true
		}
	}
	return nil, false
}

func (d *Dataset) Section(id string) (*Section, bool) {
	for i := range d.Source.Sections {
		if d.Source.Sections[i].ID == id {
			return &d.Source.Sections[i], true
		}
	}
	return nil, false
}

func (d *Dataset) Category(id string) (*Category, bool) {
	for i := range d.Categories {
		if d.Categories[i].ID == id {
			return &d.Categories[i], true
		}
	}
	return nil, false
}

// IsRange reports whether the figure is stated as "between low and high".
func (f Figure) IsRange() bool { return f.Value == nil && f.Low != nil && f.High != nil }

// Base is the value in ones (4.358 billion → 4.358e9). It is NaN for a range:
// a midpoint would be a number the source never stated, so a view showing a
// range must use BaseLow and BaseHigh and say so.
func (f Figure) Base() float64 { return times(f.Value, f.Scale) }

// BaseLow is the lower bound in ones; for a single value, the value itself,
// so a chart can draw every figure as an interval.
func (f Figure) BaseLow() float64 {
	if f.Value != nil {
		return f.Base()
	}
	return times(f.Low, f.Scale)
}

// BaseHigh is the upper bound in ones; for a single value, the value itself.
func (f Figure) BaseHigh() float64 {
	if f.Value != nil {
		return f.Base()
	}
	return times(f.High, f.Scale)
}

// In converts the figure to another scale ("" for ones), so a series can show
// all its points in the series' scale. v is NaN for a range; low and high are
// the bounds, or v itself for a single value. All three are NaN when either
// scale is unknown.
func (f Figure) In(scale string) (v, low, high float64) {
	to, ok := Scales[scale]
	if !ok {
		return math.NaN(), math.NaN(), math.NaN()
	}
	return f.Base() / to, f.BaseLow() / to, f.BaseHigh() / to
}

func times(v *float64, scale string) float64 {
	s, ok := Scales[scale]
	if v == nil || !ok {
		return math.NaN()
	}
	return *v * s
}
