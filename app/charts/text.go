package charts

import (
	"html"
	"strings"
)

// escapeTemplate keeps ECharts from reading braces in our text as template
// placeholders ({a}, {b}, …) or rich-text styles ({name|text}).
func escapeTemplate(s string) string {
	return strings.NewReplacer("{", "(", "}", ")").Replace(s)
}

// tooltip writes lines for an ECharts tooltip formatter. ECharts puts a
// formatter string into the page as HTML, so our text is escaped (a name
// with "&" or "<" stays text) and lines are joined with <br/>, the only
// line break HTML tooltips honour.
func tooltip(lines ...string) string {
	kept := make([]string, 0, len(lines))
	for _, l := range lines {
		if l != "" {
			kept = append(kept, escapeTemplate(html.EscapeString(l)))
		}
	}
	return strings.Join(kept, "<br/>")
}

// tooltipOf is the per-item tooltip as option data: plain text, no function.
func tooltipOf(lines ...string) map[string]any {
	return map[string]any{"formatter": tooltip(lines...)}
}

// joinNonEmpty joins the parts that say something.
func joinNonEmpty(sep string, parts ...string) string {
	kept := parts[:0:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}

// round drops the float noise of a scale conversion (295e6/1e9 is not
// exactly 0.295) so the option holds the numbers a reader would write.
func round(v float64) float64 {
	const p = 1e6
	if v < 0 {
		return -round(-v)
	}
	return float64(int64(v*p+0.5)) / p
}
