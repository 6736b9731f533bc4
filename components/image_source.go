package components

import (
	"strings"

	"bilateral/internal/textwrap"
)

// Subtext is the source block drawn under a downloaded image's title, one
// item a line: the citation, the publisher's address (the hyperlink the
// article's terms require with any reuse; a citation by name alone is not
// enough) and the page the image was taken from.
func Subtext(source, link, page string) string {
	lines := wrapWords(source, sourceChars)
	for _, l := range []string{link, page} {
		if l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// sourceChars is about how many characters of the 11 px subtext fit across
// a downloaded image: a citation with our translated title beside the
// English one (some 250) ran off its right edge as one line.
const sourceChars = 130

// wrapWords breaks s at plain spaces into lines of at most max characters
// (textwrap.Lines: a no-break space holds its number together).
func wrapWords(s string, max int) []string {
	return textwrap.Lines(s, func(n int) bool { return n <= max })
}

// LinkSVGText makes the line of an SVG (as ECharts' SVG renderer writes
// it) that shows link exactly a hyperlink to it. ECharts' own title
// links (link, sublink) are click handlers on the live chart, not <a>
// elements, so a saved SVG would lose them. svg is returned unchanged
// when no <text> element holds exactly link.
func LinkSVGText(svg, link string) string {
	if link == "" {
		return svg
	}
	body := ">" + xmlEscape.Replace(link) + "</text>"
	end := strings.Index(svg, body)
	if end < 0 {
		return svg
	}
	start := strings.LastIndex(svg[:end], "<text")
	if start < 0 {
		return svg
	}
	end += len(body)
	href := xmlEscape.Replace(link)
	return svg[:start] + `<a href="` + href + `" xlink:href="` + href + `">` + svg[start:end] + "</a>" + svg[end:]
}

// xmlEscape escapes text and attribute values as ECharts does (the html
// package would bring its entity table into the Wasm for two characters).
var xmlEscape = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")
