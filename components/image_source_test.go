package components

import (
	"strings"
	"testing"
)

// A downloaded image names the publisher's address, not only its name: the
// article's terms require a hyperlink to Caliber.az with any reuse.
func TestImageSubtextCarriesTheLink(t *testing.T) {
	got := Subtext("Caliber.az, “Title”, 17 August 2024", "https://caliber.az/", "https://example.org/trade")
	want := "Caliber.az, “Title”, 17 August 2024\nhttps://caliber.az/\nhttps://example.org/trade"
	if got != want {
		t.Errorf("Subtext = %q, want %q", got, want)
	}
}

// In the SVG, the line showing the publisher's address is a real link;
// nothing else is touched.
func TestSVGLinkLine(t *testing.T) {
	// As ECharts 6's SVG renderer writes a title's subtext, one <text> a line.
	svg := `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">` +
		`<text y="31.5" fill="#86878c">Caliber.az, “A &amp; B”, 17 August 2024</text>` +
		`<text y="42.5" fill="#86878c">https://caliber.az/</text>` +
		`<text y="53.5" fill="#86878c">http://h/trade?a=1&amp;b=2</text></svg>`
	got := LinkSVGText(svg, "https://caliber.az/")
	want := `<a href="https://caliber.az/" xlink:href="https://caliber.az/"><text y="42.5" fill="#86878c">https://caliber.az/</text></a>`
	if !strings.Contains(got, want) || strings.Count(got, "<a ") != 1 {
		t.Errorf("no single link around the address line:\n%s", got)
	}
	if strings.Replace(got, want, `<text y="42.5" fill="#86878c">https://caliber.az/</text>`, 1) != svg {
		t.Errorf("more than the address line changed:\n%s", got)
	}
	if LinkSVGText(svg, "https://other.example/") != svg || LinkSVGText(svg, "") != svg {
		t.Error("an SVG without the address line was changed")
	}
}
