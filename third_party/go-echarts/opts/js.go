package opts

import (
	"fmt"
	"strings"

	"github.com/go-echarts/go-echarts/v2/types"
)

const funcMarker = "__f__"

// Patched (third_party/go-echarts/PATCHES.md): the two patterns were
// regexps compiled at package init, which linked regexp and its Unicode
// tables into every program that imports opts, the Wasm included. These
// are the same edits by hand.

// newlineTabs drops every "\n" and "\t", as `\n|\t` did.
var newlineTabs = strings.NewReplacer("\n", "", "\t", "")

// stripLineComments drops every "//" up to and including the newline that
// ends it, as `(//.*)\n` did: a comment on the last line, with no newline
// after it, stays.
func stripLineComments(fn string) string {
	var b strings.Builder
	for {
		i := strings.Index(fn, "//")
		if i < 0 {
			break
		}
		nl := strings.IndexByte(fn[i:], '\n')
		if nl < 0 {
			break
		}
		b.WriteString(fn[:i])
		fn = fn[i+nl+1:]
	}
	b.WriteString(fn)
	return b.String()
}

type JSFunctions struct {
	Fns []types.FuncStr
}

// AddJSFuncs adds a new JS function, for back compatibility before v2.4
// Plz use the AddJSFuncStrs instead
func (f *JSFunctions) AddJSFuncs(fn ...string) {
	for i := 0; i < len(fn); i++ {
		f.Fns = append(f.Fns, types.FuncStr(newlineTabs.Replace(fn[i])))
	}
}

// AddJSFuncStrs adds a new JS function string.
func (f *JSFunctions) AddJSFuncStrs(fn ...types.FuncStr) {
	for i := 0; i < len(fn); i++ {
		f.Fns = append(f.Fns, types.FuncStr(newlineTabs.Replace(string(fn[i]))))
	}
}

// FuncOpts returns a string suitable for options expecting pure JavaScript code insertion.
func FuncOpts(fn string) types.FuncStr {
	return types.FuncStr(replaceJsFuncs(fn))
}

// FuncStripCommentsOpts returns a string suitable for options expecting JavaScript code,
// stripping '//' comments.
func FuncStripCommentsOpts(fn string) string {
	fn = stripLineComments(fn)
	return replaceJsFuncs(fn)
}

// replace and clear up js functions string
func replaceJsFuncs(fn string) string {
	fn = newlineTabs.Replace(fn)
	return fmt.Sprintf("%s%s%s", funcMarker, fn, funcMarker)
}
