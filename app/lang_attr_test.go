package app

import (
	"strings"
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/app/format"
	"bilateral/data"
)

// TestNoBreakSpaceInAttributes: Russian numbers group thousands with a
// no-break space (U+00A0). go-app's upstream attribute writer used
// strconv.Quote, which wrote it as the six characters \u00a0 in a
// prerendered aria-label or title; the patched writer (third_party/go-app,
// PATCHES.md) must write the character itself.
func TestNoBreakSpaceInAttributes(t *testing.T) {
	v := 900000.0
	s := format.Figure(data.Figure{Value: &v, Unit: "tonne", Qualifier: "about"}, "ru")
	if !strings.Contains(s, "\u00a0") {
		t.Fatalf("%q: the Russian number has no no-break space to test with", s)
	}
	html := goapp.HTMLString(goapp.Div().Aria("label", s).Title(s).Body(goapp.Span().Text(s)))
	if strings.Contains(html, `\u00a0`) || strings.Contains(html, `\u00A0`) {
		t.Errorf("the no-break space came out as escaped Go text: %s", html)
	}
	for _, attr := range []string{`aria-label="около 900` + "\u00a0" + `000 т"`, `title="около 900` + "\u00a0" + `000 т"`} {
		if !strings.Contains(html, attr) && !strings.Contains(html, strings.ReplaceAll(attr, "\u00a0", "&nbsp;")) {
			t.Errorf("want %s in %s", attr, html)
		}
	}
}
