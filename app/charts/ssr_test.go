package charts

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// ssrScript draws each option file with ECharts' server-side SVG renderer,
// the same library the browser loads, and reports the SVG and anything
// ECharts warned about (its development build warns on options it ignores
// or does not understand).
const ssrScript = `
const echarts = require(process.argv[2]);
const fs = require('fs');
const said = [];
console.warn = (...a) => said.push(a.join(' '));
console.error = (...a) => said.push(a.join(' '));
const out = {};
for (const f of process.argv.slice(3)) {
  const chart = echarts.init(null, null, {renderer: 'svg', ssr: true, width: 600, height: 400});
  chart.setOption(JSON.parse(fs.readFileSync(f, 'utf8')));
  out[f] = {svg: chart.renderToSVGString(), warnings: said.splice(0)};
  chart.dispose();
}
// Exit once written: a timer left by any chart must not hang the test.
process.stdout.write(JSON.stringify(out), () => process.exit(0));
`

// TestECharts6Draws proves ECharts 6 accepts every builder's JSON: no
// exception, no warning, and an SVG that shows the text we put in.
func TestECharts6Draws(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed; the ECharts smoke test needs it")
	}
	lib, err := filepath.Abs("../../node_modules/echarts")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(lib, "package.json")); err != nil {
		t.Skip("node_modules/echarts is missing; run `npm ci` at the repository root")
	}

	d := dataset(t)
	lanes, laneOf := byCategory(d)
	build := map[string]func() (Chart, error){
		"oil": func() (Chart, error) { return Bars(d, "en", "oil-2019", "oil-transit") },
		"trade": func() (Chart, error) {
			return Bars(d, "en", "trade-2023", "trade-annual", "trade-h1")
		},
		"investment": func() (Chart, error) {
			return FigureBars(d, "en", "", "investment-ru-az-2023", "investment-az-ru-2023", "fdi-ru-az-2023")
		},
		"companies": func() (Chart, error) {
			return Composition(d, "en", "", "companies-russian-capital", "companies-fully-russian", "companies-joint-ventures")
		},
		"timeline": func() (Chart, error) {
			return Timeline(d, "en", TimelineOptions{Events: d.Events, Lanes: lanes, LaneOf: laneOf, Selected: "gas-agreement-2022"})
		},
		"network": func() (Chart, error) { return Network(d, "en", "", "az", "balance-powers") },
	}
	// Text each drawing must show (SVG escapes quotes, so none are used).
	want := map[string][]string{
		"oil":        {"Not reported", "about 900,000 t", "1.3–1.5 million t", "million tonnes"},
		"trade":      {"about $3.709 billion", "+17.5%", "<pattern"},
		"investment": {"over $8.7 billion", "$295 million", "billion US dollars"},
		"companies":  {"over 1,400", "nearly 300", "about 1,100", "approximate", "<pattern"},
		"timeline":   {"Oil and gas", "Non-Aligned Movement"},
		"network":    {"Azerbaijan", "European Union", "Russia"},
	}

	dir := t.TempDir()
	script := filepath.Join(dir, "ssr.js")
	if err := os.WriteFile(script, []byte(ssrScript), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{script, lib}
	files := map[string]string{}
	for name, f := range build {
		c, err := f()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		p := filepath.Join(dir, name+".json")
		if err := os.WriteFile(p, []byte(c.Option.JSON()), 0o644); err != nil {
			t.Fatal(err)
		}
		files[name] = p
		args = append(args, p)
	}
	cmd := exec.Command(node, args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node failed: %v\n%s", err, stderr.String())
	}
	var res map[string]struct {
		SVG      string   `json:"svg"`
		Warnings []string `json:"warnings"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("node output: %v", err)
	}
	for name, p := range files {
		r, ok := res[p]
		if !ok {
			t.Errorf("%s: not drawn", name)
			continue
		}
		for _, w := range r.Warnings {
			t.Errorf("%s: ECharts warns: %s", name, w)
		}
		if len(r.SVG) < 2000 || !strings.HasPrefix(r.SVG, "<svg") {
			t.Errorf("%s: SVG of %d bytes is too small to be the chart", name, len(r.SVG))
		}
		for _, s := range want[name] {
			if !strings.Contains(r.SVG, s) {
				t.Errorf("%s: SVG lacks %q", name, s)
			}
		}
		if os.Getenv("CHARTS_KEEP_SVG") != "" {
			_ = os.WriteFile(filepath.Join(os.Getenv("CHARTS_KEEP_SVG"), name+".svg"), []byte(r.SVG), 0o644)
		}
	}
}
