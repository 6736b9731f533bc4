//go:build !wasm

package site_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"bilateral/data"
	"bilateral/data/export"
	"bilateral/internal/servertest"
	"bilateral/server/site"
)

// TestDataFiles: the tables and the schema, as the server answers them.
func TestDataFiles(t *testing.T) {
	ts := servertest.Start(t, servertest.Config(), servertest.Site(t), nil)
	d, err := data.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct {
		path, ctype, name string
		body              []byte
	}{
		{site.FiguresCSVPath, "text/csv; charset=utf-8", "figures.csv", export.FiguresCSV(d, "en")},
		{site.EventsCSVPath, "text/csv; charset=utf-8", "events.csv", export.EventsCSV(d, "en")},
		{site.SeriesCSVPath, "text/csv; charset=utf-8", "series.csv", export.SeriesCSV(d, "en")},
		{site.SchemaPath, "application/schema+json", "relations.schema.json", data.Schema},
		{site.DataPath("ru", site.FiguresCSVPath), "text/csv; charset=utf-8", "figures.csv", export.FiguresCSV(d, "ru")},
		{site.DataPath("az", site.SeriesCSVPath), "text/csv; charset=utf-8", "series.csv", export.SeriesCSV(d, "az")},
	} {
		t.Run(strings.ReplaceAll(strings.TrimPrefix(f.path, "/"), "/", "_"), func(t *testing.T) {
			c := servertest.Client()
			resp, body := servertest.Get(t, c, http.MethodGet, ts.URL+f.path)
			h := resp.Header
			if resp.StatusCode != http.StatusOK || !bytes.Equal(body, f.body) {
				t.Fatalf("GET %s: %d, %d bytes; want 200 and the %d bytes of %s", f.path, resp.StatusCode, len(body), len(f.body), f.name)
			}
			for k, want := range map[string]string{
				"Content-Type":           f.ctype,
				"Content-Disposition":    `inline; filename="` + f.name + `"`,
				"Cache-Control":          "no-cache",
				"X-Content-Type-Options": "nosniff",
				"Content-Encoding":       "",
			} {
				if got := h.Get(k); got != want {
					t.Errorf("%s: %q, want %q", k, got, want)
				}
			}
			if h.Get("Content-Security-Policy") == "" {
				t.Error("no Content-Security-Policy")
			}
			etag := h.Get("ETag")
			if len(etag) < 10 || !strings.HasPrefix(etag, `"`) {
				t.Fatalf("ETag %q", etag)
			}
			if resp, b := servertest.Get(t, c, http.MethodGet, ts.URL+f.path, "If-None-Match: "+etag); resp.StatusCode != http.StatusNotModified || len(b) != 0 || resp.Header.Get("ETag") != etag {
				t.Errorf("If-None-Match %s: %d, ETag %q, %d bytes; want 304", etag, resp.StatusCode, resp.Header.Get("ETag"), len(b))
			}
			resp, b := servertest.Get(t, c, http.MethodHead, ts.URL+f.path)
			if resp.StatusCode != http.StatusOK || len(b) != 0 || resp.ContentLength != int64(len(f.body)) {
				t.Errorf("HEAD: %d, Content-Length %d, %d bytes", resp.StatusCode, resp.ContentLength, len(b))
			}
			resp, b = servertest.Get(t, c, http.MethodGet, ts.URL+f.path, "Range: bytes=0-9")
			if resp.StatusCode != http.StatusPartialContent || !bytes.Equal(b, f.body[:10]) {
				t.Errorf("Range 0-9: %d %q", resp.StatusCode, b)
			}

			for _, enc := range []string{"br", "gzip"} {
				resp, b := servertest.Get(t, c, http.MethodGet, ts.URL+f.path, "Accept-Encoding: "+enc)
				eh := resp.Header
				if resp.StatusCode != http.StatusOK || eh.Get("Content-Encoding") != enc || !strings.Contains(eh.Get("Vary"), "Accept-Encoding") {
					t.Fatalf("%s: %d, Content-Encoding %q, Vary %q", enc, resp.StatusCode, eh.Get("Content-Encoding"), eh.Get("Vary"))
				}
				if got := servertest.Decode(t, enc, b); !bytes.Equal(got, f.body) {
					t.Errorf("%s: decodes to %d bytes, not the file", enc, len(got))
				}
				if eh.Get("Content-Disposition") == "" || eh.Get("Content-Type") != f.ctype {
					t.Errorf("%s: Content-Disposition %q, Content-Type %q", enc, eh.Get("Content-Disposition"), eh.Get("Content-Type"))
				}
				tag := eh.Get("ETag")
				if tag == etag || tag == "" {
					t.Errorf("%s: ETag %q, want its own", enc, tag)
				}
				resp, b = servertest.Get(t, c, http.MethodGet, ts.URL+f.path, "Accept-Encoding: "+enc, "If-None-Match: "+tag)
				if resp.StatusCode != http.StatusNotModified || len(b) != 0 || resp.Header.Get("ETag") != tag {
					t.Errorf("%s, If-None-Match %s: %d, ETag %q; want 304 with the same ETag", enc, tag, resp.StatusCode, resp.Header.Get("ETag"))
				}
			}
		})
	}

	resp, _ := servertest.Get(t, servertest.Client(), http.MethodPost, ts.URL+site.FiguresCSVPath)
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST %s: %d, want 405", site.FiguresCSVPath, resp.StatusCode)
	}
	resp, _ = servertest.Get(t, servertest.Client(), http.MethodGet, ts.URL+"/data/nothing.csv")
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("GET /data/nothing.csv: %d, want 404", resp.StatusCode)
	}
}

// TestDataFilesFollowTheDataset: the tables are made from the dataset the
// server serves (a -data file), not the embedded one.
func TestDataFilesFollowTheDataset(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "data", "testdata", "valid-minimal.json"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := data.Parse("valid-minimal.json", b)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	site.RouteDataFiles(mux, d)
	for path, rows := range map[string]int{site.FiguresCSVPath: len(d.Figures), site.EventsCSVPath: len(d.Events), site.SeriesCSVPath: 3} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		recs, err := csv.NewReader(rec.Body).ReadAll()
		if err != nil || rec.Code != http.StatusOK {
			t.Fatalf("GET %s: %d, %v", path, rec.Code, err)
		}
		if len(recs)-1 != rows {
			t.Errorf("GET %s: %d rows, want the -data file's %d", path, len(recs)-1, rows)
		}
	}
	if !strings.Contains(servertest.Body(t, mux, site.FiguresCSVPath), "https://caliber.az/en/post/example") {
		t.Error("figures.csv does not carry the -data file's source URL")
	}

	// No dataset (only a test passes none) keeps the schema.
	mux = http.NewServeMux()
	site.RouteDataFiles(mux, nil)
	var schema map[string]any
	if err := json.Unmarshal([]byte(servertest.Body(t, mux, site.SchemaPath)), &schema); err != nil || schema["$schema"] == nil {
		t.Errorf("schema: %v, $schema %v", err, schema["$schema"])
	}
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, site.FiguresCSVPath, nil))
	if rec.Code != http.StatusNotFound {
		t.Errorf("figures.csv of an unreadable dataset: %d, want 404", rec.Code)
	}
}

// TestDataFilesInEachLanguage: /ru/data/*.csv and /az/data/*.csv have their
// text columns in that language under the same English headers, cite the
// article by its English title, and neutralise a formula a translation
// could carry, as the English tables do.
func TestDataFilesInEachLanguage(t *testing.T) {
	d, err := data.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	d.Figures[0].Label["ru"] = `=HYPERLINK("https://evil.example","x")`
	mux := http.NewServeMux()
	site.RouteDataFiles(mux, d)
	read := func(path string) [][]string {
		t.Helper()
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != http.StatusOK {
			t.Fatalf("GET %s: %d", path, rec.Code)
		}
		if got, want := rec.Header().Get("Content-Disposition"), `inline; filename="`+filepath.Base(path)+`"`; got != want {
			t.Errorf("GET %s: Content-Disposition %q, want %q", path, got, want)
		}
		recs, err := csv.NewReader(rec.Body).ReadAll()
		if err != nil || len(recs) < 2 {
			t.Fatalf("GET %s: %d records, %v", path, len(recs), err)
		}
		return recs
	}
	for _, table := range []string{site.FiguresCSVPath, site.EventsCSVPath, site.SeriesCSVPath} {
		en := read(site.DataPath("en", table))
		if site.DataPath("en", table) != table {
			t.Errorf("DataPath(en, %s) = %s, want it unprefixed", table, site.DataPath("en", table))
		}
		for _, lang := range []string{"ru", "az"} {
			path := site.DataPath(lang, table)
			if path != "/"+lang+table {
				t.Errorf("DataPath(%s, %s) = %s", lang, table, path)
			}
			tr := read(path)
			if strings.Join(tr[0], ",") != strings.Join(en[0], ",") {
				t.Errorf("%s: headers %v, want the English table's %v", path, tr[0], en[0])
			}
			if len(tr) != len(en) {
				t.Errorf("%s: %d rows, the English table has %d", path, len(tr), len(en))
			}
			title := slices.Index(tr[0], "source_title")
			if title < 0 || tr[1][title] != d.Source.Title["en"] {
				t.Errorf("%s: source_title is not the article's English title", path)
			}
		}
	}
	ru := read(site.DataPath("ru", site.FiguresCSVPath))
	label := slices.Index(ru[0], "label")
	if label < 0 {
		t.Fatalf("no label column in %v", ru[0])
	}
	if got := ru[1][label]; got != `'=HYPERLINK("https://evil.example","x")` {
		t.Errorf("a formula in a Russian label is served as %q, not neutralised", got)
	}
	if got, want := ru[2][label], d.Figures[1].Label["ru"]; got != want || want == d.Figures[1].Label["en"] {
		t.Errorf("Russian label %q, want the dataset's %q (not the English)", got, want)
	}
	az := read(site.DataPath("az", site.FiguresCSVPath))
	if got, want := az[2][label], d.Figures[1].Label["az"]; got != want || want == d.Figures[1].Label["en"] {
		t.Errorf("Azerbaijani label %q, want the dataset's %q", got, want)
	}
}
