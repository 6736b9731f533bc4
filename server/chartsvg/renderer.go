//go:build !wasm

package chartsvg

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"
)

// Limits a Renderer keeps unless Options say otherwise.
const (
	DefaultTimeout   = 2 * time.Second // per width; a drawing takes 0.05-0.2 s
	DefaultMaxOption = 1 << 20         // bytes of option JSON; ours are at most a few tens of kB
	MaxSide          = 4096            // pixels, either side
	maxCallDepth     = 5000
)

// Options tune a Renderer; the zero value is the defaults.
type Options struct {
	// Runtimes is how many JavaScript runtimes draw at once (1 when 0).
	Runtimes int
	// IdleAfter, when set, drops the runtimes and the compiled bundle once
	// no drawing has run for that long; the next drawing loads them again.
	IdleAfter time.Duration
	// Idle, when set, is called after the runtimes were dropped (the server
	// gives the memory back to the system there).
	Idle func()
	// Timeout bounds one drawing, at one width: a drawing of n widths has n
	// times as long. A runtime out of time is interrupted and replaced.
	Timeout time.Duration
	// MaxOption bounds the option's size in bytes.
	MaxOption int
	// Warn, when set, receives what ECharts printed while drawing: the
	// bundle keeps ECharts' development checks, which warn about options it
	// ignores or does not understand.
	Warn func(string)

	// setup runs in each new runtime after the bundle; tests use it to plant
	// a runaway script.
	setup func(*goja.Runtime) error
}

// Renderer draws ECharts options to SVG with ECharts' own server-side SVG
// renderer, run in goja. It is safe for concurrent use: each drawing borrows
// one runtime (a goja runtime is not goroutine-safe), made when a drawing
// first needs it, and with IdleAfter set all are dropped after a quiet spell:
// a server that has its pages cached keeps no ECharts in memory.
type Renderer struct {
	opts  Options
	slots chan struct{} // one per drawing that may run at once

	mu       sync.Mutex
	idle     []*engine // loaded runtimes not drawing
	busy     int       // drawings under way
	lastDone time.Time
	timer    *time.Timer

	loads, drops atomic.Int64
}

// engine is one JavaScript runtime with the bundle loaded.
type engine struct {
	rt   *goja.Runtime
	draw goja.Callable
	said []string // what ECharts printed to the console during this drawing
}

// glue runs before the bundle: ECharts calls setTimeout/clearTimeout (for
// work a server-side drawing never waits for, so none is ever run) and may
// print warnings, which the drawing collects; its development checks look
// for Node's global. After the bundle, __draw is the
// one entry point: a fresh chart per drawing, always disposed.
const glue = `
globalThis.global = globalThis;
var __timer = 0;
globalThis.setTimeout = function () { return ++__timer; };
globalThis.clearTimeout = function () {};
globalThis.setInterval = globalThis.setTimeout;
globalThis.clearInterval = globalThis.clearTimeout;
globalThis.console = (function () {
  function say() { __say(Array.prototype.join.call(arguments, ' ')); }
  return { log: say, info: say, warn: say, error: say, debug: say };
})();
`

// gluedRuntime is a fresh runtime with glue run, what it prints going to say.
func gluedRuntime(say func(string)) (*goja.Runtime, error) {
	rt := goja.New()
	if err := rt.Set("__say", say); err != nil {
		return nil, err
	}
	if _, err := rt.RunString(glue); err != nil {
		return nil, fmt.Errorf("chartsvg: preparing the runtime: %w", err)
	}
	return rt, nil
}

const entry = `
(function (json, widths, height, theme) {
  var chart = echarts.init(null, theme || null, {renderer: 'svg', ssr: true, width: widths[0], height: height});
  try {
    chart.setOption(JSON.parse(json));
    var out = [chart.renderToSVGString()];
    for (var i = 1; i < widths.length; i++) {
      chart.resize({width: widths[i], height: height});
      out.push(chart.renderToSVGString());
    }
    return out;
  } finally {
    chart.dispose();
  }
})
`

// New makes a Renderer; it loads no runtime until the first drawing (see
// Check).
func New(o Options) *Renderer {
	if o.Runtimes <= 0 {
		o.Runtimes = 1
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxOption <= 0 {
		o.MaxOption = DefaultMaxOption
	}
	return &Renderer{opts: o, slots: make(chan struct{}, o.Runtimes)}
}

// Check loads a runtime, as the first drawing would, and drops it and the
// compiled bundle again (calling Idle), so a server that checks at start
// holds no ECharts while it makes its first pages without drawings: held
// through them, it made the server's start its highest memory (57 MB
// resident against 38 MB, 4 Dec 2026). It fails with ErrNoBundle when the
// binary was built without the bundle, or with why the bundle does not
// load: the server calls it at start so such a binary does not serve.
func (r *Renderer) Check() error {
	e, err := r.acquire(context.Background())
	if err != nil {
		return err
	}
	r.release(e, true)
	r.drop(false)
	return nil
}

// Runtimes reports how many runtimes the Renderer has loaded since New and
// how many of those it holds now.
func (r *Renderer) Runtimes() (loaded, held int) {
	n := r.loads.Load()
	return int(n), int(n - r.drops.Load())
}

// acquire takes a slot and a runtime for one drawing, loading one when none
// is idle.
func (r *Renderer) acquire(ctx context.Context) (*engine, error) {
	select {
	case r.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, fmt.Errorf("chartsvg: waiting for a runtime: %w", context.Cause(ctx))
	}
	r.mu.Lock()
	r.busy++
	if n := len(r.idle); n > 0 {
		e := r.idle[n-1]
		r.idle = r.idle[:n-1]
		r.mu.Unlock()
		return e, nil
	}
	r.mu.Unlock()
	e, err := r.newEngine()
	if err != nil {
		r.release(nil, false)
		return nil, err
	}
	return e, nil
}

// release gives back a drawing's slot and, when keep, its runtime; the last
// drawing to finish starts the idle countdown.
func (r *Renderer) release(e *engine, keep bool) {
	r.mu.Lock()
	if e != nil {
		if keep {
			r.idle = append(r.idle, e)
		} else {
			r.drops.Add(1) // its state is unknown: never used again
		}
	}
	r.busy--
	if r.busy == 0 && r.opts.IdleAfter > 0 {
		r.lastDone = time.Now()
		if r.timer == nil {
			r.timer = time.AfterFunc(r.opts.IdleAfter, r.dropIdle)
		} else {
			r.timer.Reset(r.opts.IdleAfter)
		}
	}
	r.mu.Unlock()
	<-r.slots
}

// dropIdle drops every runtime, and the compiled bundle, if no drawing ran
// for IdleAfter.
func (r *Renderer) dropIdle() { r.drop(true) }

// drop drops the runtimes not drawing and the compiled bundle, and calls
// Idle; when onlyIfQuiet, only if no drawing ran for IdleAfter.
func (r *Renderer) drop(onlyIfQuiet bool) {
	r.mu.Lock()
	if len(r.idle) == 0 || onlyIfQuiet && (r.busy > 0 || time.Since(r.lastDone) < r.opts.IdleAfter) {
		r.mu.Unlock()
		return
	}
	r.drops.Add(int64(len(r.idle)))
	clear(r.idle)
	r.idle = r.idle[:0:0]
	r.mu.Unlock()
	forgetProgram()
	if r.opts.Idle != nil {
		r.opts.Idle()
	}
}

func (r *Renderer) newEngine() (*engine, error) {
	p, err := program()
	if err != nil {
		return nil, err
	}
	e := &engine{}
	if e.rt, err = gluedRuntime(func(s string) { e.said = append(e.said, s) }); err != nil {
		return nil, err
	}
	// Deep enough for any chart; a hostile option nested deeper stops with
	// an error instead of growing the stack without bound.
	e.rt.SetMaxCallStackSize(maxCallDepth)
	for _, script := range p {
		if _, err := e.rt.RunProgram(script); err != nil {
			return nil, fmt.Errorf("chartsvg: loading the ECharts bundle: %w", err)
		}
	}
	if r.opts.setup != nil {
		if err := r.opts.setup(e.rt); err != nil {
			return nil, err
		}
	}
	fn, err := e.rt.RunString(entry)
	if err != nil {
		return nil, fmt.Errorf("chartsvg: preparing the drawing function: %w", err)
	}
	draw, ok := goja.AssertFunction(fn)
	if !ok {
		return nil, errors.New("chartsvg: the drawing function is not a function")
	}
	e.draw = draw
	r.loads.Add(1)
	return e, nil
}

// ErrTimeout is the cause of a drawing stopped for taking longer than the
// Renderer's Timeout.
var ErrTimeout = errors.New("chartsvg: drawing took too long")

// Render draws option (an ECharts option as JSON, as app/charts builds it)
// at width×height pixels in ECharts' default theme, or its dark one.
func (r *Renderer) Render(ctx context.Context, option []byte, width, height int, dark bool) ([]byte, error) {
	theme := ""
	if dark {
		theme = "dark"
	}
	svgs, err := r.render(ctx, option, []int{width}, height, theme)
	if err != nil {
		return nil, err
	}
	return prefixed(renumber(string(svgs[0])), nil).SVG, nil
}

// RenderThemed draws option once for a page of either theme: the light
// drawing, recoloured by its own <style> where ECharts' dark theme differs
// when the page is dark (see theme.go), as a still picture (still.go). It
// costs two drawings.
func (r *Renderer) RenderThemed(ctx context.Context, option []byte, width, height int) ([]byte, error) {
	ds, err := r.RenderThemedWidths(ctx, option, []int{width}, height)
	if err != nil {
		return nil, err
	}
	return ds[0].Standalone(), nil
}

// RenderThemedWidths is RenderThemed at each of widths, each drawing's dark
// rules kept apart for OneDarkStyle to share. ECharts reads the
// option once per theme and lays the chart out again for each further
// width (a quarter less time than a drawing each, for eight widths), and
// every drawing is the one RenderThemed makes at its width alone. The
// widest is drawn first: an option's media query for narrow charts, once
// it has applied, leaves traces in a wider layout after it.
//
// The dark theme is drawn at the widest width only, when the narrower
// light drawings can be recoloured into their dark ones from it
// (darkFrom): a drawing at each width costs about as much as the first,
// so this takes 7 of a chart's 16 drawings away. Any width it cannot
// recolour is drawn dark as well.
func (r *Renderer) RenderThemedWidths(ctx context.Context, option []byte, widths []int, height int) ([]Drawing, error) {
	order := make([]int, len(widths)) // indices of widths, widest first
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return widths[order[a]] > widths[order[b]] })
	sorted := make([]int, len(widths))
	for i, j := range order {
		sorted[i] = widths[j]
	}
	light, err := r.renumbered(ctx, option, sorted, height, "")
	if err != nil {
		return nil, err
	}
	widest, err := r.renumbered(ctx, option, sorted[:1], height, "dark")
	if err != nil {
		return nil, err
	}
	dark, unrecoloured := darkFrom(light, widest[0])
	if len(unrecoloured) > 0 {
		ws := make([]int, len(unrecoloured))
		for k, i := range unrecoloured {
			ws[k] = sorted[i]
		}
		drawn, err := r.renumbered(ctx, option, ws, height, "dark")
		if err != nil {
			return nil, err
		}
		for k, i := range unrecoloured {
			dark[i] = drawn[k]
		}
	}
	out := make([]Drawing, len(widths))
	for i, j := range order {
		if out[j], err = pair(light[i], dark[i]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// renumbered is render's drawings, renumbered (svg.go).
func (r *Renderer) renumbered(ctx context.Context, option []byte, widths []int, height int, theme string) ([]string, error) {
	svgs, err := r.render(ctx, option, widths, height, theme)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(svgs))
	for i, svg := range svgs {
		out[i] = renumber(string(svg))
	}
	return out, nil
}

// pair is one drawing for a page of either theme from the light and dark
// drawings of an option at one size (renumbered).
func pair(light, dark string) (Drawing, error) {
	svg, rules, err := themed(forStill(light, dark))
	if err != nil {
		return Drawing{}, err
	}
	return prefixed(svg, rules), nil
}

// render draws one theme's SVG at each of widths, as ECharts makes it,
// within the Renderer's Timeout for each width. Bounded together by one
// Timeout, eight widths of the timeline's chart ran out of it on a machine
// busy with the browser suite, every time its page was asked for: the
// page was never kept, and each request spent the whole bound again.
func (r *Renderer) render(ctx context.Context, option []byte, widths []int, height int, theme string) ([][]byte, error) {
	if len(option) > r.opts.MaxOption {
		return nil, fmt.Errorf("chartsvg: option of %d bytes is over the limit of %d", len(option), r.opts.MaxOption)
	}
	if len(widths) == 0 {
		return nil, errors.New("chartsvg: no width to draw at")
	}
	for _, width := range widths {
		if width < 1 || height < 1 || width > MaxSide || height > MaxSide {
			return nil, fmt.Errorf("chartsvg: size %d×%d is outside 1…%d pixels", width, height, MaxSide)
		}
	}
	if !json.Valid(option) {
		return nil, errors.New("chartsvg: option is not valid JSON")
	}
	e, err := r.acquire(ctx)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeoutCause(ctx, r.opts.Timeout*time.Duration(len(widths)), ErrTimeout)
	defer cancel()
	stop := context.AfterFunc(ctx, func() { e.rt.Interrupt(context.Cause(ctx)) })
	svgs, said, err := e.run(option, widths, height, theme)
	// Interrupted (or about to be), or broken in a way a script error is
	// not: this runtime's state is unknown, so it is never used again (the
	// next drawing loads a fresh one).
	r.release(e, stop() && (err == nil || isJSException(err)))
	if r.opts.Warn != nil {
		for _, s := range said {
			r.opts.Warn(s)
		}
	}
	if err != nil {
		var ie *goja.InterruptedError
		if errors.As(err, &ie) {
			if cause, ok := ie.Value().(error); ok {
				return nil, fmt.Errorf("chartsvg: drawing stopped: %w", cause)
			}
		}
		return nil, fmt.Errorf("chartsvg: drawing failed: %w", err)
	}
	return svgs, nil
}

// run calls the drawing function, turning a panic into an error.
func (e *engine) run(option []byte, widths []int, height int, theme string) (svgs [][]byte, said []string, err error) {
	e.said = nil
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic in the JavaScript runtime: %v", p)
		}
		said, e.said = e.said, nil
	}()
	v, err := e.draw(goja.Undefined(), e.rt.ToValue(string(option)), e.rt.ToValue(widths), e.rt.ToValue(height), e.rt.ToValue(theme))
	if err != nil {
		return nil, nil, err
	}
	var out []string
	if err := e.rt.ExportTo(v, &out); err != nil || len(out) != len(widths) {
		return nil, nil, errors.New("ECharts returned no SVG")
	}
	for _, s := range out {
		svgs = append(svgs, []byte(s))
	}
	return svgs, nil, nil
}

// isJSException is a script error (an option ECharts throws on): the chart
// was disposed by the drawing function's finally, so the runtime is fine.
func isJSException(err error) bool {
	var ex *goja.Exception
	return errors.As(err, &ex)
}
