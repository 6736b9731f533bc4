//go:build !wasm

package components

// ServerDrawings, when the server sets it (before it prerenders or exports
// pages), draws a chart's ECharts option as the SVGs its container carries
// (one per width the stylesheet chooses among), or none when it cannot: the
// page then shows the empty box until the Wasm draws, as it did before.
var ServerDrawings func(option string, height int) []string

// drawings on the server follow the option: a page renders once in its
// view's default state before OnNav reads the URL, then in the URL's state.
func (c *Chart) drawings() []string {
	if ServerDrawings == nil {
		return nil
	}
	if c.svgs == nil || c.drawnFor != c.Option {
		c.svgs, c.drawnFor = ServerDrawings(c.Option, c.height()), c.Option
	}
	return c.svgs
}
