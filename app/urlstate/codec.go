package urlstate

import (
	"reflect"
	"strconv"
)

type kind uint8

const (
	kindID   kind = iota // string: a slug, or empty
	kindEnum             // a type with choices(): one of them, first = default
	kindInt              // int in [min, max]; 0 means unset
	kindSet              // []string: slugs, sorted and without repeats
)

// enum is implemented by string types with a closed set of values. The
// method is unexported so only this package's types qualify.
type enum interface{ choices() []string }

var enumType = reflect.TypeFor[enum]()

type field struct {
	index    int
	name     string
	kind     kind
	choices  []string
	min, max int
	le       int // index into codec.fields of the field this one must not exceed, or -1
}

type codec struct{ fields []field }

func (c *codec) lookup(name string) int {
	for i := range c.fields {
		if c.fields[i].name == name {
			return i
		}
	}
	return -1
}

// codecFor reads the rules off a state type. It refuses anything it cannot
// round-trip rather than guessing, so a new view whose struct is wrong fails
// its tests (every state type is checked there) instead of writing bad URLs.
func codecFor(t reflect.Type) (*codec, bool) {
	if t.Kind() != reflect.Struct {
		return nil, false
	}
	c := &codec{}
	les := map[int]string{}
	for i := range t.NumField() {
		sf := t.Field(i)
		name := sf.Tag.Get("url")
		if name == "" {
			continue
		}
		if !sf.IsExported() || c.lookup(name) >= 0 || !isSlug(name) {
			return nil, false
		}
		f := field{index: i, name: name, le: -1}
		switch {
		case sf.Type.Kind() == reflect.String && sf.Type.Implements(enumType):
			f.kind = kindEnum
			f.choices = reflect.Zero(sf.Type).Interface().(enum).choices()
			if len(f.choices) == 0 {
				return nil, false
			}
		case sf.Type.Kind() == reflect.String:
			f.kind = kindID
		case sf.Type.Kind() == reflect.Int:
			f.kind = kindInt
			lo, err1 := strconv.Atoi(sf.Tag.Get("min"))
			hi, err2 := strconv.Atoi(sf.Tag.Get("max"))
			// Parse reads digits only, so a negative bound could produce
			// numbers that Format writes and Parse refuses.
			if err1 != nil || err2 != nil || lo < 0 || lo > hi {
				return nil, false
			}
			f.min, f.max = lo, hi
			if le := sf.Tag.Get("le"); le != "" {
				les[len(c.fields)] = le
			}
		case sf.Type == reflect.TypeFor[[]string]():
			f.kind = kindSet
		default:
			return nil, false
		}
		c.fields = append(c.fields, f)
	}
	for i, name := range les {
		j := c.lookup(name)
		if j < 0 || c.fields[j].kind != kindInt {
			return nil, false
		}
		c.fields[i].le = j
	}
	return c, true
}

// isSlug is the id syntax of the dataset: lowercase ASCII words joined by
// single hyphens. It is what makes ids safe to put in a URL unescaped.
func isSlug(s string) bool {
	if s == "" {
		return false
	}
	prevHyphen := true // a leading hyphen is as bad as a doubled one
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b >= 'a' && b <= 'z', b >= '0' && b <= '9':
			prevHyphen = false
		case b == '-' && !prevHyphen:
			prevHyphen = true
		default:
			return false
		}
	}
	return !prevHyphen
}

// checkString is the one rule for string values, shared by Parse (which
// reports the reason) and Format (which silently drops), so Format never
// writes what Parse would refuse.
func (f *field) checkString(s string) (string, string) {
	switch {
	case s == "":
		return "", ""
	case f.kind == kindEnum:
		for i, c := range f.choices {
			if s == c {
				if i == 0 {
					return "", "" // the default is stored as the zero value
				}
				return s, ""
			}
		}
		return "", ReasonBadChoice
	case len(s) > maxValue:
		return "", ReasonTooLong
	case !isSlug(s):
		return "", ReasonBadID
	}
	return s, ""
}

func (f *field) checkInt(n int) (int, string) {
	switch {
	case n == 0:
		return 0, ""
	case n < f.min:
		return f.min, ReasonClamped
	case n > f.max:
		return f.max, ReasonClamped
	}
	return n, ""
}

// parseDigits accepts plain decimal digits only: no sign, no spaces, no
// exponent, so each number has few spellings and none of them surprising.
func parseDigits(s string) (int, string) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, ReasonNotNumber
		}
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, ReasonOverflow
	}
	return n, ""
}
