//go:build !wasm

package chartsvg

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"
)

// The bundle is loaded as several scripts run one after another in one
// global scope, not as esbuild's one function. goja holds a script's whole
// syntax tree while it compiles it, and for the 630 kB bundle in one piece
// that tree was the server's highest memory: a process that only compiled
// and ran the bundle peaked at 41-45 MB resident, against 27 MB in eight
// scripts (the same drawings, byte for byte, at the same speed; 4 Dec 2026),
// which put the whole server over its 64 MB budget. The split is made once,
// when the bundle is built (tools/chartsvg-scripts), since finding where
// statements end takes the very parse whose size it avoids.

// scriptBreak separates the scripts in the bundle file: a comment on a line
// of its own, so the file stays one valid script too.
const scriptBreak = "\n//@bilateral:next-script\n"

// scriptsOf is the bundle's scripts, in the order they run.
func scriptsOf(bundle string) []string { return strings.Split(bundle, scriptBreak) }

// SplitScripts rewrites esbuild's bundle, one arrow function called at once
// ("(()=>{…})();"), as about n scripts that do the same run in order in one
// runtime: the function's statements at the top level of the scripts.
//
// That holds because the function's top-level names become globals of a
// runtime that holds nothing else but glue's, which SplitScripts checks no
// name shadows, and because its function declarations, which the function
// hoisted to its start, open the first script. It fails, saying why, for
// anything else: a bundle of another shape, one already split, one whose
// scripts would not compile.
func SplitScripts(bundle string, n int) (string, error) {
	if n < 1 {
		return "", errors.New("chartsvg: split into at least one script")
	}
	if strings.Contains(bundle, scriptBreak) {
		return "", errors.New("chartsvg: the bundle is split already")
	}
	prg, err := parser.ParseFile(nil, bundlePath, bundle, 0)
	if err != nil {
		return "", fmt.Errorf("chartsvg: parsing the bundle: %w", err)
	}
	body, err := iifeBody(prg)
	if err != nil {
		return "", err
	}
	taken, err := runtimeGlobals()
	if err != nil {
		return "", err
	}
	base := prg.File.Base()
	end := int(body.RightBrace) - base
	var hoisted, rest []string
	for i, s := range body.List {
		for _, name := range declared(s) {
			if slices.Contains(taken, name) {
				return "", fmt.Errorf("chartsvg: the bundle declares %q, a name the runtime already has", name)
			}
		}
		to := end
		if i+1 < len(body.List) {
			to = int(body.List[i+1].Idx0()) - base
		}
		text := strings.TrimSpace(bundle[int(s.Idx0())-base : to])
		if !strings.HasSuffix(text, ";") {
			text += ";" // an empty statement after a whole one changes nothing
		}
		if _, ok := s.(*ast.FunctionDeclaration); ok {
			hoisted = append(hoisted, text)
		} else {
			rest = append(rest, text)
		}
	}
	scripts := grouped(append(hoisted, rest...), n)
	if _, err := compileScripts(scripts); err != nil {
		return "", err
	}
	return strings.Join(scripts, scriptBreak), nil
}

// compileScripts compiles the bundle's scripts, each named after the bundle
// and its place in it, as the server runs them.
func compileScripts(scripts []string) ([]*goja.Program, error) {
	programs := make([]*goja.Program, len(scripts))
	for i, script := range scripts {
		p, err := goja.Compile(fmt.Sprintf("%s#%d", bundlePath, i), script, false)
		if err != nil {
			return nil, fmt.Errorf("chartsvg: compiling the ECharts bundle: %w", err)
		}
		programs[i] = p
	}
	return programs, nil
}

// iifeBody is the body of the one function esbuild's bundle calls.
func iifeBody(prg *ast.Program) (*ast.BlockStatement, error) {
	shape := errors.New("chartsvg: the bundle is not one function called at once, (()=>{…})(); as esbuild's iife format writes it")
	if len(prg.Body) != 1 {
		return nil, shape
	}
	st, ok := prg.Body[0].(*ast.ExpressionStatement)
	if !ok {
		return nil, shape
	}
	call, ok := st.Expression.(*ast.CallExpression)
	if !ok || len(call.ArgumentList) > 0 {
		return nil, shape
	}
	fn, ok := call.Callee.(*ast.ArrowFunctionLiteral)
	if !ok || fn.Async || len(fn.ParameterList.List) > 0 || fn.ParameterList.Rest != nil {
		return nil, shape
	}
	body, ok := fn.Body.(*ast.BlockStatement)
	if !ok {
		return nil, shape
	}
	return body, nil
}

// declared is the names a top-level statement declares.
func declared(s ast.Statement) []string {
	var bindings []*ast.Binding
	switch s := s.(type) {
	case *ast.FunctionDeclaration:
		return []string{string(s.Function.Name.Name)}
	case *ast.ClassDeclaration:
		return []string{string(s.Class.Name.Name)}
	case *ast.VariableStatement:
		bindings = s.List
	case *ast.LexicalDeclaration:
		bindings = s.List
	}
	var names []string
	for _, b := range bindings {
		names = append(names, boundNames(b.Target)...)
	}
	return names
}

// boundNames is the identifiers a binding target binds, destructuring
// patterns included.
func boundNames(t ast.Node) []string {
	switch t := t.(type) {
	case *ast.Identifier:
		return []string{string(t.Name)}
	case *ast.ArrayPattern:
		var names []string
		for _, e := range t.Elements {
			names = append(names, boundNames(e)...)
		}
		return append(names, boundNames(t.Rest)...)
	case *ast.ObjectPattern:
		var names []string
		for _, p := range t.Properties {
			switch p := p.(type) {
			case *ast.PropertyShort:
				names = append(names, string(p.Name.Name))
			case *ast.PropertyKeyed:
				names = append(names, boundNames(p.Value)...)
			}
		}
		return append(names, boundNames(t.Rest)...)
	case *ast.AssignExpression:
		return boundNames(t.Left)
	}
	return nil
}

// runtimeGlobals is every name a runtime has before the bundle runs: the
// language's and the glue's.
func runtimeGlobals() ([]string, error) {
	rt, err := gluedRuntime(func(string) {})
	if err != nil {
		return nil, err
	}
	v, err := rt.RunString("Object.getOwnPropertyNames(globalThis)")
	if err != nil {
		return nil, err
	}
	var names []string
	err = rt.ExportTo(v, &names)
	return names, err
}

// grouped joins statements into about n scripts of about equal size, in
// order.
func grouped(statements []string, n int) []string {
	total := 0
	for _, s := range statements {
		total += len(s)
	}
	per := total/n + 1
	var scripts []string
	var b strings.Builder
	for _, s := range statements {
		b.WriteString(s)
		if b.Len() >= per {
			scripts = append(scripts, b.String())
			b.Reset()
		}
	}
	if b.Len() > 0 || len(scripts) == 0 {
		scripts = append(scripts, b.String())
	}
	return scripts
}
