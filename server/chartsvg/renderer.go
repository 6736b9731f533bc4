//go:build !wasm

package chartsvg

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"time"

	"github.com/dop251/goja"
)

// Limits a Renderer keeps unless Options say otherwise.
const (
	DefaultTimeout   = 5 * time.Second
	DefaultMaxOption = 1 << 20 // bytes of option JSON; ours are at most a few tens of kB
	MaxSide          = 4096    // pixels, either side
	maxCallDepth     = 5000
)

// Options tune a Renderer; the zero value is the defaults.
type Options struct {
	// Runtimes is how many JavaScript runtimes draw at once (GOMAXPROCS when 0).
	Runtimes int
	// Timeout bounds one drawing; the runtime is interrupted and replaced.
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
// one runtime from a pool (a goja runtime is not goroutine-safe).
type Renderer struct {
	opts Options
	pool chan *engine
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

const entry = `
(function (json, width, height, theme) {
  var chart = echarts.init(null, theme || null, {renderer: 'svg', ssr: true, width: width, height: height});
  try {
    chart.setOption(JSON.parse(json));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
})
`

// New loads the bundle into the pool's runtimes. It fails with ErrNoBundle
// when the binary was built without the bundle.
func New(o Options) (*Renderer, error) {
	if o.Runtimes <= 0 {
		o.Runtimes = runtime.GOMAXPROCS(0)
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxOption <= 0 {
		o.MaxOption = DefaultMaxOption
	}
	r := &Renderer{opts: o, pool: make(chan *engine, o.Runtimes)}
	for range o.Runtimes {
		e, err := r.newEngine()
		if err != nil {
			return nil, err
		}
		r.pool <- e
	}
	return r, nil
}

func (r *Renderer) newEngine() (*engine, error) {
	p, err := program()
	if err != nil {
		return nil, err
	}
	e := &engine{rt: goja.New()}
	// Deep enough for any chart; a hostile option nested deeper stops with
	// an error instead of growing the stack without bound.
	e.rt.SetMaxCallStackSize(maxCallDepth)
	if err := e.rt.Set("__say", func(s string) { e.said = append(e.said, s) }); err != nil {
		return nil, err
	}
	if _, err := e.rt.RunString(glue); err != nil {
		return nil, fmt.Errorf("chartsvg: preparing the runtime: %w", err)
	}
	if _, err := e.rt.RunProgram(p); err != nil {
		return nil, fmt.Errorf("chartsvg: loading the ECharts bundle: %w", err)
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
	svg, err := r.render(ctx, option, width, height, theme)
	if err != nil {
		return nil, err
	}
	return []byte(prefixed(renumber(string(svg)))), nil
}

// RenderThemed draws option once for a page of either theme: the light
// drawing, recoloured by CSS where ECharts' dark theme differs when the page
// is dark (see theme.go). It costs two drawings.
func (r *Renderer) RenderThemed(ctx context.Context, option []byte, width, height int) ([]byte, error) {
	light, err := r.render(ctx, option, width, height, "")
	if err != nil {
		return nil, err
	}
	dark, err := r.render(ctx, option, width, height, "dark")
	if err != nil {
		return nil, err
	}
	svg, err := themed(renumber(string(light)), renumber(string(dark)))
	if err != nil {
		return nil, err
	}
	return []byte(prefixed(svg)), nil
}

// render draws one theme's SVG as ECharts makes it.
func (r *Renderer) render(ctx context.Context, option []byte, width, height int, theme string) ([]byte, error) {
	if len(option) > r.opts.MaxOption {
		return nil, fmt.Errorf("chartsvg: option of %d bytes is over the limit of %d", len(option), r.opts.MaxOption)
	}
	if width < 1 || height < 1 || width > MaxSide || height > MaxSide {
		return nil, fmt.Errorf("chartsvg: size %d×%d is outside 1…%d pixels", width, height, MaxSide)
	}
	if !json.Valid(option) {
		return nil, errors.New("chartsvg: option is not valid JSON")
	}
	var e *engine
	select {
	case e = <-r.pool:
	case <-ctx.Done():
		return nil, fmt.Errorf("chartsvg: waiting for a runtime: %w", context.Cause(ctx))
	}
	ctx, cancel := context.WithTimeoutCause(ctx, r.opts.Timeout, ErrTimeout)
	defer cancel()
	stop := context.AfterFunc(ctx, func() { e.rt.Interrupt(context.Cause(ctx)) })
	svg, said, err := e.run(option, width, height, theme)
	if !stop() || err != nil && !isJSException(err) {
		// Interrupted (or about to be), or broken in a way a script error is
		// not: this runtime's state is unknown, so it is never used again.
		go r.replace()
	} else {
		r.pool <- e
	}
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
	return svg, nil
}

// run calls the drawing function, turning a panic into an error.
func (e *engine) run(option []byte, width, height int, theme string) (svg []byte, said []string, err error) {
	e.said = nil
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic in the JavaScript runtime: %v", p)
		}
		said, e.said = e.said, nil
	}()
	v, err := e.draw(goja.Undefined(), e.rt.ToValue(string(option)), e.rt.ToValue(width), e.rt.ToValue(height), e.rt.ToValue(theme))
	if err != nil {
		return nil, nil, err
	}
	s, ok := v.Export().(string)
	if !ok {
		return nil, nil, errors.New("ECharts returned no SVG")
	}
	return []byte(s), nil, nil
}

// isJSException is a script error (an option ECharts throws on): the chart
// was disposed by the drawing function's finally, so the runtime is fine.
func isJSException(err error) bool {
	var ex *goja.Exception
	return errors.As(err, &ex)
}

// replace puts a fresh runtime in the pool in place of a discarded one.
// Making one cannot fail once New has made the first (same compiled
// program), so a failure is retried rather than shrinking the pool for good.
func (r *Renderer) replace() {
	for {
		e, err := r.newEngine()
		if err == nil {
			r.pool <- e
			return
		}
		time.Sleep(time.Second)
	}
}
