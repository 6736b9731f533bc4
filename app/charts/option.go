// Package charts builds ECharts options in Go as plain JSON data, typed with
// go-echarts' opts where its types reach: no JS functions, and nothing of
// go-echarts' charts package, whose template rendering (html/template and
// all) would swell the Wasm for options we only need as JSON. It is pure Go
// so every option is tested natively.
package charts

import (
	"encoding/json"
	"fmt"

	"github.com/go-echarts/go-echarts/v2/opts"
)

// Option is an ECharts option as generic JSON, so we can add what go-echarts'
// types lack (aria descriptions, decals, mark areas) before it is sent.
type Option map[string]any

// base is the part of an option that go-echarts' opts types: the tooltip,
// the axes and the series with their data. A builder fills it and turns it
// into an Option to add the rest.
type base struct {
	Tooltip *opts.Tooltip `json:"tooltip,omitempty"`
	XAxis   []opts.XAxis  `json:"xAxis,omitempty"`
	YAxis   []opts.YAxis  `json:"yAxis,omitempty"`
	Series  []series      `json:"series"`
}

// series is one series. Its data items are go-echarts' (opts.BarData,
// opts.LineData, opts.ScatterData); the series type itself
// lives in go-echarts' charts package, which we do not link.
type series struct {
	Name  string `json:"name,omitempty"`
	Type  string `json:"type"` // a types.Chart* name
	Stack string `json:"stack,omitempty"`
	Data  any    `json:"data,omitempty"`
}

// itemTooltip is the tooltip every chart of ours shows: one per item, with
// the item's own text.
func itemTooltip() *opts.Tooltip {
	return &opts.Tooltip{Show: opts.Bool(true), Trigger: "item"}
}

// option turns the typed part into an Option.
func (b base) option() (Option, error) {
	j, err := json.Marshal(b)
	if err != nil {
		return nil, fmt.Errorf("encoding chart option: %w", err)
	}
	var o Option
	if err := json.Unmarshal(j, &o); err != nil {
		return nil, fmt.Errorf("decoding chart option: %w", err)
	}
	return o, nil
}

// JSON is the option as ECharts' setOption expects it.
func (o Option) JSON() string {
	b, err := json.Marshal(o)
	if err != nil {
		// An Option only ever holds JSON-decoded values, which always encode.
		panic(err)
	}
	return string(b)
}

// series returns series i as a map, or nil.
func (o Option) series(i int) map[string]any {
	list, _ := o["series"].([]any)
	if i < 0 || i >= len(list) {
		return nil
	}
	s, _ := list[i].(map[string]any)
	return s
}

// item returns data item j of series i as a map, or nil.
func (o Option) item(i, j int) map[string]any {
	s := o.series(i)
	if s == nil {
		return nil
	}
	list, _ := s["data"].([]any)
	if j < 0 || j >= len(list) {
		return nil
	}
	m, _ := list[j].(map[string]any)
	return m
}

// frame sets what every chart of ours shares: an accessible description,
// explicit legend and grid positions (ECharts 6 moved the default legend to
// the bottom), our palette, and no entry animation so the first frame is final.
func (o Option) frame(description string) {
	o["aria"] = map[string]any{
		"enabled": true,
		"label":   map[string]any{"enabled": true, "description": description},
		"decal":   map[string]any{"show": false},
	}
	o["color"] = Palette
	// The card's own background shows through, in either theme.
	o["backgroundColor"] = "transparent"
	o["animation"] = false
	o["legend"] = map[string]any{"show": false}
	o["grid"] = labelledGrid(56, 24, 40, 48)
}

// labelledGrid places the plot with its axis labels inside the margins
// given: ECharts 6's spelling of containLabel. containLabel itself needs the
// LegacyGridContainLabel feature, which our builds leave out; without it
// ECharts lays the grid out exactly like this (no clamp) and warns.
func labelledGrid(left, right, top, bottom int) map[string]any {
	return map[string]any{
		"left": left, "right": right, "top": top, "bottom": bottom,
		"outerBoundsMode": "same", "outerBoundsContain": "axisLabel",
		"outerBoundsClampWidth": 0, "outerBoundsClampHeight": 0,
	}
}

// derivedStyle draws a derived value lighter and hatched, with a dashed
// border, so it never passes for a figure the source stated. The fill is
// the colour lightened rather than an opacity, which would fade the value's
// label too and take the page's colour in the dark theme.
func derivedStyle(color string) map[string]any {
	return map[string]any{
		"color":       lighten(color, 0.6),
		"borderColor": color,
		"borderWidth": 1.5,
		"borderType":  "dashed",
		"decal": map[string]any{
			"symbol":     "rect",
			"dashArrayX": []any{1, 0},
			"dashArrayY": []any{3, 5},
			"rotation":   -0.785,
			"color":      "rgba(255,255,255,0.6)",
		},
	}
}

// narrowWidth is the chart width, in pixels, at and below which the narrow
// layout applies: phones, whose charts are about 340 px wide.
const narrowWidth = 500

// narrow adds part to what the option changes on narrow charts, as an
// ECharts media query: the browser and the server's SVG (drawn at phone
// and desktop widths) both apply it, from the one option.
func (o Option) narrow(part Option) {
	var entry map[string]any
	list, _ := o["media"].([]any)
	if len(list) > 0 {
		entry, _ = list[0].(map[string]any)
	}
	if entry == nil {
		entry = map[string]any{"query": map[string]any{"maxWidth": narrowWidth}, "option": map[string]any{}}
		o["media"] = []any{entry}
	}
	opt := entry["option"].(map[string]any)
	for k, v := range part {
		opt[k] = v
	}
}
