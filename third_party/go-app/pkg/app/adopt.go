package app

import (
	"html"
	"strings"
)

// Patched (third_party/go-app/PATCHES.md, patch 13): the first render takes
// the prerendered page's nodes over instead of making the page anew. go-app
// replaced the body's first child with a fresh tree of the same page: the
// browser then styled and laid out the whole page a second time, parsed
// every raw drawing again, and dropped the reader's focus and selection.
// Now each element, text and raw node of the first render keeps the served
// node at its place when that node is of the same kind (an element of the
// same tag, a text node, raw markup that serialises the same); its
// attributes and text are set to the render's and the attributes the
// render does not have are removed. The served children of an element the
// render leaves empty wait for a later render of the first navigation
// (servedLeft); other served nodes the render has no place for go at once.
// Where the served page differs, the render's own node is put in, so the
// page ends as a fresh render would have made it.

const elementNode = 1

// KeepServedChildren is the attribute (patch 22) of an element that its
// render leaves empty and its component's own script fills: at the first
// render in the browser the children the server wrote in it stay, until
// that script replaces them, instead of being removed once the first
// navigation has settled. The server's render writes the attribute too, so
// the served element and the program's are the same.
const KeepServedChildren = "data-keep-served"

// adoptable reports whether served is a node of the given nodeType.
func adoptable(served Value, nodeType int) bool {
	return served != nil && served.Truthy() && served.Get("nodeType").Int() == nodeType
}

// adoptElement has v take served over, with v's attributes, as
// mountHTMLAttributes gives a fresh element its own, and reports whether it
// could: served must be an element of v's tag (a text node has no
// localName; an element of go-app's without a namespace whose tag is also
// an SVG one, such as a, style or title, is taken as HTML's). Patch 28: the
// check, the attributes the render does not have removed and those it
// writes as they are set are one call into app.js (goappAdoptElement),
// which leaves an attribute already at its value alone; those
// setJSAttribute sets otherwise (a property, a boolean) are set here.
//
// Patch 18: a <details> keeps an open attribute the render does not set.
// The server never renders one open, so a served <details> is open only
// because the reader opened it before the program ran, and the first render
// closed it: pressing a button inside (which starts the program) shut the
// box the button was in, a chart's embed code with its Copy button.
func (m nodeManager) adoptElement(ctx Context, served Value, v HTML) bool {
	if served == nil || !served.Truthy() {
		return false
	}
	var set, keep strings.Builder
	if v.Tag() == "details" {
		keep.WriteString("open")
	}
	for name, value := range v.attrs() {
		value = resolveAttributeURLValue(name, value, ctx.ResolveStaticResource)
		if !setAsWritten(name, value) {
			if keep.Len() > 0 {
				keep.WriteByte(0)
			}
			keep.WriteString(name)
			continue
		}
		if set.Len() > 0 {
			set.WriteByte(0)
		}
		set.WriteString(name)
		set.WriteByte(0)
		set.WriteString(value)
	}
	spec := v.Tag() + "\x01" + v.XMLNamespace() + "\x01" + keep.String() + "\x01" + set.String()
	if !adoptScripts().element.Invoke(served, spec).Bool() {
		return false
	}
	for name, value := range v.attrs() {
		if value = resolveAttributeURLValue(name, value, ctx.ResolveStaticResource); !setAsWritten(name, value) {
			setJSAttribute(served, name, value)
		}
	}
	return true
}

// setAsWritten reports whether setJSAttribute sets name by setAttribute
// with value as it is (not a property, not a boolean attribute), and value
// can go to goappAdoptElement in its list (a NUL or U+0001 would end its
// field early; an attribute the browser parsed has neither).
func setAsWritten(name, value string) bool {
	switch name {
	case "value", "contenteditable":
		return false
	}
	if _, boolean := booleanAttributes[name]; boolean {
		return false
	}
	return !strings.ContainsAny(name, "\x00\x01") && !strings.ContainsAny(value, "\x00\x01")
}

// adoptFuncs are app.js's takeover functions (patch 28).
type adoptFuncs struct{ element, text Value }

// adoptJS holds them once looked up: each lookup is a call across
// syscall/js of its own.
var adoptJS adoptFuncs

func adoptScripts() adoptFuncs {
	if adoptJS.element == nil {
		adoptJS = adoptFuncs{Window().Get("goappAdoptElement"), Window().Get("goappAdoptText")}
	}
	return adoptJS
}

// hasAttribute reports whether attrs has name, as written or in lower case
// (the browser reports an HTML element's attribute names in lower case).
func hasAttribute(attrs attributes, name string) bool {
	_, ok := attrs[name]
	if !ok {
		_, ok = attrs[strings.ToLower(name)]
	}
	return ok
}

// adoptText has v take served over, a text node, with v's text (patch 28:
// one call into app.js, goappAdoptText).
func adoptText(served Value, v *text) bool {
	if served == nil || !served.Truthy() {
		return false
	}
	return adoptScripts().text.Invoke(served, v.value).Bool()
}

// adoptChildren mounts v's children onto the served children of v's
// element, in order (mountOnto).
func (m nodeManager) adoptChildren(ctx Context, v HTML) error {
	el := v.JSValue()
	children := v.body()
	cursor, err := m.mountOnto(ctx, v, children, 0, el.firstChild())
	if err != nil {
		return err
	}
	if len(children) == 0 {
		// Patch 22: an element whose component fills it by script (a chart
		// drawn by a library) keeps what the server drew in it until that
		// script replaces it: no render of go-app's takes those nodes, and
		// sweeping them would blank the element until the script runs.
		if !hasAttribute(v.attrs(), KeepServedChildren) {
			keepServedLeft(el, cursor)
		}
	} else {
		removeServedFrom(el, cursor)
	}
	return nil
}

// mountOnto mounts children (v's, from index first on) in v's element,
// each onto the served node at cursor where it can take it over, else
// before it; it returns the first served node none took. A raw child
// looks ahead among the served nodes for its markup: a component may keep
// only some of what the server sent, and the nodes it skips go. With no
// served node (nil, or past the last) each child is appended, as Mount's
// callers do.
func (m nodeManager) mountOnto(ctx Context, v HTML, children []UI, first int, cursor Value) (Value, error) {
	el := v.JSValue()
	for i, child := range children {
		hasServed := cursor != nil && cursor.Truthy()
		if r, ok := child.(*raw); ok && hasServed {
			cursor = servedMarkup(el, cursor, r.value)
		}
		child, adopted, err := m.mount(ctx, v.depth()+1, child, cursor)
		if err != nil {
			return cursor, mountChildError(v, v.depth(), first+i, err)
		}
		child = child.setParent(v)
		children[i] = child
		switch {
		case adopted:
			cursor = cursor.Get("nextSibling")
		case hasServed:
			el.Call("insertBefore", child, cursor)
		default:
			el.appendChild(child)
		}
	}
	return cursor, nil
}

// removeServedFrom removes the served nodes of el from n on.
func removeServedFrom(el, n Value) {
	for n != nil && childOf(n, el) {
		next := n.Get("nextSibling")
		el.removeChild(n)
		n = next
	}
}

// The served children of an element whose render has none wait, until the
// first navigation has settled, for a render that adds children there: a
// page's first render is its zero state (a component before its OnNav, an
// empty container for what it has not built yet), and the served page has
// the content of the render after it. What no render takes by then goes
// (sweepServed). Served nodes after the children of an element that has
// some go at once: a page is ready only once every chart in it is drawn,
// and a served chart no render has a place for must not be counted.
var servedLeft []Value

const servedLeftKey = "goappServedLeft" // on the element: its first such node

// keepServedLeft keeps the served nodes of el from first on for a later
// render; nil or null: there are none.
func keepServedLeft(el, first Value) {
	if first == nil || !first.Truthy() {
		return
	}
	el.Set(servedLeftKey, first)
	servedLeft = append(servedLeft, el)
}

// takeServedLeft is the first served node kept after el's children, or nil.
func takeServedLeft(el Value) Value {
	if len(servedLeft) == 0 {
		return nil // after the first navigation: no call into JavaScript
	}
	first := el.Get(servedLeftKey)
	if !first.Truthy() {
		return nil
	}
	el.Delete(servedLeftKey)
	if !childOf(first, el) {
		return nil
	}
	return first
}

// childOf reports whether n is still a child of el: a component's own
// script may have taken served nodes out meanwhile (a chart's drawing
// empties its container).
func childOf(n, el Value) bool {
	return n.Truthy() && n.Get("parentNode").Equal(el)
}

// sweepServed removes the served nodes no render took.
func sweepServed() {
	for _, el := range servedLeft {
		removeServedFrom(el, el.Get(servedLeftKey))
		el.Delete(servedLeftKey)
	}
	servedLeft = nil
}

// servedMarkup is the first node from cursor on whose start tag is
// markup's, with the nodes before it removed; cursor itself when there is
// none.
func servedMarkup(el, cursor Value, markup string) Value {
	tag, attrs := startTag(markup)
	for n := cursor; adoptable(n, elementNode); n = n.Get("nextSibling") {
		if !sameStartTag(n, tag, attrs) {
			continue // mountRawHTML compares the whole markup (sameMarkup)
		}
		for cursor != nil && !cursor.Equal(n) {
			next := cursor.Get("nextSibling")
			el.removeChild(cursor)
			cursor = next
		}
		return n
	}
	return cursor
}

// startTag is markup's first tag and the attributes written in it, as
// name, value pairs: enough to tell most served nodes from markup without
// having the browser write each one out (a chart's drawings at eight
// widths differ in their start tags).
func startTag(markup string) (tag string, attrs []string) {
	s := strings.TrimSpace(markup)
	if !strings.HasPrefix(s, "<") {
		return "", nil
	}
	end := strings.IndexByte(s, '>')
	if end < 0 {
		return "", nil
	}
	s = strings.TrimSuffix(s[1:end], "/")
	tag, s, _ = strings.Cut(s, " ")
	for {
		s = strings.TrimLeft(s, " \t\n")
		name, rest, ok := strings.Cut(s, `="`)
		if !ok || strings.ContainsAny(name, " \t\n") {
			return tag, attrs
		}
		value, rest, ok := strings.Cut(rest, `"`)
		if !ok {
			return tag, attrs
		}
		attrs = append(attrs, name, html.UnescapeString(value))
		s = rest
	}
}

// sameStartTag reports whether served could be markup of tag and attrs.
func sameStartTag(served Value, tag string, attrs []string) bool {
	if !strings.EqualFold(served.Get("localName").String(), tag) {
		return false
	}
	for i := 0; i+1 < len(attrs); i += 2 {
		if served.getAttr(attrs[i]) != attrs[i+1] {
			return false
		}
	}
	return true
}

// sameMarkup reports whether served is written out as markup, its start
// tag compared first so a different node is rarely written out.
func sameMarkup(served Value, markup string) bool {
	tag, attrs := startTag(markup)
	return sameStartTag(served, tag, attrs) && served.Get("outerHTML").String() == markup
}
