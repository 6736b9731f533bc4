//go:build !wasm

package site

import (
	_ "embed"
	"net/http"
	"strings"
	"sync"

	"bilateral/app"
	"bilateral/app/i18n"
	"bilateral/app/urlstate"
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
//	/ru/data/figures.csv, …       the tables again for each other language
//	                              the site offers (DataPath)
//
// The tables are made once at start from the dataset the server serves (a
// -data file included), their text columns in the language of the path (the
// headers stay the same English identifiers in every one, so a script reads
// any of them), and served like the
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

// DataPath is where the table at path (FiguresCSVPath, …) is served in
// lang: unprefixed in the default language, under the language's prefix as
// its pages are (/ru/data/figures.csv) in another.
func DataPath(lang, path string) string {
	if lang == i18n.Default {
		return path
	}
	return urlstate.WithLang(lang, path)
}

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
		for _, lang := range app.OfferedBy(d) {
			files = append(files,
				file{DataPath(lang, FiguresCSVPath), csvType, export.FiguresCSV(d, lang)},
				file{DataPath(lang, EventsCSVPath), csvType, export.EventsCSV(d, lang)},
				file{DataPath(lang, SeriesCSVPath), csvType, export.SeriesCSV(d, lang)})
		}
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
