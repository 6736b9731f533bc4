//go:build browser

package e2e

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"encoding/csv"
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
		t.Fatal("/sources has no dataset downloads (" + zipButton + ", components.DatasetDownloads)")
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
