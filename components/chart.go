// Package components holds the reusable pieces of Bilateral's interface:
// the chart, figure cards, tables, navigation and the citation. They take
// ready-made text and options, so they know nothing of the dataset.
package components

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ChartRendered is the action a Chart sends once ECharts has drawn its first
// frame, so the view can tell when all its charts are on screen.
const ChartRendered = "bilateral.chart-rendered"

// ViewShown is the action the view host sends when it puts a kept view
// back in the document: a chart that was out of it missed the window's
// resizes, and fits its place again.
const ViewShown = "bilateral.view-shown"

// ChartSelected is the action a Chart sends when the reader clicks a bar or
// point; its value is the id of the figure or event it stands for.
const ChartSelected = "bilateral.chart-selected"

// Chart is a container ECharts draws into. Option is the ECharts option as
// JSON, built in Go (see app/charts); the container carries data-chart=ID and
// gets data-rendered="true" after the first frame, the readiness contract
// tests and benchmarks wait for.
type Chart struct {
	goapp.Compo

	ID     string
	Option string
	Label  string // the accessible name of the chart
	Height int    // CSS pixels, reserved before drawing so nothing shifts
	// Links, on the server, maps the id of each figure or event the chart
	// shows to the address of the state that selects it: the server's
	// drawing makes its bars links there (chart_server.go), answered before
	// the Wasm runs. The browser keeps the server's drawing as it came.
	Links map[string]string
	// MaxWidth, when set, caps the chart's box in CSS pixels: a place in a
	// layout that never makes the box wider says so, and the server draws
	// the chart only at the widths such a box shows (chart_server.go). The
	// cap is written on the box itself, so no screen can make the
	// stylesheet pick a drawing the page does not carry.
	MaxWidth int

	instance goapp.Value
	onFrame  goapp.Func
	onClick  goapp.Func
	drawn    bool
	// missedResize: the window was resized while the chart's view was
	// kept out of the document.
	missedResize bool
	waited       bool // for an idle period to draw in, out of the document

	// The server's drawings of this chart (served, in chart_server.go),
	// and the option they show; in the browser, whether the page came
	// with them (chart_client.go).
	svgs       []string
	drawnFor   string
	looked     bool
	fromServer bool
}

// DefaultChartHeight is a chart's height when its builder gives none.
const DefaultChartHeight = 320

func (c *Chart) height() int {
	if c.Height == 0 {
		return DefaultChartHeight
	}
	return c.Height
}

// Render reserves the chart's space and, when the server drew the chart,
// shows its drawings until ECharts draws in OnMount. The browser's render
// has none: the element keeps what the server drew in it
// (goapp.KeepServedChildren), draw empties it and ECharts draws in the
// same task, so the reader never sees it blank.
//
// The chart sits in a box as wide as its place: the stylesheet makes the
// chart itself the widest of the server's drawing widths the box holds
// (chart-box in web/bilateral.css), so ECharts, once the Wasm runs, draws
// at exactly the width of the drawing it replaces.
func (c *Chart) Render() goapp.UI {
	div := goapp.Div().
		Class("chart").
		DataSet("chart", c.ID).
		Attr("role", "img").
		Aria("label", c.Label).
		Style("height", strconv.Itoa(c.height())+"px")
	if drawn, svgs := c.served(); drawn {
		drawings := make([]goapp.UI, len(svgs))
		for i, s := range svgs {
			drawings[i] = goapp.Raw(s)
		}
		div = div.DataSet("drawn", "server").Attr(goapp.KeepServedChildren, "true").Body(drawings...)
	}
	box := goapp.Div().Class("chart-box")
	if c.MaxWidth > 0 {
		box = box.Style("max-width", strconv.Itoa(c.MaxWidth)+"px")
	}
	return box.Body(div)
}

// OnMount draws the chart once ECharts has loaded, and follows theme changes.
func (c *Chart) OnMount(ctx goapp.Context) {
	// Each of these changes only what ECharts drew: none renders the chart,
	// nor the views around it (go-app would render every view the host
	// keeps, once per chart).
	ctx.Handle(ThemeChanged, func(ctx goapp.Context, _ goapp.Action) { c.retheme(); ctx.PreventUpdate() })
	ctx.Handle(ViewShown, func(ctx goapp.Context, _ goapp.Action) {
		if c.missedResize {
			c.fit()
		}
		ctx.PreventUpdate()
	})
	ctx.Handle(PatternsChanged, func(ctx goapp.Context, _ goapp.Action) {
		if c.instance != nil {
			c.instance.Call("setOption", map[string]any{"aria": map[string]any{"decal": map[string]any{"show": patternsOn()}}})
		}
		ctx.PreventUpdate()
	})
	c.draw(ctx)
}

// retheme redraws in the page's new theme. ECharts 6 switches themes in
// place; an older build would need the chart made anew.
func (c *Chart) retheme() {
	if c.instance == nil {
		return
	}
	if c.instance.Get("setTheme").Truthy() {
		theme := Theme()
		if theme == nil {
			theme = "default"
		}
		c.instance.Call("setTheme", theme)
	}
}

// OnUpdate redraws with the new option when the parent changes it.
func (c *Chart) OnUpdate(ctx goapp.Context) {
	if c.instance != nil {
		c.instance.Call("setOption", c.option(), true)
	}
}

// OnResize keeps the chart the width of its container.
func (c *Chart) OnResize(ctx goapp.Context) { c.fit() }

// fit draws the chart again at its container's width if that changed. A
// chart of a view kept out of the document has no width: it fits when its
// view is shown again (ViewShown).
func (c *Chart) fit() {
	if !c.Mounted() {
		return
	}
	el := c.JSValue().Get("firstElementChild")
	// Also before its first drawing: it may have been measured already.
	if c.missedResize = !el.Get("isConnected").Bool(); c.missedResize || c.instance == nil {
		return
	}
	if w := el.Get("clientWidth").Int(); w != c.instance.Call("getWidth").Int() {
		c.instance.Call("resize", map[string]any{"width": w, "height": c.height()})
	}
}

// OnDismount frees the ECharts instance, so moving among views leaks none.
func (c *Chart) OnDismount() {
	if c.instance != nil {
		c.instance.Call("dispose")
		c.instance = nil
		countLive(-1)
	}
	for _, f := range []*goapp.Func{&c.onFrame, &c.onClick} {
		if *f != nil {
			(*f).Release()
			*f = nil
		}
	}
}

func (c *Chart) draw(ctx goapp.Context) {
	if !c.Mounted() {
		return
	}
	echarts := goapp.Window().Get("echarts")
	if !echarts.Truthy() {
		// ECharts is on its way (echarts_script.go); once it is there, each
		// chart draws in a task of its own.
		RequestECharts()
		inTask(ctx, 15, unrendered(c.draw))
		return
	}
	el := c.JSValue().Get("firstElementChild")
	if !el.Get("isConnected").Bool() && !c.waited {
		// A view built aside while the reader reads another: each of its
		// charts draws in an idle period of its own, so that reader's
		// input waits for one chart at most, not for a whole view.
		c.waited = true
		WhenIdle(2000, func() { ctx.Dispatch(unrendered(c.draw)) })
		return
	}
	// ECharts' SVG renderer draws beside what the container holds: the
	// server's drawing goes in the same task, so no frame shows neither.
	el.Call("replaceChildren")
	// The SVG renderer, with the text measures the server draws with
	// (tools/echarts/entry.js): the same drawing as the server's, so the
	// takeover changes nothing inside the chart either.
	// Its size is given, not read by ECharts: a view the host builds while
	// the reader reads another is out of the document, where nothing has
	// a size (widthOf).
	c.instance = echarts.Call("init", el, Theme(), map[string]any{"renderer": "svg", "width": widthOf(el), "height": c.height()})
	countLive(+1)
	c.onFrame = goapp.FuncOf(func(goapp.Value, []goapp.Value) any {
		if c.drawn {
			return nil
		}
		c.drawn = true
		ctx.Dispatch(unrendered(func(ctx goapp.Context) {
			el.Call("setAttribute", "data-rendered", "true")
			ctx.NewAction(ChartRendered)
		}))
		return nil
	})
	c.instance.Call("on", "rendered", c.onFrame)
	c.onClick = goapp.FuncOf(func(_ goapp.Value, args []goapp.Value) any {
		if len(args) == 0 {
			return nil
		}
		item := args[0].Get("data")
		if !item.Truthy() || item.Type() != goapp.TypeObject || !item.Get("ref").Truthy() {
			return nil
		}
		ref := item.Get("ref").String()
		ctx.Dispatch(unrendered(func(ctx goapp.Context) { ctx.NewActionWithValue(ChartSelected, ref) }))
		return nil
	})
	c.instance.Call("on", "click", c.onClick)
	c.instance.Call("setOption", c.option())
}

// widthOf is the width el has in the page. An element out of the document
// (a view built aside by the view host) is measured as it will be shown:
// the subtree it is in (its view's slot: a whole page) is put at the end of
// the body for the measure, laid out but invisible and of no height
// (web/bilateral.css), and taken out again in the same task, so no frame
// and no other script sees it there. That layout is a whole page's, so
// every chart of the subtree is measured with it, and the others keep
// their width for their own drawing.
func widthOf(el goapp.Value) int {
	if el.Get("isConnected").Bool() {
		return el.Get("clientWidth").Int()
	}
	if w := el.Get(measuredWidth); w.Truthy() {
		el.Delete(measuredWidth)
		return w.Int()
	}
	top := el
	for p := top.Get("parentNode"); p.Truthy(); p = top.Get("parentNode") {
		top = p
	}
	top.Call("setAttribute", "data-measured", "")
	goapp.Window().Get("document").Get("body").Call("append", top)
	charts := top.Call("querySelectorAll", ".chart")
	for i := 0; i < charts.Length(); i++ {
		charts.Index(i).Set(measuredWidth, charts.Index(i).Get("clientWidth").Int())
	}
	w := el.Get("clientWidth").Int()
	top.Call("remove")
	top.Call("removeAttribute", "data-measured")
	el.Delete(measuredWidth)
	return w
}

// measuredWidth is the property a chart's element keeps its measured width
// in until it draws (widthOf).
const measuredWidth = "bilateralMeasuredWidth"

// option is the chart's option with the reader's pattern preference applied.
func (c *Chart) option() goapp.Value {
	opt := parseJSON(c.Option)
	if aria := opt.Get("aria"); aria.Truthy() && patternsOn() {
		aria.Set("decal", map[string]any{"show": true})
	}
	return opt
}

func parseJSON(s string) goapp.Value {
	return goapp.Window().Get("JSON").Call("parse", s)
}

// live counts the ECharts instances in existence. It is published as
// window.bilateralLiveCharts so the browser suite can prove that navigating
// among views disposes every chart it made.
var live int

func countLive(delta int) {
	live += delta
	goapp.Window().Set("bilateralLiveCharts", live)
}
