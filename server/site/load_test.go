//go:build !wasm

package site_test

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"bilateral/app"
	"bilateral/internal/servertest"
	"bilateral/server/assets"
)

// The full load test runs 10 s: go test -run TestLoad -long . (or
// BILATERAL_LOAD_LONG=1 go test ./...); by default it runs 4 s.
// BILATERAL_LOAD_URL=http://host:port aims it at a running server.
var longLoad = flag.Bool("long", false, "run the server load test for 10 s instead of 4 s")

const loadClients = 64

// loadTargets are what a reader's browser asks for: a page, the Wasm as
// brotli, the dataset, and a deep link with state.
var loadTargets = []struct{ name, path, accept string }{
	{"page", "/", "gzip, deflate, br, zstd"},
	{"wasm", "/web/app.wasm", "gzip, deflate, br, zstd"},
	{"dataset", app.DatasetPath, "gzip, deflate, br, zstd"},
	{"deep link", "/timeline?event=declaration-allied-cooperation-2022", "gzip, deflate, br, zstd"},
}

// TestLoad: 64 concurrent clients request the targets in turn for a fixed
// time. Every answer must be a 200 (or 304) read to its end; the test logs
// requests per second, latency percentiles and the process's peak RSS.
func TestLoad(t *testing.T) {
	servertest.LoadTest(t)
	dur := 4 * time.Second
	if *longLoad || os.Getenv("BILATERAL_LOAD_LONG") != "" {
		dur = 10 * time.Second
	}
	var ts *servertest.Server
	if u := os.Getenv("BILATERAL_LOAD_URL"); u != "" {
		// A running server, such as bin/bilateral (whose own peak RSS is
		// then VmHWM in /proc/PID/status).
		ts = &servertest.Server{URL: strings.TrimRight(u, "/")}
		t.Logf("load against %s", ts.URL)
	} else {
		ts = servertest.SiteServer(t)
		if a := assets.MustEmbedded().Get("app.wasm"); a == nil || len(a.Encodings()) == 0 {
			t.Logf("note: no precompressed web/app.wasm in this build (run make build): the Wasm target is what the server has")
		}
	}
	tr := &http.Transport{DisableCompression: true, MaxIdleConnsPerHost: loadClients, MaxConnsPerHost: loadClients}
	defer tr.CloseIdleConnections()
	c := &http.Client{Transport: tr, Timeout: 30 * time.Second}

	type sample struct {
		target int
		d      time.Duration
		bytes  int64
		enc    string
	}
	var (
		mu       sync.Mutex
		samples  []sample
		failures []string
	)
	ctx, cancel := context.WithTimeout(context.Background(), dur)
	defer cancel()
	start := time.Now()
	var wg sync.WaitGroup
	for i := 0; i < loadClients; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []sample
			var bad []string
			for n := i; ctx.Err() == nil; n++ {
				k := n % len(loadTargets)
				tg := loadTargets[k]
				req, _ := http.NewRequest("GET", ts.URL+tg.path, nil)
				req.Header.Set("Accept-Encoding", tg.accept)
				t0 := time.Now()
				resp, err := c.Do(req)
				if err != nil {
					bad = append(bad, fmt.Sprintf("%s: %v", tg.name, err))
					continue
				}
				nb, err := io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				d := time.Since(t0)
				switch {
				case err != nil:
					bad = append(bad, fmt.Sprintf("%s: reading: %v", tg.name, err))
				case resp.StatusCode != 200 && resp.StatusCode != 304:
					bad = append(bad, fmt.Sprintf("%s: status %d", tg.name, resp.StatusCode))
				case resp.ContentLength >= 0 && resp.ContentLength != nb:
					bad = append(bad, fmt.Sprintf("%s: %d of %d bytes", tg.name, nb, resp.ContentLength))
				default:
					mine = append(mine, sample{k, d, nb, resp.Header.Get("Content-Encoding")})
				}
			}
			mu.Lock()
			samples = append(samples, mine...)
			failures = append(failures, bad...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)

	if len(failures) > 0 {
		t.Errorf("%d failed requests, first: %s", len(failures), strings.Join(failures[:min(5, len(failures))], "; "))
	}
	if len(samples) == 0 {
		t.Fatal("no request completed")
	}
	pct := func(ds []time.Duration, p float64) time.Duration {
		slices.Sort(ds)
		return ds[min(len(ds)-1, int(float64(len(ds))*p))]
	}
	var all []time.Duration
	var total int64
	for k, tg := range loadTargets {
		var ds []time.Duration
		var bytes int64
		enc := ""
		for _, s := range samples {
			if s.target == k {
				ds = append(ds, s.d)
				bytes += s.bytes
				enc = s.enc
			}
		}
		all = append(all, ds...)
		total += bytes
		if len(ds) == 0 {
			t.Errorf("%s: no request completed", tg.name)
			continue
		}
		if enc == "" && tg.name != "page" {
			enc = "identity"
		}
		t.Logf("%-9s %6d req %8.0f req/s  p50 %8s  p99 %8s  %6.1f KiB each (%s)",
			tg.name, len(ds), float64(len(ds))/elapsed.Seconds(), pct(ds, 0.50).Round(10*time.Microsecond),
			pct(ds, 0.99).Round(10*time.Microsecond), float64(bytes)/float64(len(ds))/1024, enc)
	}
	t.Logf("all       %6d req %8.0f req/s  p50 %8s  p99 %8s  %.0f MiB/s, %d clients, %s, 0 errors=%v",
		len(all), float64(len(all))/elapsed.Seconds(), pct(all, 0.50).Round(10*time.Microsecond),
		pct(all, 0.99).Round(10*time.Microsecond), float64(total)/elapsed.Seconds()/(1<<20),
		loadClients, elapsed.Round(time.Millisecond), len(failures) == 0)
	t.Logf("peak RSS of this process (server and clients): %s", peakRSS())
}

// peakRSS reads VmHWM from /proc/self/status.
func peakRSS() string {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return "unknown (" + err.Error() + ")"
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if v, ok := strings.CutPrefix(s.Text(), "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}

// TestSlowClients: 200 connections that send their request head one byte
// a second do not keep a normal client waiting, and the read-header
// timeout closes each of them.
func TestSlowClients(t *testing.T) {
	servertest.LoadTest(t)
	const (
		slow       = 200
		readHeader = 2 * time.Second
	)
	cfg := servertest.Config()
	cfg.Timeouts.ReadHeader = readHeader
	ts := servertest.Start(t, cfg, servertest.Site(t), nil)

	// The usual time of a normal request, on fresh connections.
	fresh := func() *http.Client {
		return &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	}
	timeGet := func(path string) (time.Duration, error) {
		t0 := time.Now()
		resp, err := fresh().Get(ts.URL + path)
		if err != nil {
			return 0, err
		}
		_, err = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if err == nil && resp.StatusCode != 200 {
			err = fmt.Errorf("status %d", resp.StatusCode)
		}
		return time.Since(t0), err
	}
	var usual time.Duration
	for i := 0; i < 5; i++ {
		d, err := timeGet("/trade")
		if err != nil {
			t.Fatal(err)
		}
		usual = max(usual, d)
	}

	start := time.Now()
	closed := make(chan time.Duration, slow)
	var conns []net.Conn
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	head := "GET /trade HTTP/1.1\r\nHost: localhost\r\nUser-Agent: slowloris\r\nAccept: */*\r\n\r\n"
	for i := 0; i < slow; i++ {
		c, err := net.DialTimeout("tcp", ts.Addr, 5*time.Second)
		if err != nil {
			t.Fatalf("slow connection %d: %v", i, err)
		}
		conns = append(conns, c)
		go func() { // one byte a second until the server hangs up
			for j := 0; j < len(head); j++ {
				if _, err := c.Write([]byte{head[j]}); err != nil {
					return
				}
				time.Sleep(time.Second)
			}
		}()
		go func() { // the server's answer, if any, then its close
			c.SetReadDeadline(time.Now().Add(readHeader + 10*time.Second))
			io.Copy(io.Discard, c)
			closed <- time.Since(start)
		}()
	}

	// A normal client meanwhile: served in its usual time.
	time.Sleep(300 * time.Millisecond)
	bound := max(time.Second, 20*usual)
	for i := 0; i < 10; i++ {
		for _, p := range []string{"/trade", "/healthz", app.DatasetPath} {
			d, err := timeGet(p)
			if err != nil {
				t.Fatalf("normal client, %s, with %d slow connections open: %v", p, slow, err)
			}
			if d > bound {
				t.Errorf("normal client, %s: %s with %d slow connections open (usual %s)", p, d, slow, usual)
			}
		}
	}

	// Every slow connection is closed by the read-header timeout.
	var last time.Duration
	for i := 0; i < slow; i++ {
		select {
		case d := <-closed:
			last = max(last, d)
			if d < readHeader-500*time.Millisecond {
				t.Errorf("a slow connection closed after %s, before the %s timeout", d, readHeader)
			}
		case <-time.After(readHeader + 8*time.Second):
			t.Fatalf("only %d of %d slow connections closed after %s", i, slow, time.Since(start))
		}
	}
	t.Logf("usual %s; %d slow connections all closed by %s (read-header timeout %s)", usual, slow, last.Round(time.Millisecond), readHeader)
}

// TestConnectionLimit: past -max-conns, a new connection waits until one
// closes rather than being served beside them.
func TestConnectionLimit(t *testing.T) {
	servertest.LoadTest(t)
	cfg := servertest.Config()
	cfg.MaxConns = 4
	cfg.Timeouts.ReadHeader = 1 * time.Second
	ts := servertest.Start(t, cfg, servertest.Site(t), nil)
	var held []net.Conn
	for i := 0; i < cfg.MaxConns; i++ {
		c, err := net.Dial("tcp", ts.Addr)
		if err != nil {
			t.Fatal(err)
		}
		held = append(held, c)
	}
	defer func() {
		for _, c := range held {
			c.Close()
		}
	}()
	time.Sleep(100 * time.Millisecond)
	t0 := time.Now()
	resp, err := (&http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}).Get(ts.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	// The held connections send nothing: the read-header timeout frees them.
	if d := time.Since(t0); d < 700*time.Millisecond {
		t.Errorf("the fifth connection was served after %s, while 4 of 4 were held", d)
	}
}
