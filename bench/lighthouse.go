//go:build !wasm

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// lighthouseBin is the Lighthouse pinned in package.json (npm ci installs it).
const lighthouseBin = "node_modules/.bin/lighthouse"

// The Lighthouse budgets.
const (
	lhMobilePerf   = 0.90
	lhDesktopPerf  = 0.98
	lhMaxCLS       = 0.01
	lhMobileLCPMs  = 2000
	lhMobileTBTMs  = 200
	lighthouseWait = 3 * time.Minute
)

// lighthouseResult is a page under the mobile default (slow 4G, 4× CPU)
// or the desktop preset: each number the median of its runs (Lighthouse's
// simulated TBT multiplies tasks observed on this machine, so one run on a
// shared machine can be far off), with the runs' TBT kept to show the
// spread.
type lighthouseResult struct {
	Path   string    `json:"path"`
	Preset string    `json:"preset"` // "mobile" or "desktop"
	Runs   int       `json:"runs"`
	Perf   float64   `json:"performance"`
	LCPMs  float64   `json:"lcp_ms"`
	TBTMs  float64   `json:"tbt_ms"`
	CLS    float64   `json:"cls"`
	TBTs   []float64 `json:"tbt_runs_ms"`
	Error  string    `json:"error,omitempty"`
}

// medianOf makes r's numbers the medians of its runs'.
func (r *lighthouseResult) medianOf(runs []lighthouseResult) {
	var perf, lcp, tbt, cls []float64
	for _, x := range runs {
		perf, lcp, tbt, cls = append(perf, x.Perf), append(lcp, x.LCPMs), append(tbt, x.TBTMs), append(cls, x.CLS)
	}
	r.Runs = len(runs)
	r.Perf, r.LCPMs, r.TBTMs, r.CLS = statOf(perf).Median, statOf(lcp).Median, statOf(tbt).Median, statOf(cls).Median
	r.TBTs = tbt
}

// lighthousePaths are every view, the shared deep link the issue names, and
// one Russian and one Azerbaijani view: their catalogues, locale formatting
// and translated dataset are what the English pages never load.
// Under a start policy other than the loader's default each path asks for
// it with ?wasm=POLICY (Lighthouse cannot run a script before the page's).
func lighthousePaths(sel []view, policies []string) []string {
	var base []string
	for _, v := range sel {
		base = append(base, v.Path)
	}
	base = append(base, "/trade?fig=trade-2023", "/ru/trade", "/az/energy")
	var paths []string
	for _, pol := range policies {
		for _, p := range base {
			if pol != startPolicies[0] {
				sep := "?"
				if strings.Contains(p, "?") {
					sep = "&"
				}
				p += sep + "wasm=" + pol
			}
			paths = append(paths, p)
		}
	}
	return paths
}

// runLighthouse runs Lighthouse on every path, mobile then desktop, each
// preset runs[preset] times, against the server at base, writing each JSON
// report to logDir/lighthouse/; a page whose run fails is reported failed.
func runLighthouse(ctx context.Context, base, chrome, logDir string, paths []string, runs map[string]int) ([]lighthouseResult, error) {
	if _, err := os.Stat(lighthouseBin); err != nil {
		return nil, fmt.Errorf("%s: %w (npm ci installs the Lighthouse pinned in package.json)", lighthouseBin, err)
	}
	dir := filepath.Join(logDir, "lighthouse")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var out []lighthouseResult
	for _, preset := range []string{"mobile", "desktop"} {
		for _, path := range paths {
			if ctx.Err() != nil {
				return out, ctx.Err()
			}
			// The server makes a page once per canonical address and keeps
			// it; a reader is rarely the first to ask for one, so neither
			// is Lighthouse.
			if res, err := http.Get(base + path); err == nil {
				_, _ = io.Copy(io.Discard, res.Body)
				res.Body.Close()
			}
			r := lighthouseResult{Path: path, Preset: preset}
			var done []lighthouseResult
			for i := 1; i <= runs[preset] && r.Error == ""; i++ {
				run := lighthouseResult{Path: path, Preset: preset}
				report := filepath.Join(dir, fmt.Sprintf("%s-%s-%d.json", preset, strings.NewReplacer("/", "_", "?", "_", "=", "_").Replace(path), i))
				args := []string{base + path, "--quiet", "--only-categories=performance",
					"--output=json", "--output-path=" + report,
					`--chrome-flags=--headless --no-sandbox --disable-gpu`}
				if preset == "desktop" {
					args = append(args, "--preset=desktop")
				}
				rctx, cancel := context.WithTimeout(ctx, lighthouseWait)
				cmd := exec.CommandContext(rctx, lighthouseBin, args...)
				cmd.Env = append(os.Environ(), "CHROME_PATH="+chrome)
				msg, err := cmd.CombinedOutput()
				cancel()
				if err == nil {
					err = readLighthouse(report, &run)
				}
				if err != nil {
					r.Error = fmt.Sprintf("run %d: %v: %s", i, err, lastLine(string(msg)))
				}
				logf("lighthouse %s %s (run %d): perf %.2f, LCP %.0f ms, TBT %.0f ms, CLS %.3f %s",
					preset, path, i, run.Perf, run.LCPMs, run.TBTMs, run.CLS, r.Error)
				done = append(done, run)
			}
			if r.Error == "" {
				r.medianOf(done)
			}
			out = append(out, r)
		}
	}
	return out, nil
}

// readLighthouse takes the score and the three metrics from a JSON report.
func readLighthouse(report string, r *lighthouseResult) error {
	b, err := os.ReadFile(report)
	if err != nil {
		return err
	}
	var lhr struct {
		Categories struct {
			Performance struct {
				Score *float64 `json:"score"`
			} `json:"performance"`
		} `json:"categories"`
		Audits map[string]struct {
			NumericValue float64 `json:"numericValue"`
		} `json:"audits"`
		RuntimeError *struct {
			Message string `json:"message"`
		} `json:"runtimeError"`
	}
	if err := json.Unmarshal(b, &lhr); err != nil {
		return fmt.Errorf("%s: %w", report, err)
	}
	if lhr.RuntimeError != nil {
		return fmt.Errorf("lighthouse: %s", lhr.RuntimeError.Message)
	}
	if lhr.Categories.Performance.Score == nil {
		return fmt.Errorf("%s: no performance score", report)
	}
	r.Perf = *lhr.Categories.Performance.Score
	r.LCPMs = lhr.Audits["largest-contentful-paint"].NumericValue
	r.TBTMs = lhr.Audits["total-blocking-time"].NumericValue
	r.CLS = lhr.Audits["cumulative-layout-shift"].NumericValue
	return nil
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

// renderLighthouse is the Lighthouse table, each number beside its budget,
// and how many budgets were missed.
func renderLighthouse(rs []lighthouseResult) (string, int) {
	var b strings.Builder
	missed := 0
	mark := func(ok bool) string {
		if ok {
			return "ok"
		}
		missed++
		return "MISSED"
	}
	fmt.Fprintf(&b, "Lighthouse 12 (%s): medians of each page's runs; TBT's runs in brackets\n", lighthouseBin)
	fmt.Fprintf(&b, "%-8s %-24s %-16s %-18s %-18s %-16s %s\n", "preset", "page", "perf", "LCP", "TBT", "CLS", "TBT runs")
	for _, r := range rs {
		if r.Error != "" {
			missed++
			fmt.Fprintf(&b, "%-8s %-24s failed: %s\n", r.Preset, r.Path, r.Error)
			continue
		}
		perfBudget := lhDesktopPerf
		if r.Preset == "mobile" {
			perfBudget = lhMobilePerf
		}
		perf := fmt.Sprintf("%.2f≥%.2f %s", r.Perf, perfBudget, mark(r.Perf >= perfBudget))
		lcp, tbt := fmt.Sprintf("%.0f ms", r.LCPMs), fmt.Sprintf("%.0f ms", r.TBTMs)
		if r.Preset == "mobile" {
			lcp += fmt.Sprintf("≤%d %s", lhMobileLCPMs, mark(r.LCPMs <= lhMobileLCPMs))
			tbt += fmt.Sprintf("≤%d %s", lhMobileTBTMs, mark(r.TBTMs <= lhMobileTBTMs))
		}
		cls := fmt.Sprintf("%.3f≤%.2f %s", r.CLS, lhMaxCLS, mark(r.CLS <= lhMaxCLS))
		var runs []string
		for _, x := range r.TBTs {
			runs = append(runs, fmt.Sprintf("%.0f", x))
		}
		fmt.Fprintf(&b, "%-8s %-24s %-16s %-18s %-18s %-16s [%s]\n", r.Preset, r.Path, perf, lcp, tbt, cls, strings.Join(runs, " "))
	}
	return b.String(), missed
}
