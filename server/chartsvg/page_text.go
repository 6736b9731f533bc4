//go:build !wasm

package chartsvg

import (
	"regexp"
	"strings"
)

// PageTextCSS is what every text of a drawing shares, given by the page's
// stylesheet instead of by each text (web/bilateral.css has this rule; the
// site's tests hold it to this constant). ECharts writes
// dominant-baseline="central" on every text and font-family:sans-serif in
// nearly every text's style: 51 bytes a text, about 460 texts on /trade's
// page at its eight widths, a tenth of the page the parser reads before the
// program can start.
const PageTextCSS = `.chart > svg[data-w] text { dominant-baseline: central; font-family: sans-serif; }`

var (
	textTag      = regexp.MustCompile(`<text\b[^>]*>`)
	sansSerif    = "font-family:sans-serif;"
	baselineAttr = regexp.MustCompile(` dominant-baseline="([^"]*)"`)
	styleAttr    = regexp.MustCompile(` style="([^"]*)"`)
)

// ForPage is svg as a page carries it under PageTextCSS: each text loses
// the baseline and family the rule gives it, and a text that had another
// (or none) says so in its own style, which a stylesheet's rule does not
// override. The drawing looks the same; a drawing alone (a download, a
// preview) keeps ECharts' attributes. Cache applies it once per drawing.
func ForPage(svg string) string {
	return textTag.ReplaceAllStringFunc(svg, func(t string) string {
		var own []string
		switch m := baselineAttr.FindStringSubmatch(t); {
		case m == nil:
			own = append(own, "dominant-baseline:auto")
		case m[1] != "central":
			own = append(own, "dominant-baseline:"+m[1])
		}
		t = baselineAttr.ReplaceAllString(t, "")
		style := ""
		if m := styleAttr.FindStringSubmatch(t); m != nil {
			style = m[1]
		}
		switch {
		case strings.Contains(style, sansSerif):
			style = strings.Replace(style, sansSerif, "", 1)
		case !strings.Contains(style, "font-family:") && !strings.Contains(style, "font:"):
			own = append(own, "font-family:inherit")
		}
		if len(own) > 0 {
			if style != "" && !strings.HasSuffix(style, ";") {
				style += ";"
			}
			style += strings.Join(own, ";") + ";"
		}
		t = styleAttr.ReplaceAllString(t, "")
		if style == "" {
			return t
		}
		end := len(t) - 1
		if strings.HasSuffix(t, "/>") {
			end--
		}
		return t[:end] + ` style="` + style + `"` + t[end:]
	})
}
