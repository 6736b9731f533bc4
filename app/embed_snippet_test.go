//go:build !wasm

package app

import (
	"strings"
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
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

// The embed code is shown as text a reader copies, escaped, never as a form
// field: Chromium's autofill lays the page out again for every field it
// finds once the page is parsed (components/snippet.go).
func TestEmbedCodeIsTextNotAFormField(t *testing.T) {
	frame := embedSnippet(`https://example.org/embed/trade?chart=trade-turnover`, `Trade </code><b>`, 320)
	got := goapp.HTMLString(embedCodeUI(frame, embedListener("https://example.org"), "ru"))
	for _, field := range []string{"<textarea", "<input", "<select"} {
		if strings.Contains(got, field) {
			t.Errorf("the embed code has a form field (%s):\n%s", field, got)
		}
	}
	for _, want := range []string{
		`<pre><code>&lt;iframe src=&#34;https://example.org/embed/trade?chart=trade-turnover&#34;`,
		// escaped once in the snippet's HTML, once more as the page's text
		`title=&#34;Trade &amp;lt;/code&amp;gt;&amp;lt;b&amp;gt;&#34;`,
		`class="snippet-copy"`,
		`>Копировать</button>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the embed code lacks %s:\n%s", want, got)
		}
	}
	if n := strings.Count(got, "<pre><code>"); n != 2 {
		t.Errorf("%d snippets, want the frame and the listener", n)
	}
}
