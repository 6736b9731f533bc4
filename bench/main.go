//go:build !wasm

// Command bench measures Bilateral end to end: `make bench` (go run ./bench).
//
// It starts the real bin/bilateral on a free loopback port and, in headless
// Chromium with a fresh profile for every cold load, measures for every view:
// the cold load to data-ready and first contentful paint, the same for a
// hand-written HTML+ECharts reference page it serves itself (measured
// alternately with the app, in the same run), the warm load (a second visit in
// the same profile, service worker and caches in place), the switch to the
// view from the previous one by clicking its navigation link, and the bytes a
// cold load transfers. It then measures the Wasm's size (raw, gzip, brotli),
// the server under concurrent loopback clients, and the server's peak memory.
//
// It prints one table, each number beside its budget, and writes everything
// (with every sample and the machine it ran on) to bench/results.json. It
// exits 0 when it could measure, whether or not the budgets are met; with
// -strict it exits 1 when one is missed.
package main

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	"bilateral/app"
	"bilateral/internal/harness"
)

// view is one page of the dashboard, named as app.Views names it; its JSON
// form is what bench/results.json records.
type view struct {
	Name string `json:"name"`
	Path string `json:"path"`
}

// views are the app's own views, in navigation order, so a view added to
// the app is measured without touching the bench.
var views = func() []view {
	vs := make([]view, len(app.Views))
	for i, v := range app.Views {
		vs[i] = view{v.Name, v.Path}
	}
	return vs
}()

type config struct {
	Runs           int           `json:"runs"`
	LoadSeconds    float64       `json:"load_seconds"`
	Clients        int           `json:"clients"`
	Bin            string        `json:"bin"`
	Chrome         string        `json:"chrome"`
	Wasm           string        `json:"wasm"`
	ECharts        string        `json:"echarts"`
	Out            string        `json:"-"`
	LogDir         string        `json:"-"`
	Views          string        `json:"views"`
	Timeout        time.Duration `json:"-"`
	Note           string        `json:"-"`
	Strict         bool          `json:"-"`
	SkipLoad       bool          `json:"-"`
	Lighthouse     bool          `json:"lighthouse"`
	LighthouseRuns int           `json:"lighthouse_runs"`
	// Desktop's numbers vary far less (TBT 0 and performance 1.00 in every
	// run of the benches of 4-5 December), so it needs fewer runs.
	LighthouseDesktopRuns int `json:"lighthouse_desktop_runs"`
	// The Wasm's start: the policies compared (the first is the loader's
	// default), and when the bench's reader first interacts.
	Start           string        `json:"start"`
	InteractAfter   time.Duration `json:"interact_after_ns"`
	LighthouseStart string        `json:"lighthouse_start"`
	SkipViews       bool          `json:"-"`
}

func main() {
	serveFilesIfAsked()
	var c config
	flag.IntVar(&c.Runs, "runs", 5, "runs per view (the median is reported; at least 5 for the budgets)")
	flag.Float64Var(&c.LoadSeconds, "load-seconds", 5, "seconds of load per server endpoint")
	flag.IntVar(&c.Clients, "clients", 32, "concurrent keep-alive clients of the server load test")
	flag.StringVar(&c.Bin, "bin", "bin/bilateral", "the server binary (make build)")
	flag.StringVar(&c.Chrome, "chrome", "", "Chromium binary (default $CHROME, else /usr/bin/chromium)")
	flag.StringVar(&c.Wasm, "wasm", "web/app.wasm", "the Wasm binary whose size is measured")
	flag.StringVar(&c.ECharts, "echarts", "node_modules/echarts/dist/echarts.min.js", "ECharts for the reference pages")
	flag.StringVar(&c.Out, "out", "bench/results.json", "where the results are written as JSON")
	flag.StringVar(&c.LogDir, "logs", "test-output/bench", "where the server's and Chromium's logs go")
	flag.StringVar(&c.Views, "views", "", "comma-separated view names to measure (default: all)")
	flag.DurationVar(&c.Timeout, "timeout", 45*time.Second, "longest wait for one page to be ready")
	flag.StringVar(&c.Note, "note", "", "a remark stored with the results (say, that the machine was busy)")
	flag.BoolVar(&c.Strict, "strict", false, "exit 1 when a budget is missed")
	flag.BoolVar(&c.SkipLoad, "skip-load", false, "skip the server load test (quicker, for working on the bench)")
	flag.BoolVar(&c.Lighthouse, "lighthouse", true, "run Lighthouse (mobile and desktop) on every view and a deep link")
	flag.IntVar(&c.LighthouseRuns, "lighthouse-runs", 5, "Lighthouse mobile runs per page (the medians are reported; Lighthouse's guide to variability asks for 5)")
	flag.IntVar(&c.LighthouseDesktopRuns, "lighthouse-desktop-runs", 3, "Lighthouse desktop runs per page")
	flag.StringVar(&c.Start, "start", "interaction,idle", "Wasm start policies to compare in the phases of a cold load ("+strings.Join(startPolicies, ", ")+"; empty: none)")
	flag.DurationVar(&c.InteractAfter, "interact-after", time.Second, "when, after the first contentful paint, the phases runs click a chart (or press Tab)")
	flag.StringVar(&c.LighthouseStart, "lighthouse-start", "interaction", "Wasm start policies Lighthouse runs under (a policy other than the default, interaction, is asked for with ?wasm=POLICY)")
	flag.BoolVar(&c.SkipViews, "skip-views", false, "skip the cold/warm/switch loads and their reference (quicker, for working on the bench)")
	flag.Parse()

	if c.Runs < 1 {
		fail(fmt.Errorf("-runs must be at least 1"))
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	missed, err := run(ctx, &c)
	if err != nil {
		fail(err)
	}
	if missed > 0 && c.Strict {
		os.Exit(1)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "bench:", err)
	os.Exit(2)
}

func selectedViews(list string) ([]view, error) {
	if list == "" {
		return views, nil
	}
	var out []view
	for _, name := range strings.Split(list, ",") {
		name = strings.TrimSpace(name)
		found := false
		for _, v := range views {
			if v.Name == name || v.Path == name {
				out = append(out, v)
				found = true
			}
		}
		if !found {
			return nil, fmt.Errorf("-views: no view %q", name)
		}
	}
	return out, nil
}

// next is the view after v in navigation order, wrapping around: the view a
// click on the navigation bar switches to from v.
func next(v view) view {
	for i := range views {
		if views[i].Name == v.Name {
			return views[(i+1)%len(views)]
		}
	}
	return views[0]
}

func run(ctx context.Context, c *config) (missed int, err error) {
	sel, err := selectedViews(c.Views)
	if err != nil {
		return 0, err
	}
	policies, err := parsePolicies(c.Start)
	if err != nil {
		return 0, err
	}
	lhPolicies, err := parsePolicies(c.LighthouseStart)
	if err != nil {
		return 0, err
	}
	if c.Bin, err = harness.ServerBinary(c.Bin); err != nil {
		return 0, err
	}
	if c.Chrome, err = harness.ChromePath(c.Chrome); err != nil {
		return 0, err
	}
	for _, p := range []string{c.Wasm, c.ECharts} {
		if _, err := os.Stat(p); err != nil {
			return 0, fmt.Errorf("%s: %w (run make bench, which builds first)", p, err)
		}
	}
	if err := os.MkdirAll(c.LogDir, 0o755); err != nil {
		return 0, err
	}
	started := time.Now()
	res := &results{Started: started.UTC().Format(time.RFC3339), Config: *c, Note: c.Note}
	res.Machine = machineInfo(c.Chrome)
	logf("machine: %s, %d CPUs, %.1f GB memory, load average %s", res.Machine.CPUModel, res.Machine.NProc,
		float64(res.Machine.MemTotalBytes)/1e9, res.Machine.LoadAvgStart)

	srv, err := startServer(ctx, c.Bin, filepath.Join(c.LogDir, "server.log"))
	if err != nil {
		return 0, err
	}
	defer srv.Stop()
	logf("server: %s (pid %d)", srv.URL, srv.PID())
	res.ServerMemoryStart = srv.memory()
	res.PagesMadeAtStart, res.DeepLinksMadeAtStart = srv.pagesMadeAtStart, srv.linksMadeAtStart

	dataset, err := httpGet(srv.URL + "/data/relations.json")
	if err != nil {
		return 0, fmt.Errorf("fetch the dataset from the server: %w", err)
	}
	ref, err := startRefServer(c.ECharts, dataset)
	if err != nil {
		return 0, err
	}
	defer ref.Close()
	logf("reference pages: %s/ref/<view>.html", ref.base)

	// The Wasm first, so its size is that of the build the server embeds.
	logf("wasm: measuring %s (brotli quality 11 takes a while)", c.Wasm)
	if res.Wasm, err = wasmSizes(c.Wasm); err != nil {
		return 0, err
	}
	res.Wasm.Served, _ = servedSize(srv.URL + "/web/app.wasm")

	b := &bench{c: c, app: srv, ref: ref}
	if !c.SkipViews {
		if res.Views, err = b.measureViews(ctx, sel); err != nil {
			return 0, err
		}
	}
	if len(policies) > 0 {
		if err := b.openChromeLog(); err != nil {
			return 0, err
		}
		res.Phases, err = b.measurePhases(ctx, sel, policies, c.InteractAfter)
		b.chromeLog.Close()
		if err != nil {
			return 0, err
		}
	}
	res.ServerMemoryBrowsing = srv.memory()

	var lighthouseTable string
	if c.Lighthouse {
		if res.Lighthouse, err = runLighthouse(ctx, srv.URL, c.Chrome, c.LogDir, lighthousePaths(sel, lhPolicies), map[string]int{"mobile": max(1, c.LighthouseRuns), "desktop": max(1, c.LighthouseDesktopRuns)}); err != nil {
			return 0, err
		}
		var lhMissed int
		lighthouseTable, lhMissed = renderLighthouse(res.Lighthouse)
		missed += lhMissed
	}

	if !c.SkipLoad {
		for _, path := range []string{"/trade", "/web/app.wasm", "/data/relations.json"} {
			if ctx.Err() != nil {
				return 0, ctx.Err()
			}
			logf("load: %s, %d clients, %.0f s", path, c.Clients, c.LoadSeconds)
			lr := loadTest(ctx, srv.URL+path, c.Clients, time.Duration(c.LoadSeconds*float64(time.Second)), acceptEncoding)
			lr.Path = path
			lr.PeakRSSAfter = srv.memory().PeakRSSBytes
			logf("load: %s: %.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors", path, lr.ReqPerSec, lr.P50Ms, lr.P99Ms, lr.Errors)
			res.Server = append(res.Server, lr)
		}
		if res.DatasetIdentity, err = datasetAgainstFileServer(ctx, c, srv.URL); err != nil {
			return 0, err
		}
	}
	res.ServerMemory = srv.memory()

	res.Machine.LoadAvgEnd = loadAvg()
	res.DurationSeconds = time.Since(started).Seconds()
	res.Table = budgetTable(res)
	for _, r := range res.Table { // added to Lighthouse's misses, if any
		if r.Met != nil && !*r.Met {
			missed++
		}
	}
	res.BudgetsMissed = missed

	fmt.Println()
	fmt.Print(renderTable(res))
	if t := renderPhases(res.Phases, c.InteractAfter); t != "" {
		fmt.Println()
		fmt.Print(t)
	}
	if lighthouseTable != "" {
		fmt.Println()
		fmt.Print(lighthouseTable)
	}
	if err := writeJSON(c.Out, res); err != nil {
		return missed, err
	}
	logf("wrote %s (%.0f s in all)", c.Out, res.DurationSeconds)
	return missed, nil
}

// yardstickClients is how many connections the dataset and its yardstick
// get: the comparison used 64.
const yardstickClients = 64

// datasetAgainstFileServer loads GET /data/relations.json, identity
// encoding, on the server and on Go's plain http.FileServer of the same
// file (fileserver.go), one after the other.
func datasetAgainstFileServer(ctx context.Context, c *config, app string) (*yardstick, error) {
	base, stop, err := startFileServer("data", filepath.Join(c.LogDir, "fileserver-access.log"))
	if err != nil {
		return nil, fmt.Errorf("the http.FileServer yardstick: %w", err)
	}
	defer stop()
	d := time.Duration(c.LoadSeconds * float64(time.Second))
	y := &yardstick{}
	// One run of each differed by up to 1.4x between two benches of the
	// same code (the yardstick 13.8k-18.8k req/s): the two take turns, and
	// the median round of each is compared.
	var ours, theirs []loadStats
	for round := 1; round <= yardstickRounds && ctx.Err() == nil; round++ {
		logf("load: %s, identity, %d clients, %.0f s, then http.FileServer (round %d of %d)", datasetPath, yardstickClients, c.LoadSeconds, round, yardstickRounds)
		ours = append(ours, loadTest(ctx, app+datasetPath, yardstickClients, d, "identity"))
		theirs = append(theirs, loadTest(ctx, base+"/relations.json", yardstickClients, d, "identity"))
		y.BilateralRounds = append(y.BilateralRounds, ours[len(ours)-1].ReqPerSec)
		y.FileServerRounds = append(y.FileServerRounds, theirs[len(theirs)-1].ReqPerSec)
	}
	if len(ours) == 0 {
		return nil, ctx.Err()
	}
	y.Bilateral, y.FileServer = medianRound(ours), medianRound(theirs)
	y.Bilateral.Path, y.FileServer.Path = datasetPath, "/relations.json"
	rates := func(r []float64) string {
		var s []string
		for _, v := range r {
			s = append(s, thousands(v))
		}
		return strings.Join(s, ", ")
	}
	logf("load: %s identity: %.0f req/s (rounds %s); http.FileServer: %.0f req/s (rounds %s)", datasetPath,
		y.Bilateral.ReqPerSec, rates(y.BilateralRounds), y.FileServer.ReqPerSec, rates(y.FileServerRounds))
	return y, nil
}

// yardstickRounds is how many times the dataset and its yardstick take turns.
const yardstickRounds = 3

// medianRound is the round with the median rate (the lower middle one of
// an even number).
func medianRound(rounds []loadStats) loadStats {
	sorted := slices.Clone(rounds)
	slices.SortFunc(sorted, func(a, b loadStats) int { return cmp.Compare(a.ReqPerSec, b.ReqPerSec) })
	return sorted[(len(sorted)-1)/2]
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}
