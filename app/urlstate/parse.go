package urlstate

import (
	"reflect"
	"strings"
)

// Parse reads rawQuery (with or without its leading "?") into dst, a pointer
// to a view state, which it first resets so the state depends on the URL
// alone. It never fails: what it cannot use is dropped and reported, in query
// order, except unknown parameters, which are dropped silently because links
// pick up tracking parameters (utm_*) that are no business of the reader's.
func Parse(rawQuery string, dst any) []Notice {
	v := reflect.ValueOf(dst)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return []Notice{notice("", "", ReasonUnsupported)}
	}
	v = v.Elem()
	c, ok := codecFor(v.Type())
	if !ok {
		return []Notice{notice("", "", ReasonUnsupported)}
	}
	v.SetZero()

	var notices []Notice
	report := func(n Notice) { notices = append(notices, n) }
	seen := make([]bool, len(c.fields))
	for _, p := range splitQuery(rawQuery, report) {
		key, why := unescape(p.key)
		if why != "" {
			report(notice(readable(p.key), readable(p.value), why))
			continue
		}
		i := c.lookup(key)
		if i < 0 {
			continue
		}
		f := &c.fields[i]
		// The first occurrence wins even when it is unusable: trying later
		// ones would make the meaning of a link depend on which copy was bad.
		if seen[i] && f.kind != kindSet {
			report(notice(key, readable(p.value), ReasonRepeated))
			continue
		}
		seen[i] = true
		if len(p.value) > maxValue {
			report(notice(key, readable(p.value), ReasonTooLong))
			continue
		}
		val, why := unescape(p.value)
		if why != "" {
			report(notice(key, readable(p.value), why))
			continue
		}
		set(v.Field(f.index), f, val, report)
	}
	finish(v, c, report)
	return notices
}

// set stores one decoded, non-hostile value. An empty value means "the
// default", as an emptied form field does, and is not worth a notice.
func set(fv reflect.Value, f *field, val string, report func(Notice)) {
	if val == "" {
		return
	}
	switch f.kind {
	case kindID, kindEnum:
		s, why := f.checkString(val)
		if why != "" {
			report(notice(f.name, val, why))
		}
		fv.SetString(s)
	case kindInt:
		n, why := parseDigits(val)
		if why == "" {
			n, why = f.checkInt(n)
		}
		if why != "" {
			report(notice(f.name, val, why))
		}
		fv.SetInt(int64(n))
	case kindSet:
		items := fv.Interface().([]string)
		for it := range strings.SplitSeq(val, ",") {
			s, why := f.checkItem(it)
			if why != "" {
				report(notice(f.name, it, why))
			}
			if s != "" {
				items = append(items, s)
			}
		}
		fv.Set(reflect.ValueOf(items))
	}
}
