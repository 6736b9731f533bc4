package charts

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bilateral/internal/textwrap"
)

// The layout of a vertical bar's value label, as floatingBars draws it. A
// value axis reaches high enough that the label of its tallest bar ends
// below the plot's top, where the axis name stands; how high that is depends
// on how many lines the label breaks into, which depends on the language.
const (
	labelLineHeight   = 16  // px a label line takes
	labelGap          = 5   // px between a bar and its label (ECharts' default distance)
	labelMargin       = 4   // px kept free between a label and the plot's top
	wideLabelWidth    = 120 // px a label breaks at on a wide chart
	wideLabelFont     = 12  // px, ECharts' default
	narrowLabelWidth  = 44  // px: a slot of a five-category chart on a phone
	narrowPanelWidth  = 60  // px: a slot of a two-category panel on a phone
	narrowLabelFont   = 10
	singlePlotHeight  = 210 // px of plot in a 320 px chart with frame's grid
	panelPlotHeight   = 176 // px of plot in a 320 px chart under panel titles
	glyphWidthPerFont = 0.6 // a generous average glyph width, in font sizes
)

// labelLines estimates how many lines ECharts' "break" overflow turns text
// into at width px in a font of font px. It follows zrender's wrapText:
// a run of letters is a word, kept whole unless it alone is wider than the
// line; any other character (a space, a comma, but also letters zrender
// does not count as alphabetic, such as Azerbaijani ə) is a unit of its own
// after which a line may break. Glyphs are taken generously wide, so the
// estimate errs towards more lines, i.e. more headroom.
func labelLines(text string, width, font float64) int {
	glyph := font * glyphWidthPerFont
	n := 0
	for _, line := range strings.Split(text, "\n") {
		n++
		used := 0.0
		for _, unit := range wrapUnits(line) {
			w := float64(utf8.RuneCountInString(unit)) * glyph
			switch {
			case used+w <= width:
				used += w
			case unit == " ":
				// A space that overflows ends the line and is not carried.
				n++
				used = 0
			case w > width:
				// A word wider than the line is broken where it overflows.
				extra := int((used + w) / width)
				n += extra
				used = used + w - float64(extra)*width
			default:
				n++
				used = w
			}
		}
	}
	return n
}

// wrapUnits splits a line into zrender's units: runs of letters, and every
// other character on its own.
func wrapUnits(s string) []string {
	var out []string
	word := strings.Builder{}
	for _, r := range s {
		if zrenderLetter(r) {
			word.WriteRune(r)
			continue
		}
		if word.Len() > 0 {
			out = append(out, word.String())
			word.Reset()
		}
		out = append(out, string(r))
	}
	if word.Len() > 0 {
		out = append(out, word.String())
	}
	return out
}

// zrenderLetter is zrender's isAlphabeticLetter less its break characters.
func zrenderLetter(r rune) bool {
	if strings.ContainsRune(",&?/;] ", r) {
		return false
	}
	return r >= 0x20 && r <= 0x24F || r >= 0x370 && r <= 0x10FF ||
		r >= 0x1200 && r <= 0x13FF || r >= 0x1E00 && r <= 0x206F
}

// labelRoom is the share of a plot plotH px high that must stay free above
// item's bar for its label, drawn width px wide in a font of font px.
func labelRoom(it barItem, lang string, width, font, plotH float64) float64 {
	if it.fig == nil {
		return 0
	}
	lines := labelLines(barLabel(*it.fig, it.growth, it.target, lang), width, font)
	room := float64(labelGap+labelMargin+lines*labelLineHeight) / plotH
	if it.openEnded() {
		room += openShare // the label stands past the fading end
	}
	if room > 0.8 {
		room = 0.8 // a label taller than the plot still leaves its bar drawn
	}
	return room
}

// roomFor is labelRoom at one width, font and plot height, for niceTop.
func roomFor(lang string, width, font, plotH float64) func(barItem) float64 {
	return func(it barItem) float64 { return labelRoom(it, lang, width, font, plotH) }
}

// textWidth is the widest line of text in a font of font px, its glyphs
// taken generously wide.
func textWidth(text string, font float64) float64 {
	widest := 0
	for _, line := range strings.Split(text, "\n") {
		widest = max(widest, utf8.RuneCountInString(line))
	}
	return float64(widest) * font * glyphWidthPerFont
}

// ownBreaks reports whether text has a letter zrender takes for a place to
// break a line (Azerbaijani ə, U+0259, lies past its Latin ranges), so that
// ECharts' "break" overflow would split a word after it ("Azə|rbaycan").
func ownBreaks(text string) bool {
	for _, r := range text {
		if unicode.IsLetter(r) && !zrenderLetter(r) {
			return true
		}
	}
	return false
}

// textGlyph is the average glyph width, in font sizes, wrapWords takes for
// names and titles: their lines are measured as a line, where labelLines'
// generous glyphs would break a title onto a third line.
const textGlyph = 0.55

// wrapWords breaks text at spaces into lines no wider than width px in a
// font of font px, for text whose words ECharts would split (ownBreaks);
// other text is left to ECharts, which measures the real glyphs.
func wrapWords(text string, width, font float64) string {
	if !ownBreaks(text) {
		return text
	}
	return wrapAt(text, width, font)
}

// wrapAt breaks text at spaces into lines no wider than width px in a font
// of font px, whatever its letters: for text whose lines must be counted.
func wrapAt(text string, width, font float64) string {
	return wrapAtGlyph(text, width, font, textGlyph)
}

// wrapAtGlyph is wrapAt with glyphs of glyph font sizes. Its lines break
// only at plain spaces (textwrap.Lines): a no-break space held nothing in
// a line split here ("более 1 400" in a Russian title on a phone could end
// a line at "1"), and the space put back between the halves was a plain one.
func wrapAtGlyph(text string, width, font, glyph float64) string {
	glyph *= font
	fits := func(chars int) bool { return float64(chars)*glyph <= width }
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if ls := textwrap.Lines(line, fits); len(ls) > 0 {
			out = append(out, ls...)
		} else {
			out = append(out, "")
		}
	}
	return strings.Join(out, "\n")
}

// ownWordBreaks starts a new line before each word of a label that ECharts
// would split (ownBreaks) unless it starts one already, so the label breaks
// between words at any width it is drawn at. A number with a comma in it
// starts one too: after a long first word ("təxminən 3,709 milyard dollar")
// ECharts broke the line at the number's decimal comma, "təxminən 3," over
// "709 milyard".
func ownWordBreaks(label string) string {
	if !ownBreaks(label) {
		return label
	}
	lines := strings.Split(label, "\n")
	for i, line := range lines {
		words := strings.Fields(line)
		var b strings.Builder
		for j, w := range words {
			switch {
			case j == 0:
			case ownBreaks(w), innerComma(w):
				b.WriteString("\n")
			default:
				b.WriteString(" ")
			}
			b.WriteString(w)
		}
		lines[i] = b.String()
	}
	return strings.Join(lines, "\n")
}

// innerComma reports whether w has a comma between digits, a decimal or
// grouping one. (No regexp: the Wasm links none.)
func innerComma(w string) bool {
	r := []rune(w)
	for i := 1; i+1 < len(r); i++ {
		if r[i] == ',' && unicode.IsDigit(r[i-1]) && unicode.IsDigit(r[i+1]) {
			return true
		}
	}
	return false
}

// breakPunctuation is what zrender may start a line with: punctuation it
// breaks a line before as readily as at a space, so a name it breaks
// itself can put ", 2023" on a line of its own.
const breakPunctuation = ",&?/;]"

// wrapNames is wrapWords over an axis' category names, and whether any
// changed.
func wrapNames(names any, width, font float64) ([]any, bool) {
	list, _ := names.([]any)
	out := make([]any, len(list))
	changed := false
	for i, v := range list {
		out[i] = v
		if s, ok := v.(string); ok {
			w := wrapWords(s, width, font)
			if w == s && strings.ContainsAny(s, breakPunctuation) {
				// Broken here at spaces, with glyphs taken generously
				// wide so ECharts breaks none of our lines again.
				w = wrapAtGlyph(s, width, font, glyphWidthPerFont)
			}
			if w != s {
				out[i], changed = w, true
			}
		}
	}
	return out, changed
}

// wrapCategories breaks the category names of o's axis (key "yAxis") at
// width px in a font of font px, and gives the names broken at narrowW px
// in narrowFont px for the narrow media query, or nil if ECharts can break
// them itself.
func (o Option) wrapCategories(key string, width, font, narrowW, narrowFont float64) []any {
	ax := o.axis(key)
	if ax == nil {
		return nil
	}
	names := ax["data"]
	if wide, ok := wrapNames(names, width, font); ok {
		ax["data"] = wide
	}
	if narrow, ok := wrapNames(names, narrowW, narrowFont); ok {
		return narrow
	}
	return nil
}
