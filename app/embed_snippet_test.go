//go:build !wasm

package app

import (
	"strings"
	"testing"
)

// The frame's own height leaves room for the chart and what surrounds it,
// and nothing in the title or address escapes its attribute.
func TestEmbedSnippet(t *testing.T) {
	got := embedSnippet(`https://example.org/embed/trade?chart=trade-turnover&fig=a"b`, `Trade "turnover" <b>`, 320)
	for _, want := range []string{
		`height="620"`,
		`src="https://example.org/embed/trade?chart=trade-turnover&amp;fig=a&#34;b"`,
		`title="Trade &#34;turnover&#34; &lt;b&gt;"`,
		`loading="lazy"`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("snippet lacks %s:\n%s", want, got)
		}
	}
	if strings.Contains(got, "<script") {
		t.Errorf("the frame's snippet must work without script:\n%s", got)
	}
}

// The listener accepts a height only from the embed's origin, of the shape
// the embed posts, for the frame that sent it, and clamps it.
func TestEmbedListener(t *testing.T) {
	got := embedListener("https://example.org")
	for _, want := range []string{
		`e.origin !== "https://example.org"`,
		`d.type !== "bilateral:ready" && d.type !== "bilateral:resize"`,
		`typeof d.height !== "number"`,
		`f.contentWindow === e.source`,
		`Math.min(Math.ceil(d.height), 4000)`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("listener lacks %s:\n%s", want, got)
		}
	}
	if s := embedListener(`https://x.org</script><script>alert(1)`); strings.Count(s, "</script>") != 1 {
		t.Errorf("an origin closed the script element:\n%s", s)
	}
}
