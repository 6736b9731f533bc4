package charts

import (
	"math"
	"strconv"
)

// Ink is the dark border that marks the selected item: darker than any
// palette colour, so it reads as "this one" whatever the item's colour.
const Ink = "#1a1a1a"

// A chip is an annotation's own small dark box with white text: it reads
// the same on the light and the dark theme (7:1 and more), where text on
// the page would need a colour per theme, which an ECharts option cannot
// give. Rule is a mid grey that stands out from both themes' pages (3:1).
const (
	chipFill = "#4d4d4d"
	chipText = "#ffffff"
	Rule     = "#808080"
)

// chip styles a label as a chip.
func chip(label map[string]any) map[string]any {
	label["color"] = chipText
	label["backgroundColor"] = chipFill
	label["padding"] = []any{2, 5}
	label["borderRadius"] = 3
	return label
}

// rangeStyle draws a range as an outlined, lightly filled floating bar: the
// outline shows both bounds are stated, the pale fill that no single value is.
func rangeStyle(color string) map[string]any {
	return map[string]any{
		"color":       tint(color, 0.18),
		"borderColor": color,
		"borderWidth": 2,
	}
}

// solidStyle is a stated single value.
func solidStyle(color string) map[string]any {
	return map[string]any{"color": color}
}

// emphasise marks the selected item with a thicker dark border, keeping the
// item's own fill and border type so a derived item stays visibly derived.
func emphasise(style map[string]any) map[string]any {
	out := make(map[string]any, len(style)+2)
	for k, v := range style {
		out[k] = v
	}
	out["borderColor"] = Ink
	out["borderWidth"] = 3
	return out
}

// tint is color (#rrggbb) at the given opacity.
func tint(color string, alpha float64) string {
	if len(color) != 7 || color[0] != '#' {
		return color
	}
	n, err := strconv.ParseUint(color[1:], 16, 32)
	if err != nil {
		return color
	}
	return "rgba(" + strconv.Itoa(int(n>>16&0xff)) + "," + strconv.Itoa(int(n>>8&0xff)) + "," +
		strconv.Itoa(int(n&0xff)) + "," + strconv.FormatFloat(alpha, 'f', -1, 64) + ")"
}

// colorAt is the palette colour i, cycling, so any number of groups gets one.
func colorAt(i int) string {
	c, _ := Palette[i%len(Palette)].(string)
	return c
}

// rgbOf is color (#rrggbb) as its three channels, or false.
func rgbOf(color string) (r, g, b float64, ok bool) {
	if len(color) != 7 || color[0] != '#' {
		return 0, 0, 0, false
	}
	n, err := strconv.ParseUint(color[1:], 16, 32)
	if err != nil {
		return 0, 0, 0, false
	}
	return float64(n >> 16 & 0xff), float64(n >> 8 & 0xff), float64(n & 0xff), true
}

// lighten mixes color with white, share parts white: an opaque pale fill,
// the same on a light page and a dark one (a transparent tint would take
// the page's colour, and with it the contrast of any text on it).
func lighten(color string, share float64) string {
	r, g, b, ok := rgbOf(color)
	if !ok {
		return color
	}
	mix := func(c float64) int { return int(math.Round(c + (255-c)*share)) }
	return "#" + hex2(mix(r)) + hex2(mix(g)) + hex2(mix(b))
}

func hex2(v int) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[v>>4&0xf], digits[v&0xf]})
}

// luminance is WCAG's relative luminance of color (#rrggbb).
func luminance(color string) float64 {
	r, g, b, _ := rgbOf(color)
	lin := func(c float64) float64 {
		c /= 255
		if c <= 0.03928 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// contrast is WCAG's contrast ratio of two colours.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// inkOn is the text colour, white or Ink, that reads best on fill: text
// drawn inside a mark is judged against the mark, whatever the theme.
func inkOn(fill string) string {
	if contrast("#ffffff", fill) >= contrast(Ink, fill) {
		return "#ffffff"
	}
	return Ink
}
