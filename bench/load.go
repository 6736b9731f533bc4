//go:build !wasm

package main

import (
	"context"
	"io"
	"net/http"
	"sort"
	"sync"
	"time"
)

// acceptEncoding is what Chromium sends, so a server that negotiates
// compression answers the load test as it answers a browser.
const acceptEncoding = "gzip, deflate, br, zstd"

// loadResult of one endpoint under concurrent keep-alive clients.
type loadStats struct {
	Path          string  `json:"path"`
	Clients       int     `json:"clients"`
	Seconds       float64 `json:"seconds"`
	Requests      int     `json:"requests"`
	Errors        int     `json:"errors"` // transport errors and non-200 answers
	ReqPerSec     float64 `json:"req_per_sec"`
	P50Ms         float64 `json:"p50_ms"`
	P99Ms         float64 `json:"p99_ms"`
	MaxMs         float64 `json:"max_ms"`
	BytesPerResp  float64 `json:"bytes_per_response"`
	Encoding      string  `json:"encoding"`
	FirstErrorMsg string  `json:"first_error,omitempty"`
	PeakRSSAfter  int64   `json:"server_peak_rss_after_bytes"` // the server's VmHWM once this endpoint's load was over
}

// loadTest sends GET url, asking for encoding (acceptEncoding, as Chromium
// does, or "identity"), from `clients` goroutines, each on its own
// keep-alive connection, for d (after a short unmeasured warm-up), reading
// every body to its end. The load is bounded in time and only ever targets
// the loopback server the bench started.
func loadTest(ctx context.Context, url string, clients int, d time.Duration, encoding string) loadStats {
	tr := &http.Transport{
		MaxIdleConns:        clients,
		MaxIdleConnsPerHost: clients,
		MaxConnsPerHost:     clients,
		DisableCompression:  true, // we ask for encodings ourselves and read the bytes as sent
		IdleConnTimeout:     30 * time.Second,
	}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}

	type worker struct {
		lat      []time.Duration
		errs     int
		bytes    int64
		enc      string
		firstErr string
	}
	one := func(w *worker, record bool) {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		req.Header.Set("Accept-Encoding", encoding)
		start := time.Now()
		resp, err := client.Do(req)
		if err == nil {
			var n int64
			n, err = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if err == nil && resp.StatusCode != http.StatusOK {
				err = &statusError{resp.Status}
			}
			if record && err == nil {
				w.bytes += n
				w.enc = resp.Header.Get("Content-Encoding")
			}
		}
		if !record {
			return
		}
		if err != nil {
			w.errs++
			if w.firstErr == "" {
				w.firstErr = err.Error()
			}
			return
		}
		w.lat = append(w.lat, time.Since(start))
	}

	workers := make([]*worker, clients)
	var wg sync.WaitGroup
	warmUntil := time.Now().Add(500 * time.Millisecond)
	var begin time.Time
	var ready sync.WaitGroup
	ready.Add(clients)
	startGate := make(chan struct{})
	for i := range workers {
		w := &worker{lat: make([]time.Duration, 0, 4096)}
		workers[i] = w
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(warmUntil) && ctx.Err() == nil {
				one(w, false)
			}
			ready.Done()
			<-startGate
			for time.Since(begin) < d && ctx.Err() == nil {
				one(w, true)
			}
		}()
	}
	ready.Wait()
	begin = time.Now()
	close(startGate) // publishes begin to the workers
	wg.Wait()
	elapsed := time.Since(begin)

	s := loadStats{Clients: clients, Seconds: elapsed.Seconds()}
	var all []time.Duration
	var bytes int64
	for _, w := range workers {
		all = append(all, w.lat...)
		s.Errors += w.errs
		bytes += w.bytes
		if s.Encoding == "" && w.enc != "" {
			s.Encoding = w.enc
		}
		if s.FirstErrorMsg == "" {
			s.FirstErrorMsg = w.firstErr
		}
	}
	if s.Encoding == "" {
		s.Encoding = "identity"
	}
	s.Requests = len(all)
	if s.Requests == 0 {
		return s
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	s.ReqPerSec = float64(s.Requests) / elapsed.Seconds()
	s.P50Ms = msOfDuration(all[len(all)*50/100])
	s.P99Ms = msOfDuration(all[min(len(all)-1, len(all)*99/100)])
	s.MaxMs = msOfDuration(all[len(all)-1])
	s.BytesPerResp = float64(bytes) / float64(s.Requests)
	return s
}

type statusError struct{ status string }

func (e *statusError) Error() string { return "HTTP " + e.status }

func msOfDuration(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
