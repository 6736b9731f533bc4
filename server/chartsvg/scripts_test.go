//go:build !wasm

package chartsvg

import (
	"io/fs"
	"strings"
	"testing"
)

// iife has what the split must keep meaning: a function called before its
// declaration (hoisting), a let and a class read later from another
// script, and a var assigned after the function that reads it was made.
const iife = `(()=>{var n=0;let k={v:2};class C{m(){return later()*k.v}}var o=new C;n=o.m();` +
	`const add=(a,b)=>a+b;var after;function twice(x){return add(x,x)+(after||0)}after=1;` +
	`globalThis.result=[n,twice(21),typeof later,typeof C].join("|");function later(){return 5}})();`

// result runs scripts, in order, in one runtime with glue loaded, and
// reads what they left in globalThis.result.
func result(t *testing.T, scripts ...string) string {
	t.Helper()
	rt, err := gluedRuntime(func(string) {})
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range scripts {
		if _, err := rt.RunString(s); err != nil {
			t.Fatalf("script %d: %v\n%s", i, err, s)
		}
	}
	return rt.Get("result").String()
}

func TestSplitScriptsRunAsTheBundleDid(t *testing.T) {
	want := result(t, iife)
	if want != "10|43|function|function" {
		t.Fatalf("the bundle itself gives %q", want)
	}
	for _, n := range []int{1, 3, 8} {
		out, err := SplitScripts(iife, n)
		if err != nil {
			t.Fatalf("n=%d: %v", n, err)
		}
		scripts := scriptsOf(out)
		if n > 1 && len(scripts) < 2 {
			t.Errorf("n=%d: %d script, want several", n, len(scripts))
		}
		if !strings.HasPrefix(scripts[0], "function ") {
			t.Errorf("n=%d: the first script starts %.20q, want the hoisted functions first", n, scripts[0])
		}
		if got := result(t, scripts...); got != want {
			t.Errorf("n=%d: split scripts give %q, want %q", n, got, want)
		}
		// The file itself is still one valid script.
		if got := result(t, out); got != want {
			t.Errorf("n=%d: the split file run whole gives %q, want %q", n, got, want)
		}
	}
}

func TestSplitScriptsRefuses(t *testing.T) {
	split, err := SplitScripts(iife, 2)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, src, want string }{
		{"not esbuild's shape", `var a=1;`, "not one function called at once"},
		{"a function with arguments", `((x)=>{var a=x;})(1);`, "not one function called at once"},
		{"split already", split, "split already"},
		{"a name of the language's", `(()=>{var JSON=1;})();`, `"JSON"`},
		{"a name of the glue's", `(()=>{let setTimeout=1;})();`, `"setTimeout"`},
		{"a destructured name of the glue's", `(()=>{var {a:[__say]}={a:[1]};})();`, `"__say"`},
		{"no JavaScript", `(()=>{var a=;})();`, "parsing the bundle"},
	} {
		if _, err := SplitScripts(c.src, 2); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an error containing %s", c.name, err, c.want)
		}
	}
}

// TestBundleIsInScripts: the build split the embedded bundle, so the server
// never compiles it whole (the memory scripts.go measures).
func TestBundleIsInScripts(t *testing.T) {
	src, err := fs.ReadFile(bundleFS, bundlePath)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(scriptsOf(string(src))); n < 4 {
		t.Fatalf("the embedded bundle is %d script(s); `make deps` splits it into about 8 (tools/chartsvg-scripts)", n)
	}
}
