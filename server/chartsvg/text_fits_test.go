//go:build !wasm

package chartsvg

import (
	"html"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"bilateral/app"
)

// phoneWidth is the narrowest chart a page holds: a 320 px phone's screen
// less the page's margins. (A 375 px phone's chart box is about 325 px.)
const phoneWidth = 300

var (
	svgTextTag = regexp.MustCompile(`<text ([^>]*)>([^<]*)</text>`)
	attrOf     = func(name string) *regexp.Regexp { return regexp.MustCompile(` ` + name + `="([^"]*)"`) }
	xAttr      = attrOf("x")
	yAttr      = attrOf("y")
	anchorAttr = attrOf("text-anchor")
	transform  = attrOf("transform")
	fontSize   = regexp.MustCompile(`font(?:-size)?:[^;"]*?(\d+(?:\.\d+)?)px`)
	translate  = regexp.MustCompile(`^translate\(([-\d.e]+)(?:[ ,]([-\d.e]+))?\)$`)
)

// narrowestGlyph is a lower bound on a sans-serif glyph's mean width, in
// font sizes, for a line of words: a text this test calls too wide is.
const narrowestGlyph = 0.4

// TestTextFitsTheDrawing: at a phone's width and a desktop's, in every
// language, every word a chart shows is drawn, no line of its text (title,
// legend, labels) runs past the drawing's edges, where the reader would see
// it cut, and none is drawn over another.
func TestTextFitsTheDrawing(t *testing.T) {
	eachDrawing(t, renderer(t), []int{phoneWidth, 960}, func(lang string, c app.BuiltChart, width int, svg []byte) {
		// Every word of the names and labels the option shows is
		// drawn: ECharts drops a category's name it cannot fit.
		// (Punctuation aside: a line may break before a comma.)
		drawn := " " + strings.Join(words(strings.Join(svgText(t, svg), " ")), " ") + " "
		for _, shown := range shownText(t, c.Option) {
			for _, w := range words(shown) {
				if !strings.Contains(drawn, " "+w+" ") {
					t.Errorf("%s %s at %d px: the word %q of %q is not drawn", lang, c.ID, width, w, shown)
				}
			}
		}
		var boxes []textBox
		for _, m := range svgTextTag.FindAllStringSubmatch(string(svg), -1) {
			b, ok := textExtent(m[1], m[2])
			if !ok {
				continue
			}
			if b.left < -1 || b.right > float64(width)+1 {
				t.Errorf("%s %s at %d px: %q runs from %.0f to %.0f px, past the drawing's edge", lang, c.ID, width, b.text, b.left, b.right)
			}
			for _, o := range boxes {
				if b.overlaps(o) {
					t.Errorf("%s %s at %d px: %q is drawn over %q", lang, c.ID, width, b.text, o.text)
				}
			}
			boxes = append(boxes, b)
		}
	})
}

// words are text's runs of letters and digits.
func words(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// textBox is the least room a line of SVG text takes.
type textBox struct {
	text                     string
	left, right, top, bottom float64
}

// overlaps says whether two lines share more than a sliver.
func (b textBox) overlaps(o textBox) bool {
	const sliver = 2
	return min(b.right, o.right)-max(b.left, o.left) > sliver && min(b.bottom, o.bottom)-max(b.top, o.top) > sliver
}

// textExtent is the least room a line of SVG text takes, from its anchor,
// position and font (ECharts centres lines on y); ok is false for rotated
// text.
func textExtent(attrs, text string) (b textBox, ok bool) {
	x, y := 0.0, 0.0
	if m := xAttr.FindStringSubmatch(attrs); m != nil {
		x, _ = strconv.ParseFloat(m[1], 64)
	}
	if m := transform.FindStringSubmatch(attrs); m != nil {
		tr := translate.FindStringSubmatch(m[1])
		if tr == nil {
			return textBox{}, false
		}
		dx, _ := strconv.ParseFloat(tr[1], 64)
		dy, _ := strconv.ParseFloat(tr[2], 64)
		x, y = x+dx, y+dy
	}
	if m := yAttr.FindStringSubmatch(attrs); m != nil {
		v, _ := strconv.ParseFloat(m[1], 64)
		y += v
	}
	size := 12.0
	if m := fontSize.FindStringSubmatch(attrs); m != nil {
		size, _ = strconv.ParseFloat(m[1], 64)
	}
	text = strings.TrimSpace(html.UnescapeString(text))
	w := float64(utf8.RuneCountInString(text)) * size * narrowestGlyph
	b = textBox{text: text, left: x, right: x + w, top: y - size*0.35, bottom: y + size*0.35}
	switch a := anchorAttr.FindStringSubmatch(attrs); {
	case a != nil && a[1] == "middle":
		b.left, b.right = x-w/2, x+w/2
	case a != nil && a[1] == "end":
		b.left, b.right = x-w, x
	}
	return b, text != ""
}
