package opts

import (
	"regexp"
	"testing"

	"github.com/go-echarts/go-echarts/v2/types"
)

// TestJSEditsAsTheRegexpsDid: the patch's hand-written edits give what
// upstream's two regexps gave, on functions with comments, newlines and
// tabs in every place.
func TestJSEditsAsTheRegexpsDid(t *testing.T) {
	newlineTabPat := regexp.MustCompile(`\n|\t`)
	commentPat := regexp.MustCompile(`(//.*)\n`)
	upstreamFunc := func(fn string) string {
		return funcMarker + newlineTabPat.ReplaceAllString(fn, "") + funcMarker
	}
	inputs := []string{
		"", "function (p) { return p.value; }",
		"function (p) {\n\treturn p.value;\n}\n",
		"function (p) { // the value\n\treturn p.value; // as is\n}",
		"// only a comment", "// a comment\n", "a // b // c\nd\n// e",
		"url('http://x')\n", "x // ünïcödé\n\ty", "\n\n\t\t//\n//\n",
		"a/ /b\n/", "a\r\nb // c\r\nd",
	}
	for _, in := range inputs {
		if got, want := string(FuncOpts(in)), upstreamFunc(in); got != want {
			t.Errorf("FuncOpts(%q) = %q, upstream %q", in, got, want)
		}
		if got, want := FuncStripCommentsOpts(in), upstreamFunc(commentPat.ReplaceAllString(in, "")); got != want {
			t.Errorf("FuncStripCommentsOpts(%q) = %q, upstream %q", in, got, want)
		}
		var f JSFunctions
		f.AddJSFuncs(in)
		f.AddJSFuncStrs(types.FuncStr(in))
		want := newlineTabPat.ReplaceAllString(in, "")
		if len(f.Fns) != 2 || string(f.Fns[0]) != want || string(f.Fns[1]) != want {
			t.Errorf("AddJSFuncs/AddJSFuncStrs(%q) = %q, upstream %q twice", in, f.Fns, want)
		}
	}
}
