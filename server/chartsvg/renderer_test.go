//go:build !wasm

package chartsvg

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/dop251/goja"
)

// testTimeout is generous: these tests check what is drawn, not how fast,
// on machines that may be busy.
const testTimeout = time.Minute

// shared is one Renderer for the tests that only draw, collecting what
// ECharts warns about.
var (
	warnMu   sync.Mutex
	warnings []string
	shared   = sync.OnceValue(func() *Renderer {
		return New(Options{Runtimes: 2, Timeout: testTimeout, Warn: func(s string) {
			warnMu.Lock()
			warnings = append(warnings, s)
			warnMu.Unlock()
		}})
	})
)

func renderer(t *testing.T) *Renderer {
	t.Helper()
	return shared()
}

// takeWarnings returns and forgets what ECharts warned about so far.
func takeWarnings() []string {
	warnMu.Lock()
	defer warnMu.Unlock()
	w := warnings
	warnings = nil
	return w
}

// svgText parses svg as XML (failing the test if it is not well-formed),
// checks its root is <svg>, and returns its text, one string per element.
func svgText(t *testing.T, svg []byte) []string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	var texts []string
	depth, roots := 0, 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v\n%s", err, svg)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
				if tok.Name.Local != "svg" {
					t.Fatalf("root element is <%s>, not <svg>", tok.Name.Local)
				}
			}
			if tok.Name.Local == "script" || tok.Name.Local == "foreignObject" {
				t.Fatalf("SVG has a <%s> element", tok.Name.Local)
			}
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			if s := strings.TrimSpace(string(tok)); s != "" {
				texts = append(texts, s)
			}
		}
	}
	if roots != 1 {
		t.Fatalf("SVG has %d root elements", roots)
	}
	return texts
}

// hostile puts markup and quotes wherever an option carries text.
const hostile = `</text><script>alert(1)</script>&amp;"'`

func hostileOption() []byte {
	return []byte(fmt.Sprintf(`{
  "animation": false,
  "title": {"text": %[1]q},
  "xAxis": {"type": "category", "data": [%[1]q, "b"], "name": %[1]q},
  "yAxis": {"type": "value"},
  "series": [{"type": "bar", "name": %[1]q, "data": [1, 2], "label": {"show": true, "formatter": %[1]q}}]
}`, hostile))
}

func TestHostileTextIsEscaped(t *testing.T) {
	r := renderer(t)
	for _, themedToo := range []bool{false, true} {
		var svg []byte
		var err error
		if themedToo {
			svg, err = r.RenderThemed(context.Background(), hostileOption(), 600, 300)
		} else {
			svg, err = r.Render(context.Background(), hostileOption(), 600, 300, false)
		}
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(svg, []byte("<script")) {
			t.Errorf("themed=%v: the SVG holds a <script> tag:\n%s", themedToo, svg)
		}
		// svgText fails on any <script> element; the text must survive
		// intact as text (title, axis name, category, label).
		n := 0
		for _, s := range svgText(t, svg) {
			if s == hostile {
				n++
			}
		}
		if n < 3 {
			t.Errorf("themed=%v: the hostile text shows %d times as text, want it escaped and shown (title, axis, label)", themedToo, n)
		}
	}
}

func TestLimits(t *testing.T) {
	r := New(Options{Runtimes: 1, Timeout: testTimeout, MaxOption: 100})
	ctx := context.Background()
	small := []byte(`{"series":[]}`)
	for name, f := range map[string]func() ([]byte, error){
		"too big":      func() ([]byte, error) { return r.Render(ctx, bytes.Repeat([]byte(" "), 101), 600, 300, false) },
		"not JSON":     func() ([]byte, error) { return r.Render(ctx, []byte(`{"series":`), 600, 300, false) },
		"zero width":   func() ([]byte, error) { return r.Render(ctx, small, 0, 300, false) },
		"too tall":     func() ([]byte, error) { return r.Render(ctx, small, 600, MaxSide+1, false) },
		"themed limit": func() ([]byte, error) { return r.RenderThemed(ctx, small, -1, 300) },
	} {
		if svg, err := f(); err == nil {
			t.Errorf("%s: drew %d bytes, want an error", name, len(svg))
		}
	}
	// A script error (an option ECharts throws on) is an error, and the
	// runtime goes on drawing.
	if _, err := r.Render(ctx, []byte(`{"series":[{"type":"nosuchchart"}],"xAxis":{"type":"nosuchaxis"}}`), 600, 300, false); err != nil {
		t.Logf("unknown chart type: %v", err)
	}
	if _, err := r.Render(ctx, small, 600, 300, false); err != nil {
		t.Errorf("after bad input the renderer no longer draws: %v", err)
	}
}

// runaway makes a Renderer whose runtimes loop for ever when asked for a
// drawing 999 pixels wide, and panic in Go when asked for 998: a stand-in
// for an option that sends ECharts into an endless (or merely very long)
// computation, or breaks the runtime.
func runaway(t *testing.T, timeout time.Duration) *Renderer {
	t.Helper()
	r := New(Options{Runtimes: 1, Timeout: timeout, setup: func(rt *goja.Runtime) error {
		if err := rt.Set("__boom", func() { panic("boom") }); err != nil {
			return err
		}
		_, err := rt.RunString(`
var __echarts = echarts;
globalThis.echarts = {init: function (dom, theme, opts) {
  if (opts.width === 999) { for (;;) {} }
  if (opts.width === 998) { __boom(); }
  return __echarts.init(dom, theme, opts);
}};`)
		return err
	}})
	if err := r.Check(); err != nil {
		t.Fatal(err)
	}
	return r
}

// within runs f and fails the test if it has not returned after limit.
func within(t *testing.T, limit time.Duration, f func() error) error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- f() }()
	select {
	case err := <-done:
		return err
	case <-time.After(limit):
		t.Fatalf("still drawing after %v: the bound did not stop it", limit)
		return nil
	}
}

func TestRunawayIsStopped(t *testing.T) {
	const bound = 300 * time.Millisecond
	r := runaway(t, bound)
	ctx := context.Background()
	opt := []byte(`{"series":[]}`)
	for i := range 2 {
		err := within(t, 30*time.Second, func() error {
			_, err := r.Render(ctx, opt, 999, 300, false)
			return err
		})
		if !errors.Is(err, ErrTimeout) {
			t.Fatalf("run %d: got %v, want ErrTimeout", i, err)
		}
		// The interrupted runtime was dropped: a fresh one draws.
		if _, err := r.Render(ctx, opt, 600, 300, false); err != nil {
			t.Fatalf("run %d: after a runaway the renderer no longer draws: %v", i, err)
		}
		// Check's own runtime was dropped, then each run's runaway was.
		if loaded, held := r.Runtimes(); loaded != i+3 || held != 1 {
			t.Fatalf("run %d: %d runtimes loaded, %d held; want %d, 1 (the interrupted one never reused)", i, loaded, held, i+3)
		}
	}
}

func TestCancelStopsDrawing(t *testing.T) {
	r := runaway(t, testTimeout)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	err := within(t, 30*time.Second, func() error {
		_, err := r.Render(ctx, []byte(`{}`), 999, 300, false)
		return err
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
	if _, err := r.Render(context.Background(), []byte(`{}`), 600, 300, false); err != nil {
		t.Fatalf("after a cancelled drawing the renderer no longer draws: %v", err)
	}
}

func TestPanicReplacesRuntime(t *testing.T) {
	r := runaway(t, testTimeout)
	ctx := context.Background()
	if _, err := r.Render(ctx, []byte(`{}`), 998, 300, false); err == nil || !strings.Contains(err.Error(), "boom") {
		t.Fatalf("got %v, want the panic as an error", err)
	}
	if _, err := r.Render(ctx, []byte(`{}`), 600, 300, false); err != nil {
		t.Fatalf("after a panic the renderer no longer draws: %v", err)
	}
}

func TestMissingBundleSaysWhatToRun(t *testing.T) {
	_, err := compile(fstest.MapFS{"bundle/README.md": {Data: []byte("x")}})
	if !errors.Is(err, ErrNoBundle) || !strings.Contains(err.Error(), "make deps") {
		t.Fatalf("got %v, want ErrNoBundle naming `make deps`", err)
	}
}

// TestCheckLeavesNothingLoaded: Check proves the bundle loads and keeps
// neither the runtime nor the compiled bundle, so the server's start, which
// makes pages without drawings next, holds no ECharts.
func TestCheckLeavesNothingLoaded(t *testing.T) {
	idle := make(chan struct{}, 1)
	r := New(Options{Timeout: testTimeout, Idle: func() { idle <- struct{}{} }})
	if err := r.Check(); err != nil {
		t.Fatal(err)
	}
	if loaded, held := r.Runtimes(); loaded != 1 || held != 0 {
		t.Fatalf("after Check %d runtimes loaded, %d held; want 1, 0", loaded, held)
	}
	compiled.Lock()
	kept := compiled.p != nil
	compiled.Unlock()
	if kept {
		t.Error("Check kept the compiled bundle")
	}
	select {
	case <-idle:
	default:
		t.Error("Check did not call Idle, where the server gives the memory back")
	}
}

// TestRuntimesLazyAndDroppedWhenIdle: New loads nothing; a drawing loads one
// runtime and at most Runtimes draw at once; IdleAfter after the last
// drawing every runtime is dropped and Idle called; the next drawing loads
// a fresh one.
func TestRuntimesLazyAndDroppedWhenIdle(t *testing.T) {
	idle := make(chan struct{}, 4)
	const after = 50 * time.Millisecond
	r := New(Options{Runtimes: 2, Timeout: testTimeout, IdleAfter: after, Idle: func() { idle <- struct{}{} }})
	if loaded, held := r.Runtimes(); loaded != 0 || held != 0 {
		t.Fatalf("New loaded %d runtimes (%d held), want none", loaded, held)
	}
	opt := []byte(`{"xAxis":{"type":"category","data":["a"]},"yAxis":{},"series":[{"type":"bar","data":[1]}]}`)
	draw := func() {
		t.Helper()
		if _, err := r.Render(context.Background(), opt, 300, 200, false); err != nil {
			t.Fatal(err)
		}
	}
	draw()
	draw()
	if loaded, held := r.Runtimes(); loaded != 1 || held != 1 {
		t.Fatalf("two drawings one after the other: %d runtimes loaded, %d held; want 1, 1", loaded, held)
	}
	var wg sync.WaitGroup
	for range 6 {
		wg.Go(draw)
	}
	wg.Wait()
	if loaded, held := r.Runtimes(); loaded > 2 || held != loaded {
		t.Fatalf("six drawings at once: %d runtimes loaded, %d held; want at most Runtimes (2), all held", loaded, held)
	}
	select {
	case <-idle:
	case <-time.After(30 * time.Second):
		t.Fatal("the runtimes were not dropped when idle")
	}
	loaded, held := r.Runtimes()
	if held != 0 {
		t.Fatalf("idle: %d runtimes held, want 0", held)
	}
	compiled.Lock()
	if compiled.p != nil {
		t.Error("idle: the compiled bundle is still held")
	}
	compiled.Unlock()
	draw()
	if l, h := r.Runtimes(); l != loaded+1 || h != 1 {
		t.Fatalf("after idle: %d runtimes loaded, %d held; want %d, 1", l, h, loaded+1)
	}
}

// TestBusyIsNotIdle: runtimes drawing are never dropped, however long the
// drawing takes, and the countdown starts when the last one ends.
func TestBusyIsNotIdle(t *testing.T) {
	idle := make(chan struct{}, 4)
	r := New(Options{Runtimes: 1, Timeout: testTimeout, IdleAfter: time.Millisecond, Idle: func() { idle <- struct{}{} }})
	e, err := r.acquire(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	r.dropIdle() // as the timer of an earlier drawing would, mid-drawing
	select {
	case <-idle:
		t.Fatal("dropped while drawing")
	default:
	}
	r.release(e, true)
	select {
	case <-idle:
	case <-time.After(30 * time.Second):
		t.Fatal("not dropped after the drawing ended")
	}
	if _, held := r.Runtimes(); held != 0 {
		t.Fatalf("%d runtimes held after idle", held)
	}
}
