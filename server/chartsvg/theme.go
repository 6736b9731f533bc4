//go:build !wasm

package chartsvg

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// ECharts' light and dark drawings of one option are the same elements in
// the same order; only colours differ (axis lines and labels, split lines,
// titles, the dark background). So one SVG serves both themes: the light
// drawing plus a <style> that recolours, when the page is dark, what the
// dark theme colours differently, by the rules web/theme.js and
// web/bilateral.css use (the reader's data-theme, else the system's
// prefers-color-scheme). Measured on our charts this is far smaller than
// sending both drawings (see doc.go).

// tag matches one start tag; ECharts escapes < > & " in text and attribute
// values, so a > inside a tag always ends it.
var (
	tag  = regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>/]+="[^"]*")*)\s*/?>`)
	attr = regexp.MustCompile(`\s+([^\s=>/]+)="([^"]*)"`)
)

// Presentation attributes are CSS properties, so a difference in any of
// these is a CSS declaration. A value is copied into CSS, so only plain
// syntax passes, whatever an option said.
var (
	colour  = regexp.MustCompile(`^(#[0-9a-fA-F]{3,8}|rgba?\([0-9., ]{5,40}\)|none|transparent)$`)
	number  = regexp.MustCompile(`^-?[0-9]*\.?[0-9]+(e-?[0-9]+)?$`)
	keyword = regexp.MustCompile(`^[a-z][a-z -]{0,30}$`)
	dashes  = regexp.MustCompile(`^[0-9., ]{1,60}$|^none$`)
)

// themeable lists the attributes a theme may change, with the syntax their
// values must have and whether SVG inherits them (so an attribute one theme
// leaves out is "inherit" for the other, not the initial value).
var themeable = map[string]struct {
	valid     *regexp.Regexp
	inherited bool
}{
	"fill": {colour, true}, "stroke": {colour, true}, "stop-color": {colour, false},
	"fill-opacity": {number, true}, "stroke-opacity": {number, true}, "opacity": {number, false},
	"stroke-width": {number, true}, "stroke-miterlimit": {number, true}, "stroke-dashoffset": {number, true},
	"stroke-dasharray": {dashes, true}, "stroke-linejoin": {keyword, true}, "stroke-linecap": {keyword, true},
	"paint-order": {keyword, true},
}

// errThemes says the two drawings differ in more than their presentation.
var errThemes = errors.New("chartsvg: the light and dark drawings differ in more than colours and strokes")

type recolour struct{ name, from, to string }

// absent is the light value of an attribute only the dark drawing has.
const absent = "\x01"

// darkRule recolours elements of one drawing when the page is dark.
type darkRule struct {
	// scope is the drawing's root class, "."+prefix, for a rule that
	// selects the drawing's elements by an attribute's value: drawings of
	// one chart share many such rules (OneDarkStyle). It is "" for a rule
	// that selects an element by a class of its own.
	scope string
	rule  string // `[fill="#333"]{fill:#eee}`, or `.PREFIX-t0{fill:…}`
}

func (r darkRule) String() string {
	if r.scope == "" {
		return r.rule
	}
	return r.scope + " " + r.rule
}

// Drawing is one option drawn for a page of either theme: the light
// drawing, with classes where the dark rules need them, and those rules,
// which belong in a <style> beside it (Standalone, OneDarkStyle).
type Drawing struct {
	SVG  []byte
	dark []darkRule
}

// Standalone is the drawing with its own dark <style> inside it, for a page
// that shows it alone.
func (d Drawing) Standalone() []byte {
	if len(d.dark) == 0 {
		return d.SVG
	}
	svg := string(d.SVG)
	end := strings.LastIndex(svg, "</svg>")
	lines := make([]string, len(d.dark))
	for i, r := range d.dark {
		lines[i] = r.String()
	}
	return []byte(svg[:end] + "<style>" + darkCSS(lines) + "</style>\n" + svg[end:])
}

// themed merges the light and dark drawings of one option (renumbered, not
// yet prefixed) into the light drawing and the rules that make it the dark
// one when the page is dark.
func themed(light, dark string) (string, []darkRule, error) {
	lt, dt, ok := aligned(light, dark)
	if !ok || !strings.Contains(light, "</svg>") {
		return "", nil, errThemes
	}
	changes := make([][]recolour, len(lt))
	// becomes maps attribute and light value to every dark value it takes;
	// one that always becomes the same value is recoloured by one attribute
	// selector, any other element by element.
	becomes := map[[2]string]map[string]bool{}
	for i := range lt {
		ln, la := attrs(light[lt[i][0]:lt[i][1]])
		dn, da := attrs(dark[dt[i][0]:dt[i][1]])
		if ln != dn {
			return "", nil, errThemes
		}
		lm, dm := map[string]string{}, map[string]string{}
		for _, a := range la {
			lm[a[0]] = a[1]
		}
		for _, a := range da {
			dm[a[0]] = a[1]
		}
		for _, a := range la {
			if _, ok := dm[a[0]]; !ok {
				da = append(da, [2]string{a[0], ""})
			}
		}
		for _, d := range da {
			name := d[0]
			from, inLight := lm[name]
			to, inDark := dm[name]
			if from == to && inLight == inDark {
				if _, ok := themeable[name]; ok {
					note(becomes, [2]string{name, from}, to)
				}
				continue
			}
			th, ok := themeable[name]
			if !ok {
				return "", nil, fmt.Errorf("%w (%s)", errThemes, name)
			}
			if inLight && !th.valid.MatchString(from) || inDark && !th.valid.MatchString(to) {
				return "", nil, fmt.Errorf("chartsvg: a themed %s is not plain: %q, %q", name, from, to)
			}
			if !inDark {
				to = "initial"
				if th.inherited {
					to = "inherit"
				}
			}
			if !inLight {
				// Nothing to select it by: this element gets a class.
				from = absent
			}
			changes[i] = append(changes[i], recolour{name, from, to})
			note(becomes, [2]string{name, from}, to)
		}
	}

	var byAttr []string
	var byClass []darkRule
	seen := map[string]bool{}
	var b strings.Builder
	last := 0
	for i := range lt {
		var own []string
		for _, c := range changes[i] {
			if c.from != absent && len(becomes[[2]string{c.name, c.from}]) == 1 {
				r := fmt.Sprintf(`[%s="%s"]{%s:%s}`, c.name, c.from, c.name, c.to)
				if !seen[r] {
					seen[r] = true
					byAttr = append(byAttr, r)
				}
			} else {
				own = append(own, c.name+":"+c.to)
			}
		}
		var cls []string
		if i == 0 {
			// The root <svg> carries the prefix every rule is scoped by.
			cls = append(cls, placeholder)
		}
		if len(own) > 0 {
			c := fmt.Sprintf("%s-t%d", placeholder, len(byClass))
			byClass = append(byClass, darkRule{rule: "." + c + "{" + strings.Join(own, ";") + "}"})
			cls = append(cls, c)
		}
		if len(cls) == 0 {
			continue
		}
		b.WriteString(light[last:lt[i][0]])
		b.WriteString(withClass(light[lt[i][0]:lt[i][1]], strings.Join(cls, " ")))
		last = lt[i][1]
	}
	b.WriteString(light[last:])
	sort.Strings(byAttr)
	rules := make([]darkRule, 0, len(byAttr)+len(byClass))
	for _, r := range byAttr {
		rules = append(rules, darkRule{scope: "." + placeholder, rule: r})
	}
	return b.String(), append(rules, byClass...), nil
}

// Each rule of a dark style comes twice: under the system's dark preference
// unless the reader chose light, and under the reader's choice of dark.
const (
	darkBySystem = ":root:not([data-theme=light]) "
	darkByReader = ":root[data-theme=dark] "
)

// darkCSS is the dark style of rules (selector and declarations, scoped to
// a drawing by its prefix or its own classes).
func darkCSS(rules []string) string {
	var css strings.Builder
	css.WriteString("@media (prefers-color-scheme:dark){")
	for _, r := range rules {
		css.WriteString(darkBySystem + r + "\n")
	}
	css.WriteString("}\n")
	for _, r := range rules {
		css.WriteString(darkByReader + r + "\n")
	}
	return css.String()
}

// OneDarkStyle is one <style> for the dark rules of ds (drawings of one
// chart at several widths, as RenderThemedWidths makes them), a rule the
// drawings share written once: a page carries every width of a chart, and
// each <style> is a stylesheet the browser parses and matches the whole
// page against. It must stay beside the drawings in the page. With no
// drawing recoloured, it is "".
func OneDarkStyle(ds []Drawing) string {
	scopes := map[string][]string{} // a rule of several drawings, by drawing
	var order, own []string
	for _, d := range ds {
		for _, r := range d.dark {
			if r.scope == "" {
				own = append(own, r.rule)
				continue
			}
			if _, seen := scopes[r.rule]; !seen {
				order = append(order, r.rule)
			}
			scopes[r.rule] = append(scopes[r.rule], r.scope)
		}
	}
	if len(order)+len(own) == 0 {
		return ""
	}
	rules := make([]string, 0, len(order)+len(own))
	for _, r := range order {
		if s := scopes[r]; len(s) == 1 {
			rules = append(rules, s[0]+" "+r)
		} else {
			rules = append(rules, ":is("+strings.Join(s, ",")+") "+r)
		}
	}
	rules = append(rules, own...)
	return "<style>" + darkCSS(rules) + "</style>"
}

// note records that a light value (an attribute and its value, keyed as
// its caller needs) becomes to in the dark drawing.
func note[K comparable](becomes map[K]map[string]bool, k K, to string) {
	if becomes[k] == nil {
		becomes[k] = map[string]bool{}
	}
	becomes[k][to] = true
}

// aligned finds the start tags of two drawings of one option, and is ok
// when they have the same number of them and the same text between them
// (labels, the hover <style>): the drawings are then element for element
// alike but for their attributes.
func aligned(light, dark string) (lt, dt [][]int, ok bool) {
	lt, dt = tag.FindAllStringIndex(light, -1), tag.FindAllStringIndex(dark, -1)
	if len(lt) != len(dt) || len(lt) == 0 {
		return nil, nil, false
	}
	for i := 0; i <= len(lt); i++ {
		if between(light, lt, i) != between(dark, dt, i) {
			return nil, nil, false
		}
	}
	return lt, dt, true
}

// between is the text after tag i-1 and before tag i.
func between(s string, tags [][]int, i int) string {
	from, to := 0, len(s)
	if i > 0 {
		from = tags[i-1][1]
	}
	if i < len(tags) {
		to = tags[i][0]
	}
	return s[from:to]
}

// attrs is a start tag's name and its attributes in order.
func attrs(t string) (string, [][2]string) {
	name := tag.FindStringSubmatch(t)[1]
	var out [][2]string
	for _, a := range attr.FindAllStringSubmatch(t, -1) {
		out = append(out, [2]string{a[1], a[2]})
	}
	return name, out
}

// withClass adds cls to a start tag's class attribute, or gives it one.
func withClass(t, cls string) string {
	if i := strings.Index(t, ` class="`); i >= 0 {
		j := i + len(` class="`)
		return t[:j] + cls + " " + t[j:]
	}
	end := len(t) - 1
	if strings.HasSuffix(t, "/>") {
		end--
	}
	return t[:end] + ` class="` + cls + `"` + t[end:]
}

// darkByValue is what each themeable attribute's value in light becomes in
// dark (two drawings of one option at one size, renumbered), by the tag and
// the attribute; where one light value of a tag becomes two dark ones (a
// title and its subtitle can share a light colour that the dark theme
// tells apart), by the tag's style as well, the font that tells them apart.
// It is ok when the drawings differ in nothing but such values. ECharts'
// dark theme colours by what an element is, and a narrower drawing has the
// same kinds of element, so a narrower light drawing whose every value is
// known here is recoloured into its dark one by this alone (recoloured).
// TestDarkDrawnOnce holds the result to the dark drawing itself for every
// chart at every width in each language.
func darkByValue(light, dark string) (map[themedValue]string, bool) {
	lt, dt, ok := aligned(light, dark)
	if !ok {
		return nil, false
	}
	byTag, byStyle := map[themedValue]map[string]bool{}, map[themedValue]map[string]bool{}
	for i := range lt {
		ln, la := attrs(light[lt[i][0]:lt[i][1]])
		dn, da := attrs(dark[dt[i][0]:dt[i][1]])
		if ln != dn || len(la) != len(da) {
			return nil, false
		}
		style := styleOf(la)
		for k := range la {
			name, from, to := la[k][0], la[k][1], da[k][1]
			if da[k][0] != name {
				return nil, false
			}
			if _, ok := themeable[name]; !ok {
				if from != to {
					return nil, false
				}
				continue
			}
			note(byTag, themedValue{ln, false, "", name, from}, to)
			note(byStyle, themedValue{ln, true, style, name, from}, to)
		}
	}
	// A value that becomes two is left out: a drawing that has it is
	// drawn dark instead.
	becomes := map[themedValue]string{}
	for _, m := range []map[themedValue]map[string]bool{byTag, byStyle} {
		for k, tos := range m {
			if len(tos) != 1 {
				continue
			}
			for to := range tos {
				becomes[k] = to
			}
		}
	}
	return becomes, true
}

// themedValue is one themeable attribute's light value on one kind of
// element: a tag, and its style when the tag alone is not enough
// (darkByValue). byStyle keeps the two kinds of key apart: an element with
// no style is keyed by its style "" too, and that key, read as the tag's,
// would recolour the tag's styled elements as its unstyled ones.
type themedValue struct {
	tag     string
	byStyle bool
	style   string
	name    string
	value   string
}

// styleOf is a tag's style attribute, "" when it has none.
func styleOf(as [][2]string) string {
	for _, a := range as {
		if a[0] == "style" {
			return a[1]
		}
	}
	return ""
}

// darkFrom is the dark drawings of light (one option's light drawings,
// renumbered, widest first) where the widest pair (light[0], widestDark)
// settles them: each narrower one recoloured (recoloured), or left "" and
// its index in unrecoloured, for the caller to draw dark.
func darkFrom(light []string, widestDark string) (dark []string, unrecoloured []int) {
	dark = make([]string, len(light))
	dark[0] = widestDark
	byValue, ok := darkByValue(light[0], widestDark)
	for i := 1; i < len(light); i++ {
		if ok {
			if d, done := recoloured(light[i], byValue); done {
				dark[i] = d
				continue
			}
		}
		unrecoloured = append(unrecoloured, i)
	}
	return dark, unrecoloured
}

// recoloured is light with each themeable attribute's value replaced by what
// becomes says it is in the dark drawing; done is false when light has a
// value becomes does not know.
func recoloured(light string, becomes map[themedValue]string) (dark string, done bool) {
	done = true
	dark = tag.ReplaceAllStringFunc(light, func(t string) string {
		name, as := attrs(t)
		style := styleOf(as)
		return attr.ReplaceAllStringFunc(t, func(a string) string {
			m := attr.FindStringSubmatch(a)
			if _, ok := themeable[m[1]]; !ok {
				return a
			}
			to, ok := becomes[themedValue{name, false, "", m[1], m[2]}]
			if !ok {
				to, ok = becomes[themedValue{name, true, style, m[1], m[2]}]
			}
			if !ok {
				done = false
				return a
			}
			return strings.Replace(a, `"`+m[2]+`"`, `"`+to+`"`, 1)
		})
	})
	return dark, done
}
