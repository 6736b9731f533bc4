package data

import (
	"fmt"
	"sort"
	"strings"
)

// isSlug reports whether s matches ^[a-z0-9]+(-[a-z0-9]+)*$: ids appear in
// URLs and in problem paths, so they are kept to what needs no escaping.
func isSlug(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// idIndex maps the ids of one kind of record (figures, events, …) to their
// position, and names records in problem paths.
type idIndex struct {
	kind  string         // the JSON path of the array, "figures" or "source.sections"
	first map[string]int // id → index of its first use
	count map[string]int
	// probs are the id problems found while indexing, held back so that
	// they are reported with the rest of that kind's problems, in file order.
	probs []Problem
}

func newIndex(kind string, n int, id func(i int) string) *idIndex {
	x := &idIndex{kind: kind, first: map[string]int{}, count: map[string]int{}}
	for i := 0; i < n; i++ {
		x.count[id(i)]++
	}
	for i := 0; i < n; i++ {
		s := id(i)
		p := fmt.Sprintf("%s[%d].id", kind, i)
		switch j, seen := x.first[s]; {
		case s == "":
			x.probs = append(x.probs, Problem{p, "missing id"})
		case seen:
			x.probs = append(x.probs, Problem{p, fmt.Sprintf("duplicate id %q; first used at %s[%d]", s, kind, j)})
		case !isSlug(s):
			x.probs = append(x.probs, Problem{p, fmt.Sprintf("id %q is not a slug: lower-case letters and digits, joined by single hyphens", s)})
		}
		if _, seen := x.first[s]; !seen && s != "" {
			x.first[s] = i
		}
	}
	return x
}

// path names record i: by id when the id is a unique slug, because that
// survives edits to the file; by position otherwise, because only the
// position is then unambiguous.
func (x *idIndex) path(i int, id string) string {
	if isSlug(id) && x.count[id] == 1 {
		return fmt.Sprintf("%s[id=%s]", x.kind, id)
	}
	return fmt.Sprintf("%s[%d]", x.kind, i)
}

func (x *idIndex) has(id string) bool {
	_, ok := x.first[id]
	return ok
}

// list is the known ids, sorted, for "allowed: …" in a reason; only used for
// kinds small enough to list (sections, categories, countries).
func (x *idIndex) list() string {
	ids := make([]string, 0, len(x.first))
	for id := range x.first {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	if len(ids) == 0 {
		return "(none defined)"
	}
	return strings.Join(ids, ", ")
}
