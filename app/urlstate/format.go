package urlstate

import (
	"net/url"
	"reflect"
	"strconv"
	"strings"
)

// Format writes the canonical query of a state (a struct or a pointer to
// one), without the leading "?": parameters in field order, defaults left
// out, sets sorted and joined with commas. Values Parse would refuse are left
// out too, so the result always parses back, without notices, to the same
// state. It returns "" for an empty state or a type that is not a view state.
func Format(src any) string {
	v := reflect.ValueOf(src)
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return ""
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return ""
	}
	c, ok := codecFor(v.Type())
	if !ok {
		return ""
	}
	w := reflect.New(v.Type()).Elem()
	normalize(w, v, c)
	params, _ := layout(w, c)
	var b strings.Builder
	for i, p := range params {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(p.key)
		b.WriteByte('=')
		b.WriteString(p.value)
	}
	return b.String()
}

// URL is path with the state's query appended, if it has one.
func URL(path string, state any) string {
	if q := Format(state); q != "" {
		return path + "?" + q
	}
	return path
}

type param struct{ key, value string } // value already escaped

// layout lays a normalized state out as parameters within the bounds Parse
// enforces, and says for each set field how many of its items fit. Scalars
// are budgeted before sets so a long set never pushes out a later scalar.
func layout(v reflect.Value, c *codec) ([]param, map[int]int) {
	perField := make([][]param, len(c.fields))
	bytes, params := maxQuery+1, maxParams // +1: the last parameter has no '&'
	for i := range c.fields {
		f := &c.fields[i]
		var s string
		switch fv := v.Field(f.index); f.kind {
		case kindSet:
			continue
		case kindInt:
			if n := fv.Int(); n != 0 {
				s = strconv.FormatInt(n, 10)
			}
		default:
			s = url.QueryEscape(fv.String())
		}
		if s != "" {
			perField[i] = []param{{f.name, s}}
			bytes -= len(f.name) + len(s) + 2
			params--
		}
	}
	kept := map[int]int{}
	for i := range c.fields {
		f := &c.fields[i]
		if f.kind == kindSet {
			items := v.Field(f.index).Interface().([]string)
			perField[i], kept[i] = pack(f.name, items, &bytes, &params)
		}
	}
	var out []param
	for _, ps := range perField {
		out = append(out, ps...)
	}
	return out, kept
}

// pack joins items with commas into as few parameters as the value bound
// allows (one, for any realistic set), stopping at the first item that no
// longer fits the query. Commas stay unescaped for readability; items are
// escaped one by one so a comma inside an item could never split it.
func pack(key string, items []string, bytes, params *int) ([]param, int) {
	var out []param
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, param{key, cur.String()})
			cur.Reset()
		}
	}
	for n, it := range items {
		e := url.QueryEscape(it)
		if cur.Len() > 0 && cur.Len()+1+len(e) <= maxValue {
			if 1+len(e) > *bytes {
				flush()
				return out, n
			}
			cur.WriteByte(',')
			cur.WriteString(e)
			*bytes -= 1 + len(e)
			continue
		}
		cost := len(key) + len(e) + 2
		if len(e) > maxValue || cost > *bytes || *params == 0 {
			flush()
			return out, n
		}
		flush()
		cur.WriteString(e)
		*bytes -= cost
		*params--
	}
	flush()
	return out, len(items)
}
