package urlstate

import (
	"reflect"
	"slices"
	"strconv"
)

// finish applies the rules that look at a whole state rather than one value:
// sets are sorted and deduplicated, a lower bound above its upper bound is
// swapped, and sets are cut to what fits in one URL Parse accepts. Parse and
// Format both end with it, which is what makes Format(Parse(Format(s))) a
// fixed point.
func finish(v reflect.Value, c *codec, report func(Notice)) {
	for i := range c.fields {
		f := &c.fields[i]
		fv := v.Field(f.index)
		switch {
		case f.kind == kindSet:
			items := fv.Interface().([]string)
			slices.Sort(items)
			items = slices.Compact(items)
			if len(items) == 0 {
				items = nil
			}
			fv.Set(reflect.ValueOf(items))
		case f.le >= 0:
			hv := v.Field(c.fields[f.le].index)
			lo, hi := fv.Int(), hv.Int()
			if lo != 0 && hi != 0 && lo > hi {
				report(notice(f.name, strconv.FormatInt(lo, 10), ReasonSwapped))
				fv.SetInt(hi)
				hv.SetInt(lo)
			}
		}
	}
	_, kept := layout(v, c)
	for i, n := range kept {
		f := &c.fields[i]
		fv := v.Field(f.index)
		if n < fv.Len() {
			report(notice(f.name, fv.Index(n).String(), ReasonTooManyItems))
			fv.Set(fv.Slice(0, n))
		}
	}
}

// normalize copies src into a fresh dst keeping only what Parse would keep,
// so Format can accept any value a view builds and still write a URL that
// parses cleanly. Sets are copied, never sorted in the caller's slice.
func normalize(dst, src reflect.Value, c *codec) {
	for i := range c.fields {
		f := &c.fields[i]
		sv, dv := src.Field(f.index), dst.Field(f.index)
		switch f.kind {
		case kindID, kindEnum:
			s, _ := f.checkString(sv.String())
			dv.SetString(s)
		case kindInt:
			n, _ := f.checkInt(int(sv.Int()))
			dv.SetInt(int64(n))
		case kindSet:
			var items []string
			for _, it := range sv.Interface().([]string) {
				if s, _ := f.checkItem(it); s != "" {
					items = append(items, s)
				}
			}
			dv.Set(reflect.ValueOf(items))
		}
	}
	finish(dst, c, func(Notice) {})
}

func (f *field) checkItem(s string) (string, string) {
	if len(s) > maxValue {
		return "", ReasonTooLong
	}
	if s != "" && !isSlug(s) {
		return "", ReasonBadID
	}
	return s, ""
}
