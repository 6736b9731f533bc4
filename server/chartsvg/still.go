//go:build !wasm

package chartsvg

import (
	"regexp"
	"strings"
)

// The server's drawing is a still picture: the page shows it until ECharts,
// once the Wasm runs, draws the live chart in its place. What ECharts'
// server-side renderer writes for the live chart's hover and hit testing
// only costs a phone's parser: a page carries each chart at every drawing
// width, and the hover <style> was one more stylesheet per drawing, which
// the browser parses and matches the whole page against.

var (
	// hoverStyle is the <style> of hover rules ECharts writes (its
	// emphasis colours and cursors, keyed by the -cls classes).
	hoverStyle = regexp.MustCompile(`(?s)<style ?><!\[CDATA\[.*?\]\]>\s*</style>\n?`)
	// hoverClass is one of its classes: zrender names them "zr3-cls-7",
	// renumbered to "\x00-cls-0" (svg.go).
	hoverClass = regexp.MustCompile(`\x00-cls-\d+`)
	// hitArea is ECharts' pointer-events="visible", which makes a shape it
	// draws without paint (a label's box) catch the pointer.
	hitArea = regexp.MustCompile(` pointer-events="visible"`)
	// emptyClass is a class attribute left empty by hoverClass.
	emptyClass = regexp.MustCompile(` class=" *"`)
)

// forStill strips, from one option's light and dark drawings (renumbered,
// not yet prefixed), what only the live chart uses: the hover style and its
// classes, the hit-area flag, and every shape neither theme paints (label
// boxes, an empty title background, the backdrop when the dark theme has
// none either). The two come out element for element alike, as themed
// needs.
func forStill(light, dark string) (string, string) {
	light, dark = dropUnpainted(light, dark)
	return still(light), still(dark)
}

func still(svg string) string {
	svg = hoverStyle.ReplaceAllString(svg, "")
	svg = hoverClass.ReplaceAllString(svg, "")
	svg = hitArea.ReplaceAllString(svg, "")
	return emptyClass.ReplaceAllString(svg, "")
}

// dropUnpainted removes each <path> or <rect> that paints nothing in either
// drawing. Shapes inside <defs> (patterns, clip paths, whose geometry
// counts whatever their paint) and shapes with an id stay. When the two
// drawings do not match element for element, nothing is removed: themed
// then says why.
func dropUnpainted(light, dark string) (string, string) {
	lt, dt := tag.FindAllStringIndex(light, -1), tag.FindAllStringIndex(dark, -1)
	if len(lt) != len(dt) {
		return light, dark
	}
	var lb, db strings.Builder
	lLast, dLast := 0, 0
	for i := range lt {
		ls, ds := light[lt[i][0]:lt[i][1]], dark[dt[i][0]:dt[i][1]]
		ln, la := attrs(ls)
		dn, da := attrs(ds)
		if ln == "defs" {
			break
		}
		if ln != dn || (ln != "path" && ln != "rect") || !unpainted(la) || !unpainted(da) {
			continue
		}
		end := "</" + ln + ">"
		if !strings.HasPrefix(light[lt[i][1]:], end) || !strings.HasPrefix(dark[dt[i][1]:], end) {
			continue
		}
		lb.WriteString(light[lLast:lt[i][0]])
		db.WriteString(dark[dLast:dt[i][0]])
		lLast = lt[i][1] + len(end)
		dLast = dt[i][1] + len(end)
		if strings.HasPrefix(light[lLast:], "\n") && strings.HasPrefix(dark[dLast:], "\n") {
			lLast++
			dLast++
		}
	}
	lb.WriteString(light[lLast:])
	db.WriteString(dark[dLast:])
	return lb.String(), db.String()
}

// unpainted says a shape with these attributes paints nothing: no visible
// fill and no visible stroke, and nothing else (an id, a link's target, a
// clip or filter) that could make it count.
func unpainted(as [][2]string) bool {
	a := map[string]string{}
	for _, kv := range as {
		a[kv[0]] = kv[1]
	}
	for _, k := range []string{"id", "clip-path", "filter", "mask", "marker-start", "marker-end", "style"} {
		if _, ok := a[k]; ok {
			return false
		}
	}
	if a["opacity"] == "0" {
		return true
	}
	fill, hasFill := a["fill"]
	noFill := hasFill && (fill == "none" || fill == "transparent") || a["fill-opacity"] == "0"
	stroke, hasStroke := a["stroke"]
	noStroke := !hasStroke || stroke == "none" || stroke == "transparent" ||
		a["stroke-width"] == "0" || a["stroke-opacity"] == "0"
	return noFill && noStroke
}
