//go:build !wasm

package chartsvg

import (
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"strconv"
	"strings"
)

// zrRef matches the ids and classes zrender names its patterns, clip paths
// and hover styles by ("zr12-cls-74", "zr12-p0", "zr12-c3"): a counter
// global to the runtime, so the same chart drawn twice, or by another
// runtime of the pool, comes out differently, and two charts on one page can
// share a name, each taking the other's patterns and hover styles.
var zrRef = regexp.MustCompile(`zr\d+-([a-z]+-?)(\d+)`)

// placeholder stands for the drawing's prefix until its content is known.
const placeholder = "\x00"

// renumber renames zrender's ids and classes to <placeholder>-<kind><n>, n
// counting from 0 in the order they appear, so the same chart always comes
// out the same whichever runtime drew it and whatever it drew before.
func renumber(svg string) string {
	seen := map[string]string{}
	next := map[string]int{}
	return zrRef.ReplaceAllStringFunc(svg, func(m string) string {
		if r, ok := seen[m]; ok {
			return r
		}
		kind := zrRef.FindStringSubmatch(m)[1]
		r := placeholder + "-" + kind + strconv.Itoa(next[kind])
		next[kind]++
		seen[m] = r
		return r
	})
}

// prefixed replaces the placeholder by a prefix taken from the drawing and
// its dark rules: the same drawing always gives the same bytes (a cacheable
// page, a stable ETag) and different drawings on one page never share a
// name.
func prefixed(svg string, dark []darkRule) Drawing {
	h := sha256.New()
	h.Write([]byte(svg))
	for _, r := range dark {
		h.Write([]byte("\n" + r.String()))
	}
	prefix := "ec" + hex.EncodeToString(h.Sum(nil)[:5])
	d := Drawing{SVG: []byte(strings.ReplaceAll(svg, placeholder, prefix)), dark: make([]darkRule, len(dark))}
	for i, r := range dark {
		d.dark[i] = darkRule{scope: strings.ReplaceAll(r.scope, placeholder, prefix), rule: strings.ReplaceAll(r.rule, placeholder, prefix)}
	}
	return d
}
