// Package goapptest holds what tests of go-app components share.
package goapptest

import (
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Around is a component around another that counts its own renders, as a
// view around its charts: for tests of what a dispatch in the inner one
// renders.
type Around struct {
	goapp.Compo
	Renders int
	Inner   goapp.UI
}

func (a *Around) Render() goapp.UI {
	a.Renders++
	return goapp.Div().Body(a.Inner)
}

// Load loads c into go-app's test engine (natively it runs as the server
// does: OnPreRender, not OnMount) and runs what its mount dispatched.
func Load(t testing.TB, c goapp.Composer) goapp.TestEngine {
	t.Helper()
	e := goapp.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return e
}
