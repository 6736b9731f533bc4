//go:build !wasm

package chartsvg

import (
	"strings"
	"testing"
)

// TestForStillDropsOnlyWhatNoThemePaints: a label's box is dropped; a
// backdrop the dark theme paints, a stroked line, a default-filled shape,
// an id'd shape and anything in <defs> stay; the hover style and its
// classes go.
func TestForStillDropsOnlyWhatNoThemePaints(t *testing.T) {
	const head = `<svg class="` + placeholder + `">` + "\n"
	light := head +
		`<rect width="9" height="9" fill="none"></rect>` + "\n" + // dark paints it
		`<path d="M0 0" fill="none" pointer-events="visible" class="` + placeholder + `-cls-0"></path>` + "\n" + // label box
		`<path d="M1 1" fill="none" stroke="#ccc"></path>` + "\n" + // a line
		`<path d="M2 2" fill="rgb(0,0,0)" fill-opacity="0" stroke="#333" stroke-width="0"></path>` + "\n" + // empty title box
		`<path d="M3 3"></path>` + "\n" + // black by default
		`<path d="M4 4" fill="none" id="x"></path>` + "\n" +
		`<text fill="#333" class="` + placeholder + `-cls-1">a</text>` + "\n" +
		`<defs><clipPath><path d="M5 5" fill="none"></path></clipPath></defs>` + "\n" +
		`<style ><![CDATA[` + "\n." + placeholder + `-cls-0:hover {\ncursor:pointer;\n}\n]]>` + "\n\n</style>\n</svg>"
	dark := strings.Replace(light, `<rect width="9" height="9" fill="none">`, `<rect width="9" height="9" fill="#100c2a">`, 1)
	l, d := forStill(light, dark)
	for name, got := range map[string]string{"light": l, "dark": d} {
		for _, gone := range []string{`d="M0 0"`, `d="M2 2"`, "CDATA", "-cls-", "pointer-events", `class=""`} {
			if strings.Contains(got, gone) {
				t.Errorf("%s: %s is left in:\n%s", name, gone, got)
			}
		}
		for _, kept := range []string{`<rect width="9"`, `d="M1 1"`, `d="M3 3"`, `d="M4 4"`, `d="M5 5"`, `>a</text>`} {
			if !strings.Contains(got, kept) {
				t.Errorf("%s: %s was dropped:\n%s", name, kept, got)
			}
		}
	}
	if _, _, err := themed(l, d); err != nil {
		t.Errorf("the still drawings no longer match element for element: %v", err)
	}
}
