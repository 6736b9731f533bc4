//go:build !wasm

package components

import (
	"bytes"
	"sort"
	"strconv"
	"strings"
)

// ServerDrawings, when the server sets it (before it prerenders or exports
// pages), draws a chart's ECharts option as the SVGs its container carries
// (one per width the stylesheet chooses among, those a box at most
// maxWidth wide can show when maxWidth is set), its items linked to the
// addresses links gives, after the <style> that recolours them on a dark
// page, or none when it cannot: the page then shows the empty box until
// the Wasm draws, as it did before.
var ServerDrawings func(option string, height, maxWidth int, links map[string]string) []string

// served is the server's drawings of the chart, which follow the option: a
// page renders once in its view's default state before OnNav reads the
// URL, then in the URL's state.
func (c *Chart) served() (bool, []string) {
	if ServerDrawings == nil {
		return false, nil
	}
	if key := c.Option + linksKey(c.Links) + "\x00" + strconv.Itoa(c.MaxWidth); c.svgs == nil || c.drawnFor != key {
		c.svgs, c.drawnFor = ServerDrawings(c.Option, c.height(), c.MaxWidth, c.Links), key
	}
	return len(c.svgs) > 0, c.svgs
}

// Undrawn reports whether a page made with ServerDrawings set has a chart
// without the server's drawings: one whose drawing failed or ran out of
// time. The page works (the Wasm draws the chart), but is not one to keep.
func Undrawn(page []byte) bool {
	return bytes.Count(page, []byte(` data-chart="`)) > bytes.Count(page, []byte(` data-drawn="server"`))
}

// linksKey tells one set of links from another.
func linksKey(links map[string]string) string {
	keys := make([]string, 0, len(links))
	for k := range links {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		b.WriteString("\x00" + k + "\x00" + links[k])
	}
	return b.String()
}
