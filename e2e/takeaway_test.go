//go:build browser

package e2e

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/csv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// captureDownloads makes download links hand their file to the test instead
// of the disk: the file's name and contents (text, or a data: URL as is).
// Blobs are read through the object the page made (fetching a blob: URL is
// "connect", which the page's CSP rightly limits to our origin).
const captureDownloads = `(() => {
	window.__downloads = [];
	const blobs = {}, make = URL.createObjectURL;
	URL.createObjectURL = (b) => { const u = make.call(URL, b); blobs[u] = b; return u; };
	HTMLAnchorElement.prototype.click = function () {
		const name = this.download, href = this.href;
		if (href.startsWith("data:")) { window.__downloads.push({name, body: href}); return; }
		blobs[href].text().then(body => window.__downloads.push({name, body}));
	};
	return 0;
})()`

type download struct {
	Name string `json:"name"`
	Body string `json:"body"`
}

func (tb *tab) takeDownload(t *testing.T, button string) download {
	t.Helper()
	tb.eval(t, `window.__downloads = []; document.querySelector('`+button+`').click(), 0`, nil)
	var got []download
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		tb.eval(t, `window.__downloads`, &got)
		if len(got) > 0 {
			return got[0]
		}
	}
	problems, _ := tb.snapshot()
	var n int
	tb.eval(t, `document.querySelectorAll('`+button+`').length`, &n)
	t.Fatalf("%s (%d found) produced no download; console: %v", button, n, problems)
	return download{}
}

// TestChartDownloads takes the oil chart away as CSV and PNG and checks
// what arrives: the rows, hedges, gap and source columns; a 2× image.
func TestChartDownloads(t *testing.T) {
	tb := newTab(t, 60*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+"/energy")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("energy", readyTimeout); err != nil {
		t.Fatal(err)
	}
	tb.eval(t, captureDownloads, nil)

	const oil = `[data-chart="energy-oil"]`
	csvFile := tb.takeDownload(t, `figure:has(`+oil+`) [data-download="csv"]`)
	if csvFile.Name != "bilateral-energy-oil.csv" {
		t.Errorf("CSV named %q", csvFile.Name)
	}
	recs, err := csv.NewReader(strings.NewReader(csvFile.Body)).ReadAll()
	if err != nil {
		t.Fatalf("CSV: %v\n%s", err, csvFile.Body)
	}
	head := strings.Join(recs[0], "|")
	for _, col := range []string{"Period", "Hedge", "Unit", "Derived", "Source", "Link"} {
		if !strings.Contains(head, col) {
			t.Errorf("CSV header %q lacks %s", head, col)
		}
	}
	if len(recs) != 6 { // header + 2018, 2019, 2020 (gap), 2021, 2022
		t.Errorf("CSV has %d records, want 6", len(recs))
	}
	for _, want := range []string{"about 900,000 t", "Not reported", "https://caliber.az/", "1.3–1.5 million t"} {
		if !strings.Contains(csvFile.Body, want) {
			t.Errorf("CSV lacks %q", want)
		}
	}

	png := tb.takeDownload(t, `figure:has(`+oil+`) [data-download="png"]`)
	if png.Name != "bilateral-energy-oil.png" {
		t.Errorf("PNG named %q", png.Name)
	}
	raw, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(png.Body, "data:image/png;base64,"))
	if err != nil || len(raw) < 24 || !bytes.HasPrefix(raw, []byte("\x89PNG\r\n\x1a\n")) {
		t.Fatalf("not a PNG data URL (%d bytes): %v", len(raw), err)
	}
	w, h := binary.BigEndian.Uint32(raw[16:20]), binary.BigEndian.Uint32(raw[20:24])
	if w != 1920 || h < 700 {
		t.Errorf("PNG is %d×%d, want 1920 wide (960 at 2×) and the chart's height with its title", w, h)
	}

	svg := tb.takeDownload(t, `figure:has(`+oil+`) [data-download="svg"]`)
	if !strings.HasPrefix(svg.Body, "<svg") || !strings.Contains(svg.Body, "Caliber.az") {
		t.Errorf("SVG does not start with <svg or lacks the source line: %.120s", svg.Body)
	}
	checkConsoleAndOrigin(t, tb)
}

// TestPrintStylesheet emulates print media: the controls disappear, tables
// show in full, and the view's address and the citation stay at the foot.
func TestPrintStylesheet(t *testing.T) {
	tb := newTab(t, 60*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+"/trade?fig=trade-2023")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("trade", readyTimeout); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Run(tb.ctx, emulation.SetEmulatedMedia().WithMedia("print")); err != nil {
		t.Fatal(err)
	}
	var st struct {
		Hidden   []string `json:"hidden"`
		Shown    []string `json:"shown"`
		URL      string   `json:"url"`
		Citation bool     `json:"citation"`
	}
	tb.eval(t, `(() => {
		const shown = (sel) => { const e = document.querySelector(sel); return !!e && e.getClientRects().length > 0; };
		const chrome = ["header.top", ".share", ".segmented", ".downloads", ".pref-theme"];
		return {
			hidden: chrome.filter(s => !shown(s)),
			shown: chrome.filter(s => shown(s)),
			url: shown(".print-url") ? document.querySelector(".print-url").innerText : "",
			citation: shown(".citation a[href^='https://caliber.az']"),
		};
	})()`, &st)
	if len(st.Shown) > 0 {
		t.Errorf("printed page still shows %v", st.Shown)
	}
	if !strings.Contains(st.URL, "/trade?fig=trade-2023") {
		t.Errorf("printed page's address line is %q", st.URL)
	}
	if !st.Citation {
		t.Errorf("printed page lacks the citation link")
	}
}
