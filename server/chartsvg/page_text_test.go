//go:build !wasm

package chartsvg

import "testing"

// TestForPageLeavesEachTextAsItLooked: what PageTextCSS gives goes, and a
// text that had another baseline or family, or none, keeps it in its own
// style, which the rule does not override.
func TestForPageLeavesEachTextAsItLooked(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{ // the usual text: both go
			`<text dominant-baseline="central" text-anchor="end" style="font-size:12px;font-family:sans-serif;" fill="#333">8</text>`,
			`<text text-anchor="end" fill="#333" style="font-size:12px;">8</text>`,
		},
		{ // bold, the family last
			`<text dominant-baseline="central" style="font-size:13px;font-family:sans-serif;font-weight:600;">a</text>`,
			`<text style="font-size:13px;font-weight:600;">a</text>`,
		},
		{ // the font shorthand names its family itself
			`<text dominant-baseline="central" style="font: normal bold 14px sans-serif">T</text>`,
			`<text style="font: normal bold 14px sans-serif">T</text>`,
		},
		{ // another baseline, another family
			`<text dominant-baseline="alphabetic" style="font-size:12px;font-family:serif;">b</text>`,
			`<text style="font-size:12px;font-family:serif;dominant-baseline:alphabetic;">b</text>`,
		},
		{ // neither: the page's font and the browser's baseline, as before
			`<text x="1">c</text>`,
			`<text x="1" style="dominant-baseline:auto;font-family:inherit;">c</text>`,
		},
		{ // only texts change
			`<tspan dominant-baseline="central" style="font-family:sans-serif;">d</tspan>`,
			`<tspan dominant-baseline="central" style="font-family:sans-serif;">d</tspan>`,
		},
	} {
		if got := ForPage(c.in); got != c.want {
			t.Errorf("ForPage(%s)\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}
