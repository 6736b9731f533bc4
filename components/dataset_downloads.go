package components

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// DatasetDownloads lets a reader take the whole dataset away: the file
// itself as JSON, and every table as CSV in one zip (with a README.txt that
// describes the columns and the source's terms). Both are made in the
// browser from the dataset already loaded (data/export), so they work
// offline and follow a -data file. Every word shown comes from the fields.
type DatasetDownloads struct {
	goapp.Compo

	Name string // file name without extension: "bilateral-dataset" → .json and .zip
	JSON []byte // export.JSON(d)
	Zip  []byte // export.Zip(d, lang)

	Label     string // the group's accessible name
	JSONLabel string // "Whole dataset (JSON)"
	ZipLabel  string // "All tables (ZIP of CSVs)"
	Note      string // optional line under the buttons, such as the terms of reuse
}

// Render is a row of two buttons, marked data-download="dataset-json" and
// "dataset-zip", with the note, if any, under it.
func (d *DatasetDownloads) Render() goapp.UI {
	button := func(label, kind string, body []byte) goapp.UI {
		return goapp.Button().Type("button").Class("download").DataSet("download", kind).
			Disabled(len(body) == 0).Text(label).
			OnClick(func(ctx goapp.Context, e goapp.Event) { d.download(kind) })
	}
	return goapp.Div().Class("dataset-downloads").Body(
		goapp.Div().Class("downloads").Attr("role", "group").Aria("label", d.Label).Body(
			button(d.JSONLabel, "dataset-json", d.JSON),
			button(d.ZipLabel, "dataset-zip", d.Zip),
		),
		goapp.If(d.Note != "", func() goapp.UI {
			return goapp.P().Class("download-note").Text(d.Note)
		}),
	)
}

func (d *DatasetDownloads) download(kind string) {
	name := d.Name
	if name == "" {
		name = "dataset"
	}
	switch kind {
	case "dataset-json":
		saveBytes(d.JSON, "application/json", name+".json")
	case "dataset-zip":
		saveBytes(d.Zip, "application/zip", name+".zip")
	}
}

// saveBytes offers b as a file download, copied into a Blob as it is (a
// string would be re-encoded as UTF-8, which breaks binary files).
func saveBytes(b []byte, mime, name string) {
	if len(b) == 0 {
		return
	}
	win := goapp.Window()
	u8 := win.Get("Uint8Array").New(len(b))
	goapp.CopyBytesToJS(u8, b)
	offer(win.Get("Blob").New([]any{u8}, map[string]any{"type": mime}), name)
}
