//go:build !wasm

package site

import (
	_ "embed"
	"net/http"
	"strings"
	"sync"

	"bilateral/app/i18n"
	"bilateral/data"
	"bilateral/data/export"
	"bilateral/server/assets"
)

// The dataset as tables, and its schema, for scripts and spreadsheets:
//
//	/data/figures.csv             one row per figure (data/export.FiguresCSV)
//	/data/events.csv              one row per event
//	/data/series.csv              one row per point of each series, gaps included
//	/data/relations.schema.json   the JSON Schema of the dataset file
//
// The tables are made once at start from the dataset the server serves (a
// -data file included), in the interface's language, and served like the
// dataset itself (server/assets): brotli and gzip made once and chosen by
// Accept-Encoding, Cache-Control: no-cache with a strong ETag of the
// content, 304, Range and HEAD; Content-Disposition names the file.

// Where the tables and the schema are served.
const (
	FiguresCSVPath = "/data/figures.csv"
	EventsCSVPath  = "/data/events.csv"
	SeriesCSVPath  = "/data/series.csv"
	SchemaPath     = "/data/relations.schema.json"

	csvType    = "text/csv; charset=utf-8"
	schemaType = "application/schema+json"
)

// routeDataFiles adds the tables of dataset (the validated one the server
// serves) and the schema to mux. No dataset (only a test passes none) gets
// the schema alone.
func routeDataFiles(mux *http.ServeMux, dataset *data.Dataset) {
	for _, a := range dataFiles(dataset) {
		mux.Handle("GET /"+a.Name(), serveDataFile(a))
	}
}

// dataFiles makes the assets, compressing them in parallel.
func dataFiles(d *data.Dataset) []*assets.Asset {
	type file struct {
		path, ctype string
		b           []byte
	}
	files := []file{{SchemaPath, schemaType, data.Schema}}
	if d != nil {
		lang := i18n.Lang
		files = append(files,
			file{FiguresCSVPath, csvType, export.FiguresCSV(d, lang)},
			file{EventsCSVPath, csvType, export.EventsCSV(d, lang)},
			file{SeriesCSVPath, csvType, export.SeriesCSV(d, lang)})
	}
	out := make([]*assets.Asset, len(files))
	var wg sync.WaitGroup
	for i, f := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = assets.FromBytes(strings.TrimPrefix(f.path, "/"), f.ctype, f.b)
		}()
	}
	wg.Wait()
	return out
}

// serveDataFile answers for one table or the schema as assets.Serve answers
// for the dataset, naming the file for a browser that saves it.
func serveDataFile(a *assets.Asset) http.Handler {
	disposition := `inline; filename="` + a.Name()[strings.LastIndexByte(a.Name(), '/')+1:] + `"`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Disposition", disposition)
		assets.Serve(w, r, a, assets.NoCache)
	})
}
