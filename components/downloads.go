package components

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Downloads lets a reader take one chart away as an image or as data, made
// in the browser from what is already loaded (so it works offline too). The
// image carries the title, the source, the publisher's address (the link
// the article's terms require; a real hyperlink in the SVG) and the page's
// address drawn in; the data files carry source columns on every row.
type Downloads struct {
	goapp.Compo

	Name   string // file name without extension: "bilateral-energy-oil"
	Title  string // drawn at the top of the image
	Source string // drawn under the title, before the page address
	// Link is the publisher's address the article's terms require with any
	// reuse: drawn on its own line under Source, and a hyperlink in the SVG.
	Link   string
	Option string // the chart's ECharts option (JSON)
	// Notes are the chart's footnotes ("hatched = derived"), drawn under
	// the image: a picture taken away must still say what its marks mean.
	Notes  []string
	Height int // the chart's height on screen
	// Files makes the CSV and JSON on demand: only a reader who asks for
	// them pays for writing them, not every render of every chart.
	Files func() (csv, json string)

	Label                                   string // the group's accessible name
	PNGLabel, SVGLabel, CSVLabel, JSONLabel string
}

// Render is a compact row of buttons.
func (d *Downloads) Render() goapp.UI {
	button := func(label, kind string) goapp.UI {
		return goapp.Button().Type("button").Class("download").DataSet("download", kind).Text(label).
			OnClick(func(ctx goapp.Context, e goapp.Event) { d.download(kind) })
	}
	return goapp.Div().Class("downloads").Attr("role", "group").Aria("label", d.Label).Body(
		button(d.PNGLabel, "png"), button(d.SVGLabel, "svg"), button(d.CSVLabel, "csv"), button(d.JSONLabel, "json"),
	)
}

func (d *Downloads) download(kind string) {
	switch kind {
	case "png":
		if url := d.render("canvas"); url != "" {
			save(url, d.Name+".png")
		}
	case "svg":
		if svg := d.render("svg"); svg != "" {
			saveBlob(LinkSVGText(svg, d.Link), "image/svg+xml", d.Name+".svg")
		}
	case "csv":
		csv, _ := d.Files()
		saveBlob(csv, "text/csv;charset=utf-8", d.Name+".csv")
	case "json":
		_, json := d.Files()
		saveBlob(json, "application/json", d.Name+".json")
	}
}

// headHeight is the room above the chart for the title and subtext's
// lines (CSS pixels): 88 for a title and three lines.
func headHeight(subtext string) int {
	return 43 + subtextLine*(strings.Count(subtext, "\n")+1)
}

// subtextLine is a line of the 11 px subtext, set as its lineHeight so
// headHeight can count on it.
const subtextLine = 15

// exportWidth is the width of a downloaded image in CSS pixels (the PNG is
// drawn at twice that), independent of the reader's screen.
const exportWidth = 960

// render draws the chart off screen with a title and source line and
// returns a PNG data URL (canvas) or an SVG document (svg).
func (d *Downloads) render(renderer string) string {
	win := goapp.Window()
	echarts := win.Get("echarts")
	if !echarts.Truthy() {
		return ""
	}
	h := d.Height
	if h == 0 {
		h = DefaultChartHeight
	}
	foot := notesHeight(d.Notes)
	sub := Subtext(d.Source, d.Link, win.Get("location").Get("href").String())
	top := headHeight(sub)
	h += top + foot
	opt := win.Get("JSON").Call("parse", d.Option)
	head := map[string]any{
		"text": d.Title, "subtext": sub,
		"left": 16, "top": 8,
		"textStyle":    map[string]any{"fontSize": 16, "color": "#1b1f24"},
		"subtextStyle": map[string]any{"fontSize": 11, "lineHeight": subtextLine, "color": "#4b5563"},
	}
	// The chart's own titles (a panel's, a composition's total) move down
	// under ours rather than being replaced by it.
	titles := []any{head}
	for _, t := range list(opt.Get("title")) {
		if t.Get("top").Type() == goapp.TypeNumber {
			t.Set("top", t.Get("top").Int()+top)
		}
		titles = append(titles, t)
	}
	for _, grid := range list(opt.Get("grid")) {
		grid.Set("top", grid.Get("top").Int()+top)
		grid.Set("bottom", grid.Get("bottom").Int()+foot)
	}
	if foot > 0 {
		// A title at the foot: our ECharts build has no graphic component.
		titles = append(titles, map[string]any{
			"text": strings.Join(noteLines(d.Notes), "\n"), "left": 16, "bottom": 8,
			"textStyle": map[string]any{"fontSize": 11, "fontWeight": "normal", "lineHeight": noteLine, "color": "#4b5563",
				"width": exportWidth - 32, "overflow": "break"},
		})
	}
	opt.Set("title", titles)
	if legend := opt.Get("legend"); legend.Truthy() && legend.Type() == goapp.TypeObject && legend.Get("top").Type() == goapp.TypeNumber {
		legend.Set("top", legend.Get("top").Int()+top-12)
	}
	opt.Set("backgroundColor", "#ffffff")
	var inst goapp.Value
	if renderer == "svg" {
		inst = echarts.Call("init", nil, nil, map[string]any{"renderer": "svg", "ssr": true, "width": exportWidth, "height": h})
	} else {
		div := win.Get("document").Call("createElement", "div")
		inst = echarts.Call("init", div, nil, map[string]any{"renderer": "canvas", "width": exportWidth, "height": h})
	}
	defer inst.Call("dispose")
	inst.Call("setOption", opt)
	if renderer == "svg" {
		return inst.Call("renderToSVGString").String()
	}
	return inst.Call("getDataURL", map[string]any{"type": "png", "pixelRatio": 2, "backgroundColor": "#ffffff"}).String()
}

// noteLine is a footnote line's height.
const noteLine = 16

// noteLines are the footnotes as drawn, wrapped at spaces as the citation
// is: ECharts' own wrapping breaks a line anywhere after a letter it does
// not know as one (zrender's isAlphabeticLetter skips U+0250–U+036F, and
// with it Azerbaijani "ə"), which cut a note in mid-word.
func noteLines(notes []string) []string {
	var lines []string
	for _, n := range notes {
		lines = append(lines, wrapWords(n, sourceChars)...)
	}
	return lines
}

// notesHeight is the room the footnotes need under the chart.
func notesHeight(notes []string) int {
	if len(notes) == 0 {
		return 0
	}
	return len(noteLines(notes))*noteLine + 16
}

// list is an option's component as a list: ECharts takes one object or an
// array of them.
func list(v goapp.Value) []goapp.Value {
	switch {
	case !v.Truthy() || v.Type() != goapp.TypeObject:
		return nil
	case goapp.Window().Get("Array").Call("isArray", v).Bool():
		out := make([]goapp.Value, v.Length())
		for i := range out {
			out[i] = v.Index(i)
		}
		return out
	}
	return []goapp.Value{v}
}

// saveBlob offers text as a file download.
func saveBlob(text, mime, name string) {
	offer(goapp.Window().Get("Blob").New([]any{text}, map[string]any{"type": mime}), name)
}

// offer hands a Blob to the reader as a file called name.
func offer(blob goapp.Value, name string) {
	win := goapp.Window()
	url := win.Get("URL").Call("createObjectURL", blob).String()
	save(url, name)
	// Revoking at once can cancel the download in some browsers; a minute
	// later the file has long been handed over.
	SetTimeout(60000, func() { win.Get("URL").Call("revokeObjectURL", url) })
}

// save clicks a temporary download link.
func save(url, name string) {
	doc := goapp.Window().Get("document")
	a := doc.Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	doc.Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
}
