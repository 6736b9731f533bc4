package charts

import "strconv"

// Ink is the dark border that marks the selected item: darker than any
// palette colour, so it reads as "this one" whatever the item's colour.
const Ink = "#1a1a1a"

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
