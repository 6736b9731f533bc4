//go:build !wasm

package chartsvg

import (
	"encoding/json"
	"html"
	"regexp"
	"strconv"
)

// mark matches one shape ECharts drew for a data item, with the indices its
// server-side renderer writes on it (ecmeta_*, ECharts 6.1 with ssr: true),
// up to its end tag: ECharts writes every shape as <path …></path>.
var mark = regexp.MustCompile(`<path\s[^>]*\becmeta_series_index="(\d+)"\s+ecmeta_data_index="(\d+)"[^>]*></path>`)

// Linked makes each shape of svg that stands for an item of option with a
// "ref" (the figure or event id app/charts puts on it, which the browser's
// click handler reads) a link to links[ref]: the address of the state that
// selects it. Before the Wasm runs, the browser answers a tap on a bar by
// loading that state's page, as a click on the live chart selects it.
// A shape without a known ref stays as it is. The links leave the tab
// order: the drawing is aria-hidden, and every figure it links to has its
// own link in the view's cards or table. The indices go: nothing reads
// them after this, and a page carries many drawings.
func Linked(svg string, option []byte, links map[string]string) string {
	return itemIndex.ReplaceAllString(linked(svg, option, links), "")
}

// itemIndex is one of the attributes ECharts' renderer writes on a shape.
var itemIndex = regexp.MustCompile(` ecmeta_[a-z_]+="[^"]*"`)

func linked(svg string, option []byte, links map[string]string) string {
	if len(links) == 0 {
		return svg
	}
	var o struct {
		Series []struct {
			Data []json.RawMessage `json:"data"`
		} `json:"series"`
	}
	if json.Unmarshal(option, &o) != nil {
		return svg
	}
	refOf := func(series, item string) string {
		s, err1 := strconv.Atoi(series)
		i, err2 := strconv.Atoi(item)
		if err1 != nil || err2 != nil || s >= len(o.Series) || i >= len(o.Series[s].Data) {
			return ""
		}
		var d struct {
			Ref string `json:"ref"`
		}
		if json.Unmarshal(o.Series[s].Data[i], &d) != nil {
			return ""
		}
		return d.Ref
	}
	return mark.ReplaceAllStringFunc(svg, func(m string) string {
		sub := mark.FindStringSubmatch(m)
		href, ok := links[refOf(sub[1], sub[2])]
		if !ok || href == "" {
			return m
		}
		return `<a href="` + html.EscapeString(href) + `" tabindex="-1">` + m + `</a>`
	})
}
