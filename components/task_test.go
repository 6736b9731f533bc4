package components

import (
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"bilateral/internal/goapptest"
)

// inner keeps the context it was mounted with (on the server, where the
// test engine runs, that is OnPreRender's), to dispatch from later.
type inner struct {
	goapp.Compo
	ctx goapp.Context
}

func (i *inner) OnPreRender(ctx goapp.Context) { i.ctx = ctx }
func (i *inner) Render() goapp.UI              { return goapp.Span() }

// TestUnrenderedRendersNothingAround: a chart's own tasks (its drawing,
// its first frame, a click) dispatch through unrendered, so the view
// around the chart is not rendered again once per chart.
func TestUnrenderedRendersNothingAround(t *testing.T) {
	in := &inner{}
	out := &goapptest.Around{Inner: in}
	e := goapptest.Load(t, out)
	before := out.Renders

	ran := false
	in.ctx.Dispatch(unrendered(func(goapp.Context) { ran = true }))
	e.ConsumeAll()
	if !ran {
		t.Fatal("the dispatched function did not run")
	}
	if out.Renders != before {
		t.Errorf("the component around was rendered %d more times; want 0", out.Renders-before)
	}

	// The control: a plain dispatch does render it.
	in.ctx.Dispatch(func(goapp.Context) {})
	e.ConsumeAll()
	if out.Renders != before+1 {
		t.Errorf("a plain dispatch rendered the component around %d times; want 1", out.Renders-before)
	}
}
