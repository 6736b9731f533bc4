//go:build !wasm

package chartsvg

import (
	"regexp"
	"testing"

	"bilateral/app"
)

var (
	endsInDigitComma = regexp.MustCompile(`\d,$`)
	startsWithDigit  = regexp.MustCompile(`^\d`)
)

// TestNumbersStayWholeOnTheirLines: zrender may break a line after any
// comma, a decimal one too, so an Azerbaijani bar label on a phone read
// "təxminən 3," over "709 milyard dollar": a number no reader can put back
// together. In every language, at a phone's widths and a desktop's, no line
// a chart draws ends inside a number.
func TestNumbersStayWholeOnTheirLines(t *testing.T) {
	eachDrawing(t, renderer(t), []int{phoneWidth, 325, 960}, func(lang string, c app.BuiltChart, width int, svg []byte) {
		texts := svgText(t, svg)
		for i := 0; i+1 < len(texts); i++ {
			if endsInDigitComma.MatchString(texts[i]) && startsWithDigit.MatchString(texts[i+1]) {
				t.Errorf("%s %s at %d px: a number broken over two lines, %q / %q", lang, c.ID, width, texts[i], texts[i+1])
			}
		}
	})
}
