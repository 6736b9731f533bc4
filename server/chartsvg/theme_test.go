//go:build !wasm

package chartsvg

import (
	"context"
	"regexp"
	"sort"
	"strings"
	"testing"
)

var (
	prefixRe  = regexp.MustCompile(`ec[0-9a-f]{10}`)
	attrRule  = regexp.MustCompile(`^:root\[data-theme=dark\] \.P \[([a-z-]+)="([^"]*)"\]\{([a-z-]+):([^}]*)\}$`)
	classRule = regexp.MustCompile(`^:root\[data-theme=dark\] \.(P-t\d+)\{([^}]*)\}$`)
)

// TestThemedIsBothDrawings checks the one-SVG-for-both-themes on every
// chart by applying its CSS as a browser would: with no dark rule in force
// it is the light drawing, and with the dark rules it is the dark drawing,
// attribute for attribute. The system-preference block must hold the same
// rules as the reader's-choice block.
func TestThemedIsBothDrawings(t *testing.T) {
	r := renderer(t)
	ctx := context.Background()
	charts := appCharts(t)
	options := map[string][]byte{"hostile": hostileOption()}
	for _, c := range charts {
		options[c.ID] = []byte(c.Option)
	}
	for id, opt := range options {
		themedSVG, err := r.RenderThemed(ctx, opt, 700, 300)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		light, err := r.Render(ctx, opt, 700, 300, false)
		if err != nil {
			t.Fatal(err)
		}
		dark, err := r.Render(ctx, opt, 700, 300, true)
		if err != nil {
			t.Fatal(err)
		}
		th := prefixRe.ReplaceAllString(string(themedSVG), "P")
		i := strings.LastIndex(th, "<style>@media")
		if i < 0 {
			t.Fatalf("%s: no theme <style>", id)
		}
		css := th[i+len("<style>") : strings.LastIndex(th, "</style>")]
		th = th[:i] + th[strings.LastIndex(th, "</style>")+len("</style>\n"):]
		auto, chosen, ok := strings.Cut(css, "}\n:root[data-theme=dark]")
		if !ok {
			t.Fatalf("%s: CSS is not the two blocks:\n%s", id, css)
		}
		chosen = ":root[data-theme=dark]" + chosen
		auto = strings.TrimPrefix(auto, "@media (prefers-color-scheme:dark){")
		if strings.ReplaceAll(auto, ":root:not([data-theme=light])", ":root[data-theme=dark]") != chosen {
			t.Errorf("%s: the two dark blocks differ:\n%s", id, css)
		}
		byAttr := map[[2]string][2]string{}
		byClass := map[string][][2]string{}
		for _, line := range strings.Split(strings.TrimSpace(chosen), "\n") {
			if m := attrRule.FindStringSubmatch(line); m != nil {
				byAttr[[2]string{m[1], m[2]}] = [2]string{m[3], m[4]}
			} else if m := classRule.FindStringSubmatch(line); m != nil {
				for _, d := range strings.Split(m[2], ";") {
					k, v, _ := strings.Cut(d, ":")
					byClass[m[1]] = append(byClass[m[1]], [2]string{k, v})
				}
			} else {
				t.Fatalf("%s: unexpected rule %q", id, line)
			}
		}
		// The themed drawing is a still picture of both (still.go).
		ls, ds := forStill(prefixRe.ReplaceAllString(string(light), placeholder), prefixRe.ReplaceAllString(string(dark), placeholder))
		ls, ds = strings.ReplaceAll(ls, placeholder, "P"), strings.ReplaceAll(ds, placeholder, "P")
		compare(t, id+" light", th, ls, nil, nil)
		compare(t, id+" dark", th, ds, byAttr, byClass)
	}
}

// compare checks that themed, with the given dark rules applied, has the
// same elements, text and presentation as want (ids and classes aside).
func compare(t *testing.T, name, themed, want string, byAttr map[[2]string][2]string, byClass map[string][][2]string) {
	t.Helper()
	want = prefixRe.ReplaceAllString(want, "P")
	got, exp := tag.FindAllStringIndex(themed, -1), tag.FindAllStringIndex(want, -1)
	if len(got) != len(exp) {
		t.Fatalf("%s: %d elements, want %d", name, len(got), len(exp))
	}
	for i := 0; i <= len(got); i++ {
		if between(themed, got, i) != between(want, exp, i) {
			t.Fatalf("%s: text before element %d differs", name, i)
		}
	}
	for i := range got {
		_, ga := attrs(themed[got[i][0]:got[i][1]])
		_, wa := attrs(want[exp[i][0]:exp[i][1]])
		g, w := map[string]string{}, map[string]string{}
		var classes []string
		for _, a := range ga {
			if a[0] == "class" {
				classes = strings.Fields(a[1])
			}
			g[a[0]] = a[1]
		}
		for _, a := range wa {
			w[a[0]] = a[1]
		}
		// A browser: attribute rules for descendants of the root, then
		// class rules (which the generator only emits for one element).
		set := func(k, v string) {
			if v == "inherit" || v == "initial" {
				delete(g, k)
			} else {
				g[k] = v
			}
		}
		if i > 0 {
			for k, v := range copyMap(g) {
				if d, ok := byAttr[[2]string{k, v}]; ok {
					set(d[0], d[1])
				}
			}
		}
		for _, c := range classes {
			for _, d := range byClass[c] {
				set(d[0], d[1])
			}
		}
		for k := range themeable {
			if g[k] != w[k] {
				t.Errorf("%s: element %d %s=%q, want %q\n%s", name, i, k, g[k], w[k], themed[got[i][0]:got[i][1]])
			}
		}
		for k, v := range w {
			if _, ok := themeable[k]; !ok && k != "class" && g[k] != v {
				t.Errorf("%s: element %d %s=%q, want %q", name, i, k, g[k], v)
			}
		}
	}
}

func copyMap(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// TestOneDarkStyleKeepsEachDrawingsRules: the one style of a chart's
// drawings at several widths recolours each drawing by exactly the rules
// its own style has when it stands alone, in both blocks, and no drawing
// carries a style of its own.
func TestOneDarkStyleKeepsEachDrawingsRules(t *testing.T) {
	r := renderer(t)
	widths := []int{310, 480, 960}
	for _, c := range appCharts(t) {
		ds, err := r.RenderThemedWidths(context.Background(), []byte(c.Option), widths, heightOf(c))
		if err != nil {
			t.Fatalf("%s: %v", c.ID, err)
		}
		style := OneDarkStyle(ds)
		if style != "" && (!strings.HasPrefix(style, "<style>") || strings.Count(style, "<style") != 1) {
			t.Fatalf("%s: not one <style>: %.80q", c.ID, style)
		}
		for i, d := range ds {
			if strings.Contains(string(d.SVG), "<style>") {
				t.Errorf("%s at %d px: a drawing keeps a <style>", c.ID, widths[i])
			}
			alone := string(d.Standalone())
			prefix := prefixRe.FindString(alone)
			own := rulesFor(alone, prefix)
			if got := rulesFor(style, prefix); strings.Join(got, "\n") != strings.Join(own, "\n") {
				t.Errorf("%s at %d px: the shared style gives it\n%s\nits own had\n%s", c.ID, widths[i], strings.Join(got, "\n"), strings.Join(own, "\n"))
			}
		}
	}
}

// rulesFor lists the dark rules in css that apply to the drawing with
// prefix, each written for that drawing alone, with the block it is in.
func rulesFor(css, prefix string) []string {
	var out []string
	for _, line := range strings.Split(css, "\n") {
		line = strings.TrimPrefix(strings.TrimPrefix(line, "<style>"), "@media (prefers-color-scheme:dark){")
		for _, root := range []string{darkBySystem, darkByReader} {
			rule, ok := strings.CutPrefix(line, root)
			if !ok {
				continue
			}
			if is, rest, ok := strings.Cut(rule, ") "); ok && strings.HasPrefix(is, ":is(") {
				if !strings.Contains(","+strings.TrimPrefix(is, ":is(")+",", ",."+prefix+",") {
					continue
				}
				rule = "." + prefix + " " + rest
			}
			if strings.HasPrefix(rule, "."+prefix+" ") || strings.HasPrefix(rule, "."+prefix+"-") {
				out = append(out, root+rule)
			}
		}
	}
	sort.Strings(out)
	return out
}

// TestRecolouredKeepsStyledApart: where one light colour of a tag becomes
// one dark colour on the tag's elements with no style and another on those
// with a style, each element is recoloured by its own kind. The tag-wide
// key must not take the unstyled elements' colour for all of them.
func TestRecolouredKeepsStyledApart(t *testing.T) {
	light := `<svg><text fill="#333">a</text><text style="font:bold 14px" fill="#333">b</text></svg>`
	dark := `<svg><text fill="#eee">a</text><text style="font:bold 14px" fill="#ccc">b</text></svg>`
	byValue, ok := darkByValue(light, dark)
	if !ok {
		t.Fatal("the drawings are not taken as one option's two themes")
	}
	if got, done := recoloured(light, byValue); !done || got != dark {
		t.Errorf("recoloured (done %v):\n%s\nwant\n%s", done, got, dark)
	}
}
