//go:build browser

package e2e

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"bilateral/data"
	"bilateral/data/export"
)

// fetch sends GET path to the test server with the headers given as
// "Name: value" and no automatic decompression, so what arrives is what
// the server sent.
func fetch(t *testing.T, path string, headers ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, baseURL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range headers {
		k, v, _ := strings.Cut(h, ":")
		req.Header.Set(k, strings.TrimSpace(v))
	}
	c := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DisableCompression: true}}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	return resp, b
}

// servedDataset is the dataset the server under test serves, read from
// /data/relations.json as the app reads it.
func servedDataset(t *testing.T) *data.Dataset {
	t.Helper()
	resp, b := fetch(t, "/data/relations.json")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /data/relations.json: %d", resp.StatusCode)
	}
	d, err := data.Parse("/data/relations.json", b)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestDatasetAPI: the tables and the schema the server publishes beside the
// dataset: types, names, caching, and contents that match the dataset.
func TestDatasetAPI(t *testing.T) {
	d := servedDataset(t)
	points := 0
	for _, s := range d.Series {
		points += len(s.Points)
	}
	for _, tc := range []struct {
		path, file string
		head       []string
		rows       int
	}{
		{"/data/figures.csv", "figures.csv", export.FigureColumns(), len(d.Figures)},
		{"/data/events.csv", "events.csv", export.EventColumns(), len(d.Events)},
		{"/data/series.csv", "series.csv", export.SeriesColumns(), points},
	} {
		t.Run(tc.file, func(t *testing.T) {
			resp, b := fetch(t, tc.path)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d", resp.StatusCode)
			}
			checkHeaders(t, resp, "text/csv; charset=utf-8", tc.file)
			recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
			if err != nil {
				t.Fatalf("not CSV: %v", err)
			}
			if !reflect.DeepEqual(recs[0], tc.head) {
				t.Errorf("header %v, want %v", recs[0], tc.head)
			}
			if len(recs)-1 != tc.rows {
				t.Errorf("%d rows, want %d (the dataset's)", len(recs)-1, tc.rows)
			}
			for i, r := range recs[1:] {
				if r[len(r)-2] != d.Source.URL {
					t.Errorf("row %d: source_url %q, want %q", i+1, r[len(r)-2], d.Source.URL)
					break
				}
			}
			revalidate(t, tc.path, resp.Header.Get("ETag"), "")
		})
	}

	t.Run("relations.schema.json", func(t *testing.T) {
		resp, b := fetch(t, "/data/relations.schema.json")
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("status %d", resp.StatusCode)
		}
		checkHeaders(t, resp, "application/schema+json", "relations.schema.json")
		var schema map[string]any
		if err := json.Unmarshal(b, &schema); err != nil {
			t.Fatalf("not JSON: %v", err)
		}
		if schema["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
			t.Errorf("$schema is %v", schema["$schema"])
		}
		if _, ok := schema["$defs"].(map[string]any)["figure"]; !ok {
			t.Error("the schema has no $defs/figure")
		}
		revalidate(t, "/data/relations.schema.json", resp.Header.Get("ETag"), "")
	})

	t.Run("compressed", func(t *testing.T) {
		resp, _ := fetch(t, "/data/figures.csv", "Accept-Encoding: br")
		if resp.Header.Get("Content-Encoding") != "br" || !strings.Contains(resp.Header.Get("Vary"), "Accept-Encoding") {
			t.Errorf("Accept-Encoding br: Content-Encoding %q, Vary %q", resp.Header.Get("Content-Encoding"), resp.Header.Get("Vary"))
		}
		revalidate(t, "/data/figures.csv", resp.Header.Get("ETag"), "br")
	})
}

func checkHeaders(t *testing.T, resp *http.Response, ctype, file string) {
	t.Helper()
	h := resp.Header
	for k, want := range map[string]string{
		"Content-Type":           ctype,
		"Content-Disposition":    `inline; filename="` + file + `"`,
		"Cache-Control":          "no-cache",
		"X-Content-Type-Options": "nosniff",
	} {
		if got := h.Get(k); got != want {
			t.Errorf("%s: %q, want %q", k, got, want)
		}
	}
	if !strings.Contains(h.Get("Content-Security-Policy"), "default-src 'self'") {
		t.Errorf("Content-Security-Policy %q", h.Get("Content-Security-Policy"))
	}
}

// revalidate asks again with If-None-Match: the copy is current, so 304.
func revalidate(t *testing.T, path, etag, enc string) {
	t.Helper()
	if etag == "" {
		t.Fatalf("%s has no ETag", path)
	}
	headers := []string{"If-None-Match: " + etag}
	if enc != "" {
		headers = append(headers, "Accept-Encoding: "+enc)
	}
	resp, b := fetch(t, path, headers...)
	if resp.StatusCode != http.StatusNotModified || len(b) != 0 {
		t.Errorf("If-None-Match %s: %d with %d bytes, want 304", etag, resp.StatusCode, len(b))
	}
	if got := resp.Header.Get("ETag"); got != etag {
		t.Errorf("the 304 has ETag %q, want %q", got, etag)
	}
}

// captureBinaryDownloads is captureDownloads (takeaway_test.go) for files
// that are not text: a Blob is read as bytes and handed over in base64.
const captureBinaryDownloads = `(() => {
	window.__downloads = [];
	const blobs = {}, make = URL.createObjectURL;
	URL.createObjectURL = (b) => { const u = make.call(URL, b); blobs[u] = b; return u; };
	HTMLAnchorElement.prototype.click = function () {
		const name = this.download, href = this.href, blob = blobs[href];
		blob.arrayBuffer().then(buf => {
			const u8 = new Uint8Array(buf);
			let s = "";
			for (let i = 0; i < u8.length; i += 0x8000) s += String.fromCharCode.apply(null, u8.subarray(i, i + 0x8000));
			window.__downloads.push({name, body: btoa(s), type: blob.type});
		});
	};
	return 0;
})()`

// TestDatasetDownloads takes the whole dataset away from /sources, with the
// network off: the JSON file and the zip of tables are made in the page.
func TestDatasetDownloads(t *testing.T) {
	tb := newTab(t, 60*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+"/sources")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("sources", readyTimeout); err != nil {
		t.Fatal(err)
	}
	const zipButton, jsonButton = `[data-download="dataset-zip"]`, `[data-download="dataset-json"]`
	var present bool
	tb.eval(t, `!!document.querySelector('`+zipButton+`')`, &present)
	if !present {
		t.Skip("/sources has no dataset downloads yet: components.DatasetDownloads is not wired into app/sources_view.go")
	}
	d := servedDataset(t)
	tb.eval(t, captureBinaryDownloads, nil)
	if err := chromedp.Run(tb.ctx, network.Enable(), network.EmulateNetworkConditions(true, 0, -1, -1)); err != nil {
		t.Fatal(err)
	}
	defer chromedp.Run(tb.ctx, network.EmulateNetworkConditions(false, 0, -1, -1))

	z := tb.takeDownload(t, zipButton)
	if !strings.HasSuffix(z.Name, ".zip") {
		t.Errorf("the zip is named %q", z.Name)
	}
	b, err := base64.StdEncoding.DecodeString(z.Body)
	if err != nil {
		t.Fatalf("zip body: %v", err)
	}
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("not a zip (%d bytes): %v", len(b), err)
	}
	files := map[string][]byte{}
	var names []string
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		body, err := io.ReadAll(rc) // checks the CRC too
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		names = append(names, f.Name)
		files[f.Name] = body
	}
	if !reflect.DeepEqual(names, export.ZipFiles) {
		t.Errorf("the zip holds %v, want %v", names, export.ZipFiles)
	}
	recs, err := csv.NewReader(bytes.NewReader(files["figures.csv"])).ReadAll()
	if err != nil || len(recs)-1 != len(d.Figures) || !reflect.DeepEqual(recs[0], export.FigureColumns()) {
		t.Errorf("figures.csv: %v; %d rows for %d figures; header %v", err, len(recs)-1, len(d.Figures), recs[0])
	}
	if got, err := data.Parse("relations.json", files["relations.json"]); err != nil || !reflect.DeepEqual(got, d) {
		t.Errorf("relations.json in the zip is not the served dataset (%v)", err)
	}
	readme := string(files["README.txt"])
	for _, want := range []string{d.Source.Publisher, d.Source.URL, "hyperlink", "figures.csv columns"} {
		if !strings.Contains(readme, want) {
			t.Errorf("README.txt lacks %q", want)
		}
	}
	// The server's table and the browser's are the same bytes.
	if _, served := fetch(t, "/data/figures.csv"); !bytes.Equal(served, files["figures.csv"]) {
		t.Error("figures.csv in the zip differs from /data/figures.csv")
	}

	js := tb.takeDownload(t, jsonButton)
	if !strings.HasSuffix(js.Name, ".json") {
		t.Errorf("the JSON file is named %q", js.Name)
	}
	jb, err := base64.StdEncoding.DecodeString(js.Body)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := data.Parse(js.Name, jb); err != nil || len(got.Figures) != len(d.Figures) {
		t.Errorf("the JSON download does not parse as the dataset: %v", err)
	}
}
