//go:build !wasm

package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"bilateral/internal/harness"
)

// appServer is the real bin/bilateral, started by internal/harness as the
// e2e suite starts it, with what the bench reads of the running process.
type appServer struct {
	*harness.Server
	// What the server made as it started (site.WarmPages): every view's
	// page, then the deep links those pages link to.
	pagesMadeAtStart, linksMadeAtStart madeAtStart
}

// madeAtStart is what a line of the server's log says of the pages it made
// as it started: how many, in how long.
type madeAtStart struct {
	Pages   int     `json:"pages"`
	Seconds float64 `json:"seconds"`
}

func startServer(ctx context.Context, bin, logPath string) (*appServer, error) {
	s, err := harness.StartServer(ctx, harness.ServerOptions{Bin: bin, Log: logPath})
	if err != nil {
		return nil, err
	}
	// The server makes every view's page and their deep links once as it
	// starts (site.WarmPages): the bench measures the pages' loads, not
	// that, nor beside it.
	pages, err := waitForLogLine(ctx, logPath, `msg="pages made at start"`, 3*time.Minute)
	if err != nil {
		s.Stop()
		return nil, err
	}
	links, err := waitForLogLine(ctx, logPath, `msg="deep links made at start"`, 5*time.Minute)
	if err != nil {
		s.Stop()
		return nil, err
	}
	return &appServer{Server: s,
		pagesMadeAtStart: parseMadeAtStart(pages, "pages"),
		linksMadeAtStart: parseMadeAtStart(links, "links"),
	}, nil
}

// waitForLogLine waits until the log at path has a line containing what,
// and returns that line.
func waitForLogLine(ctx context.Context, path, what string, max time.Duration) (string, error) {
	deadline := time.Now().Add(max)
	for {
		b, err := os.ReadFile(path)
		if err != nil {
			return "", err
		}
		for _, line := range strings.Split(string(b), "\n") {
			if strings.Contains(line, what) {
				return line, nil
			}
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			return "", fmt.Errorf("the server's log (%s) did not say %q within %s", path, what, max)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// parseMadeAtStart reads the count (count=) and took= of the server's log
// line (slog's text form); what it cannot read stays zero.
func parseMadeAtStart(line, count string) madeAtStart {
	var p madeAtStart
	for _, field := range strings.Fields(line) {
		if v, ok := strings.CutPrefix(field, count+"="); ok {
			p.Pages, _ = strconv.Atoi(v)
		} else if v, ok := strings.CutPrefix(field, "took="); ok {
			if d, err := time.ParseDuration(v); err == nil {
				p.Seconds = d.Seconds()
			}
		}
	}
	return p
}

// written is how many bytes the server process has sent on its sockets so
// far: what it handed to write(2) (/proc/PID/io wchar) less what went to its
// log file (its only other output), that is response headers and bodies,
// whoever asked — the page, its preloads or the service worker. The bench is
// its only client, so a difference over a page load is what that load cost
// the server to send.
func (s *appServer) written() (int64, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/io", s.PID()))
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "wchar:"); ok {
			n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
			if err != nil {
				return 0, err
			}
			if st, err := os.Stat(s.LogPath); err == nil {
				n -= st.Size()
			}
			return n, nil
		}
	}
	return 0, fmt.Errorf("no wchar in /proc/%d/io", s.PID())
}

// quiet waits until the server has written nothing for idle (at most max), so
// a service worker's install downloads are over before the next step.
func (s *appServer) quiet(idle, max time.Duration) {
	deadline := time.Now().Add(max)
	last, _ := s.written()
	since := time.Now()
	for time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
		n, _ := s.written()
		if n != last {
			last, since = n, time.Now()
			continue
		}
		if time.Since(since) >= idle {
			return
		}
	}
}

// memoryInfo is the server process's resident memory from /proc/PID/status.
type memoryInfo struct {
	PeakRSSBytes int64 `json:"peak_rss_bytes"` // VmHWM
	RSSBytes     int64 `json:"rss_bytes"`      // VmRSS when read
	AnonBytes    int64 `json:"rss_anon_bytes"` // RssAnon when read: heap, stacks
	FileBytes    int64 `json:"rss_file_bytes"` // RssFile when read: the binary's pages, embedded assets included
}

func (s *appServer) memory() memoryInfo {
	var m memoryInfo
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.PID()))
	if err != nil {
		return m
	}
	for _, line := range strings.Split(string(b), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		f := strings.Fields(v)
		if len(f) < 1 {
			continue
		}
		n, _ := strconv.ParseInt(f[0], 10, 64)
		switch k {
		case "VmHWM":
			m.PeakRSSBytes = n * 1024
		case "VmRSS":
			m.RSSBytes = n * 1024
		case "RssAnon":
			m.AnonBytes = n * 1024
		case "RssFile":
			m.FileBytes = n * 1024
		}
	}
	return m
}

func httpGet(url string) ([]byte, error) {
	client := &http.Client{Timeout: 10 * time.Second}
	resp, err := client.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	return io.ReadAll(resp.Body)
}

// servedSize is what the server sends for url to a browser that accepts
// brotli and gzip: the encoding and the body's length on the wire.
func servedSize(url string) (servedAsset, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return servedAsset{}, err
	}
	req.Header.Set("Accept-Encoding", acceptEncoding)
	tr := &http.Transport{DisableCompression: true}
	defer tr.CloseIdleConnections()
	resp, err := (&http.Client{Transport: tr, Timeout: 30 * time.Second}).Do(req)
	if err != nil {
		return servedAsset{}, err
	}
	defer resp.Body.Close()
	n, err := io.Copy(io.Discard, resp.Body)
	enc := resp.Header.Get("Content-Encoding")
	if enc == "" {
		enc = "identity"
	}
	return servedAsset{Bytes: n, Encoding: enc}, err
}
