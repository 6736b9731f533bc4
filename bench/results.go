//go:build !wasm

package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"runtime"
	"sort"
	"strconv"
	"strings"
)

// Budgets, as the project set them.
const (
	budgetColdRatio     = 1.3       // app cold data-ready ≤ 1.3 × reference cold, every view
	budgetWarmRatio     = 0.7       // app warm data-ready ≤ 0.7 × reference cold
	budgetSwitchMs      = 50        // view switch, median
	budgetColdBytes     = 2_000_000 // bytes over the wire for a cold load
	budgetWasmBrotli    = 1_600_000 // app.wasm, brotli quality 11
	budgetPagesPerData  = 0.5       // GET /trade ≥ 0.5 × GET /data/relations.json, req/s, same run (issue 13)
	budgetDataPerFiles  = 0.8       // the dataset ≥ 0.8 × http.FileServer of the same file, identity, 64 clients (issue 13)
	budgetPeakRSSBytes  = 64_000_000
	datasetPath         = "/data/relations.json"
	megabyte            = 1_000_000.0
	budgetMetYes, budNo = "yes", "**NO**"
)

// yardstick is the dataset served by bilateral and by Go's plain
// http.FileServer, under the same load (fileserver.go).
type yardstick struct {
	Bilateral        loadStats `json:"bilateral"`       // the median round
	FileServer       loadStats `json:"http_fileserver"` // the median round
	BilateralRounds  []float64 `json:"bilateral_rounds_req_per_sec"`
	FileServerRounds []float64 `json:"http_fileserver_rounds_req_per_sec"`
}

type results struct {
	Started              string             `json:"started"`
	DurationSeconds      float64            `json:"duration_seconds"`
	Note                 string             `json:"note,omitempty"`
	Machine              machine            `json:"machine"`
	Config               config             `json:"config"`
	Views                []viewResult       `json:"views"`
	Phases               []phasesResult     `json:"start_phases,omitempty"`
	Lighthouse           []lighthouseResult `json:"lighthouse,omitempty"`
	Wasm                 wasmInfo           `json:"wasm"`
	Server               []loadStats        `json:"server_load"`
	DatasetIdentity      *yardstick         `json:"dataset_vs_fileserver,omitempty"`
	ServerMemory         memoryInfo         `json:"server_memory"`       // at the end, load test included
	ServerMemoryStart    memoryInfo         `json:"server_memory_start"` // once it had made its pages and their deep links
	PagesMadeAtStart     madeAtStart        `json:"pages_made_at_start"`
	DeepLinksMadeAtStart madeAtStart        `json:"deep_links_made_at_start"`
	ServerMemoryBrowsing memoryInfo         `json:"server_memory_browsing"` // after the browser runs, before the load test
	Table                []row              `json:"table"`
	BudgetsMissed        int                `json:"budgets_missed"`
}

type machine struct {
	NProc          int    `json:"nproc"`
	CPUModel       string `json:"cpu_model"`
	MemTotalBytes  int64  `json:"mem_total_bytes"`
	Chromium       string `json:"chromium"`
	Go             string `json:"go"`
	Kernel         string `json:"kernel"`
	LoadAvgStart   string `json:"loadavg_start"`
	LoadAvgEnd     string `json:"loadavg_end"`
	GOOS           string `json:"goos"`
	GOARCH         string `json:"goarch"`
	BenchGoVersion string `json:"bench_go_version"`
}

// stat is a set of samples and their median.
type stat struct {
	N       int       `json:"n"`
	Median  float64   `json:"median"`
	Min     float64   `json:"min"`
	Max     float64   `json:"max"`
	Samples []float64 `json:"samples"`
}

func statOf(xs []float64) stat {
	s := stat{N: len(xs), Samples: append([]float64(nil), xs...)}
	if len(xs) == 0 {
		s.Median, s.Min, s.Max = math.NaN(), math.NaN(), math.NaN()
		return s
	}
	sorted := append([]float64(nil), xs...)
	sort.Float64s(sorted)
	s.Min, s.Max = sorted[0], sorted[len(sorted)-1]
	if n := len(sorted); n%2 == 1 {
		s.Median = sorted[n/2]
	} else {
		s.Median = (sorted[n/2-1] + sorted[n/2]) / 2
	}
	return s
}

// MarshalJSON writes NaN (no sample) as null.
func (s stat) MarshalJSON() ([]byte, error) {
	type plain struct {
		N       int       `json:"n"`
		Median  *float64  `json:"median"`
		Min     *float64  `json:"min"`
		Max     *float64  `json:"max"`
		Samples []float64 `json:"samples"`
	}
	num := func(f float64) *float64 {
		if math.IsNaN(f) {
			return nil
		}
		r := math.Round(f*100) / 100
		return &r
	}
	samples := make([]float64, len(s.Samples))
	for i, x := range s.Samples {
		samples[i] = math.Round(x*100) / 100
	}
	return json.Marshal(plain{s.N, num(s.Median), num(s.Min), num(s.Max), samples})
}

type viewResult struct {
	View        string  `json:"view"`
	Path        string  `json:"path"`
	AppCold     stat    `json:"app_cold_ready_ms"`
	AppFCP      stat    `json:"app_cold_fcp_ms"`
	RefCold     stat    `json:"ref_cold_ready_ms"`
	RefFCP      stat    `json:"ref_cold_fcp_ms"`
	ColdRatio   jsonNum `json:"cold_ratio_app_to_ref"`
	Warm        stat    `json:"app_warm_ready_ms"`
	WarmRatio   jsonNum `json:"warm_ratio_to_ref_cold"`
	Switch      stat    `json:"switch_into_ms"`
	ViewsBuilt  stat    `json:"views_built_after_ready_ms"`
	AppBytes    stat    `json:"app_cold_bytes"`
	AppRequests stat    `json:"app_cold_requests"`
	RefBytes    stat    `json:"ref_cold_bytes"`
	ServerBytes stat    `json:"server_bytes_cold_visit_with_service_worker"`
	WarmBytes   stat    `json:"app_warm_bytes"`
	// A returning reader's visit under the readers' policy (reader_visit.go).
	ReaderFCP     stat     `json:"reader_warm_fcp_ms"`
	ReaderWarmed  stat     `json:"reader_wasm_warmed_ms"`
	ReaderReady   stat     `json:"reader_click_to_ready_ms"`
	ReaderSwitch  stat     `json:"reader_switch_into_ms"`
	ServiceWorker []string `json:"service_worker"`
	Errors        []string `json:"errors,omitempty"`
}

type viewAcc struct {
	view                                   view
	appCold, appFCP, appBytes, appRequests []float64
	serverBytes, warm, warmBytes, switches []float64
	built                                  []float64
	readerFCP, readerWarmed, readerReady   []float64
	readerSwitches                         []float64
	refCold, refFCP, refBytes              []float64
	swStates, errors                       []string
}

func (a *viewAcc) result() viewResult {
	r := viewResult{
		View: a.view.Name, Path: a.view.Path,
		AppCold: statOf(a.appCold), AppFCP: statOf(a.appFCP),
		RefCold: statOf(a.refCold), RefFCP: statOf(a.refFCP),
		Warm: statOf(a.warm), Switch: statOf(a.switches), ViewsBuilt: statOf(a.built),
		AppBytes: statOf(a.appBytes), AppRequests: statOf(a.appRequests),
		RefBytes: statOf(a.refBytes), ServerBytes: statOf(a.serverBytes),
		WarmBytes: statOf(a.warmBytes),
		ReaderFCP: statOf(a.readerFCP), ReaderWarmed: statOf(a.readerWarmed),
		ReaderReady: statOf(a.readerReady), ReaderSwitch: statOf(a.readerSwitches),
		ServiceWorker: a.swStates, Errors: a.errors,
	}
	r.ColdRatio = jsonNum(r.AppCold.Median / r.RefCold.Median)
	r.WarmRatio = jsonNum(r.Warm.Median / r.RefCold.Median)
	return r
}

// jsonNum is a number that may be NaN (nothing measured), written as null.
type jsonNum float64

func (n jsonNum) MarshalJSON() ([]byte, error) {
	f := float64(n)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return []byte("null"), nil
	}
	return json.Marshal(math.Round(f*1000) / 1000)
}

// row is one line of the printed table.
type row struct {
	Measure string  `json:"measure"`
	View    string  `json:"view,omitempty"`
	App     string  `json:"app"`
	Ref     string  `json:"reference,omitempty"`
	Ratio   string  `json:"ratio,omitempty"`
	Budget  string  `json:"budget,omitempty"`
	Met     *bool   `json:"met,omitempty"`
	Value   jsonNum `json:"value"` // the number held against the budget
}

func met(ok bool) *bool { return &ok }

func budgetTable(res *results) []row {
	var rows []row
	for _, v := range res.Views {
		rows = append(rows, row{
			Measure: "cold load → data-ready", View: v.Path,
			App: ms(v.AppCold.Median), Ref: ms(v.RefCold.Median), Ratio: ratio(float64(v.ColdRatio)),
			Budget: fmt.Sprintf("≤ %.2f× ref", budgetColdRatio), Met: met(float64(v.ColdRatio) <= budgetColdRatio), Value: jsonNum(v.ColdRatio),
		})
	}
	for _, v := range res.Views {
		rows = append(rows, row{
			Measure: "cold load → first contentful paint", View: v.Path,
			App: ms(v.AppFCP.Median), Ref: ms(v.RefFCP.Median), Ratio: ratio(v.AppFCP.Median / v.RefFCP.Median),
			Value: jsonNum(v.AppFCP.Median),
		})
	}
	for _, v := range res.Views {
		rows = append(rows, row{
			Measure: "warm load → data-ready", View: v.Path,
			App: ms(v.Warm.Median), Ref: ms(v.RefCold.Median) + " (cold)", Ratio: ratio(float64(v.WarmRatio)),
			Budget: fmt.Sprintf("≤ %.2f× ref cold", budgetWarmRatio), Met: met(float64(v.WarmRatio) <= budgetWarmRatio), Value: jsonNum(v.WarmRatio),
		})
	}
	for _, v := range res.Views {
		rows = append(rows, row{
			Measure: "view switch (nav click) → data-ready", View: v.Path,
			App:    fmt.Sprintf("%s (views built %s after ready)", ms(v.Switch.Median), ms(v.ViewsBuilt.Median)),
			Budget: fmt.Sprintf("≤ %d ms", budgetSwitchMs), Met: met(v.Switch.Median <= budgetSwitchMs), Value: jsonNum(v.Switch.Median),
		})
	}
	// What a returning reader gets, beside the budgets' load policy: the
	// page from the service worker's cache, the program started by a click
	// once the compile worker has warmed it up, then a switch. No budget of
	// the issue is written for them; they show what the warm-up buys.
	for _, v := range res.Views {
		rows = append(rows, row{
			Measure: "returning reader (interaction): warm load → first contentful paint", View: v.Path,
			App: ms(v.ReaderFCP.Median), Value: jsonNum(v.ReaderFCP.Median),
		})
	}
	for _, v := range res.Views {
		rows = append(rows, row{
			Measure: "returning reader: click after the warm-up → data-ready", View: v.Path,
			App: fmt.Sprintf("%s (warmed at %s)", ms(v.ReaderReady.Median), ms(v.ReaderWarmed.Median)),
			Ref: ms(v.RefCold.Median) + " (cold)", Ratio: ratio(v.ReaderReady.Median / v.RefCold.Median),
			Value: jsonNum(v.ReaderReady.Median),
		})
	}
	for _, v := range res.Views {
		rows = append(rows, row{
			Measure: "returning reader: view switch (nav click) → data-ready", View: v.Path,
			App: ms(v.ReaderSwitch.Median), Value: jsonNum(v.ReaderSwitch.Median),
		})
	}
	for _, v := range res.Views {
		rows = append(rows, row{
			Measure: "cold load, bytes over the wire", View: v.Path,
			App: mb(v.AppBytes.Median), Ref: mb(v.RefBytes.Median), Ratio: ratio(v.AppBytes.Median / v.RefBytes.Median),
			Budget: fmt.Sprintf("≤ %.1f MB", budgetColdBytes/megabyte), Met: met(v.AppBytes.Median <= budgetColdBytes), Value: jsonNum(v.AppBytes.Median),
		})
	}
	if len(res.Views) > 0 {
		var all []float64
		for _, v := range res.Views {
			all = append(all, v.ServerBytes.Samples...)
		}
		s := statOf(all)
		rows = append(rows, row{
			Measure: "cold visit incl. service-worker install, bytes the server wrote", View: "all",
			App: mb(s.Median) + fmt.Sprintf(" (%s–%s)", mb(s.Min), mb(s.Max)), Value: jsonNum(s.Median),
		})
	}
	rows = append(rows, phaseRows(res)...)
	w := res.Wasm
	rows = append(rows,
		row{Measure: "app.wasm raw", App: mb(float64(w.RawBytes)), Value: jsonNum(float64(w.RawBytes))},
		row{Measure: "app.wasm gzip -9", App: mb(float64(w.GzipBytes)), Value: jsonNum(float64(w.GzipBytes))},
		row{Measure: "app.wasm brotli q11", App: mb(float64(w.BrotliBytes)),
			Budget: fmt.Sprintf("≤ %.1f MB", budgetWasmBrotli/megabyte), Met: met(w.BrotliBytes <= budgetWasmBrotli), Value: jsonNum(float64(w.BrotliBytes))},
	)
	if w.Served.Bytes > 0 {
		rows = append(rows, row{Measure: "app.wasm as served (" + w.Served.Encoding + ")", App: mb(float64(w.Served.Bytes)), Value: jsonNum(float64(w.Served.Bytes))})
	}
	var dataset float64
	for _, l := range res.Server {
		if l.Path == datasetPath && l.Errors == 0 {
			dataset = l.ReqPerSec
		}
	}
	for _, l := range res.Server {
		r := row{
			Measure: fmt.Sprintf("server GET %s, %d clients", l.Path, l.Clients),
			App:     fmt.Sprintf("%s req/s · p99 %s", thousands(l.ReqPerSec), ms(l.P99Ms)),
			Value:   jsonNum(l.ReqPerSec),
		}
		if l.Errors > 0 {
			r.App += fmt.Sprintf(" · %d errors", l.Errors)
		}
		if l.Path == "/trade" && dataset > 0 {
			r.Ref = thousands(dataset) + " req/s (dataset)"
			r.Ratio = fmt.Sprintf("%.2f×", l.ReqPerSec/dataset)
			r.Budget = fmt.Sprintf("≥ %.1f× dataset", budgetPagesPerData)
			r.Met = met(l.ReqPerSec >= budgetPagesPerData*dataset && l.Errors == 0)
		}
		rows = append(rows, r)
	}
	if y := res.DatasetIdentity; y != nil {
		b, f := y.Bilateral, y.FileServer
		r := row{
			Measure: fmt.Sprintf("server GET %s, identity, %d clients, median of %d alternating rounds", datasetPath, b.Clients, len(y.BilateralRounds)),
			App:     fmt.Sprintf("%s req/s · p99 %s", thousands(b.ReqPerSec), ms(b.P99Ms)),
			Ref:     fmt.Sprintf("%s req/s (http.FileServer)", thousands(f.ReqPerSec)),
			Budget:  fmt.Sprintf("≥ %.1f× http.FileServer", budgetDataPerFiles),
			Value:   jsonNum(b.ReqPerSec),
		}
		if f.ReqPerSec > 0 {
			r.Ratio = fmt.Sprintf("%.2f×", b.ReqPerSec/f.ReqPerSec)
			r.Met = met(b.ReqPerSec >= budgetDataPerFiles*f.ReqPerSec && b.Errors == 0 && f.Errors == 0)
		}
		rows = append(rows, r)
	}
	if p := res.PagesMadeAtStart; p.Pages > 0 {
		rows = append(rows, row{Measure: "server: every view's page made at start", App: fmt.Sprintf("%d pages in %.1f s", p.Pages, p.Seconds), Value: jsonNum(p.Seconds)})
	}
	if p := res.DeepLinksMadeAtStart; p.Pages > 0 {
		rows = append(rows, row{Measure: "server: then the deep links those pages link to", App: fmt.Sprintf("%d pages in %.1f s", p.Pages, p.Seconds), Value: jsonNum(p.Seconds)})
	}
	if m := res.ServerMemoryStart.PeakRSSBytes; m > 0 {
		rows = append(rows, row{Measure: "server peak memory (VmHWM) after start", App: mb(float64(m)) + rssSplit(res.ServerMemoryStart), Value: jsonNum(float64(m))})
	}
	if m := res.ServerMemoryBrowsing.PeakRSSBytes; m > 0 && len(res.Server) > 0 {
		rows = append(rows, row{Measure: "server peak memory (VmHWM) after the browser runs", App: mb(float64(m)), Value: jsonNum(float64(m))})
	}
	for _, l := range res.Server {
		if l.PeakRSSAfter > 0 {
			rows = append(rows, row{Measure: "server peak memory (VmHWM) after the load on " + l.Path, App: mb(float64(l.PeakRSSAfter)), Value: jsonNum(float64(l.PeakRSSAfter))})
		}
	}
	if m := res.ServerMemory.PeakRSSBytes; m > 0 {
		rows = append(rows, row{Measure: "server peak memory (VmHWM), whole run", App: mb(float64(m)) + rssSplit(res.ServerMemory),
			Budget: fmt.Sprintf("≤ %.0f MB", budgetPeakRSSBytes/megabyte), Met: met(m <= budgetPeakRSSBytes), Value: jsonNum(float64(m))})
	}
	return rows
}

// renderTable prints the rows as a Markdown table, ready for the README.
func renderTable(res *results) string {
	head := []string{"measure", "view", "app", "reference", "app/ref", "budget", "met"}
	lines := [][]string{head}
	for _, r := range res.Table {
		m := ""
		if r.Met != nil {
			m = budNo
			if *r.Met {
				m = budgetMetYes
			}
		}
		lines = append(lines, []string{r.Measure, r.View, r.App, r.Ref, r.Ratio, r.Budget, m})
	}
	width := make([]int, len(head))
	for _, l := range lines {
		for i, c := range l {
			width[i] = max(width[i], len([]rune(c)))
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Bilateral bench, %s: median of %d runs; %d CPU %s, %.1f GB RAM, %s; load average %s → %s\n",
		res.Started, res.Config.Runs, res.Machine.NProc, res.Machine.CPUModel, float64(res.Machine.MemTotalBytes)/1e9,
		res.Machine.Chromium, res.Machine.LoadAvgStart, res.Machine.LoadAvgEnd)
	if res.Note != "" {
		fmt.Fprintf(&b, "Note: %s\n", res.Note)
	}
	b.WriteString("\n")
	for i, l := range lines {
		b.WriteString("|")
		for j, c := range l {
			b.WriteString(" " + c + strings.Repeat(" ", width[j]-len([]rune(c))) + " |")
		}
		b.WriteString("\n")
		if i == 0 {
			b.WriteString("|")
			for j := range l {
				b.WriteString(strings.Repeat("-", width[j]+2) + "|")
			}
			b.WriteString("\n")
		}
	}
	fmt.Fprintf(&b, "\n%d budget(s) missed.\n", res.BudgetsMissed)
	return b.String()
}

// rssSplit says what the resident memory is made of when it was read.
func rssSplit(m memoryInfo) string {
	if m.RSSBytes == 0 {
		return ""
	}
	return fmt.Sprintf(" (now %s: anon %s, file %s)", mb(float64(m.RSSBytes)), mb(float64(m.AnonBytes)), mb(float64(m.FileBytes)))
}

func ms(x float64) string {
	switch {
	case math.IsNaN(x) || x < 0:
		return "–"
	case x < 100:
		return fmt.Sprintf("%.1f ms", x)
	}
	return fmt.Sprintf("%.0f ms", x)
}

func msOf(m map[string]float64, k string) string {
	if v, ok := m[k]; ok {
		return ms(v)
	}
	return "–"
}

func mb(x float64) string {
	if math.IsNaN(x) {
		return "–"
	}
	return fmt.Sprintf("%.2f MB", x/megabyte)
}

func ratio(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "–"
	}
	return fmt.Sprintf("%.2f×", x)
}

func thousands(x float64) string {
	s := strconv.FormatInt(int64(math.Round(x)), 10)
	var out []byte
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}

func machineInfo(chrome string) machine {
	m := machine{
		NProc: runtime.NumCPU(), GOOS: runtime.GOOS, GOARCH: runtime.GOARCH,
		BenchGoVersion: runtime.Version(), LoadAvgStart: loadAvg(),
	}
	if out, err := exec.Command("nproc").Output(); err == nil {
		if n, err := strconv.Atoi(strings.TrimSpace(string(out))); err == nil {
			m.NProc = n
		}
	}
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
				m.CPUModel = strings.TrimSpace(v)
				break
			}
		}
		f.Close()
	}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(line, "MemTotal:"); ok {
				f := strings.Fields(v)
				if len(f) > 0 {
					n, _ := strconv.ParseInt(f[0], 10, 64)
					m.MemTotalBytes = n * 1024
				}
			}
		}
	}
	// Debian's chromium wrapper prints shell noise before the version line.
	if out, err := exec.Command(chrome, "--version").Output(); err == nil {
		for _, line := range strings.Split(string(out), "\n") {
			if strings.Contains(line, "Chrom") {
				m.Chromium = strings.TrimSpace(line)
			}
		}
	}
	if out, err := exec.Command("go", "version").Output(); err == nil {
		m.Go = strings.TrimSpace(string(out))
	}
	if b, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		m.Kernel = strings.TrimSpace(string(b))
	}
	return m
}

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

func writeJSON(path string, res *results) error {
	b, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}
