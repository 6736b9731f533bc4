//go:build !wasm

// Package servertest holds what the server's tests share: an HTTP client
// that leaves bodies as sent, requests with headers, raw requests a client
// would tidy, decoding, and the load-test switch. Starting the whole site is
// in site.go of this package.
package servertest

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"bilateral/server/encoding"
)

// LoadTest marks a test that holds many connections or waits out a
// timeout for seconds: make unit (go test -short) leaves it to make load,
// which runs exactly these (LOAD_TESTS in the Makefile); make test runs both.
func LoadTest(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("a load test: make load runs it")
	}
}

// Client is an HTTP client that leaves Accept-Encoding and redirects to
// the test: bodies arrive exactly as sent.
func Client() *http.Client {
	return &http.Client{
		Timeout:   20 * time.Second,
		Transport: &http.Transport{DisableCompression: true, MaxIdleConnsPerHost: 64},
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}
}

// Get sends method url with the headers given as "Name: value" pairs and
// returns the answer with its whole (still encoded) body.
func Get(t testing.TB, c *http.Client, method, url string, headers ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range headers {
		k, v, _ := strings.Cut(h, ":")
		req.Header.Set(k, strings.TrimSpace(v))
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%s %s: reading the body: %v", method, url, err)
	}
	return resp, b
}

// Raw sends request bytes as they are on a new connection and reads one
// answer: for targets an HTTP client would refuse or clean up.
func Raw(t testing.TB, addr, request string) (*http.Response, string) {
	t.Helper()
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := io.WriteString(conn, request); err != nil {
		t.Fatalf("write: %v", err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("%q: reading the answer: %v", FirstLine(request), err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

// RawStatus sends each raw request on its own connection and checks it is
// answered with status.
func RawStatus(t testing.TB, addr string, status int, requests ...string) {
	t.Helper()
	for _, req := range requests {
		if resp, _ := Raw(t, addr, req); resp.StatusCode != status {
			t.Errorf("%q: %d, want %d", FirstLine(req), resp.StatusCode, status)
		}
	}
}

// RawGet is a GET of target as raw request bytes.
func RawGet(target string) string {
	return fmt.Sprintf("GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", target)
}

// FirstLine is the request line of a raw request, shortened for messages.
func FirstLine(s string) string {
	l, _, _ := strings.Cut(s, "\r\n")
	if len(l) > 120 {
		l = l[:120] + "…"
	}
	return l
}

// Decode is b decoded from enc ("br", "gzip", or "" for as it is).
func Decode(t testing.TB, enc string, b []byte) []byte {
	t.Helper()
	if enc == "" {
		return b
	}
	r, err := encoding.NewReader(enc, bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: %v", enc, err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("decoding %s: %v", enc, err)
	}
	return out
}

// Record is h's answer to req, recorded.
func Record(h http.Handler, req *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// Body is the body of h's answer to GET path, failing the test unless the
// status is 200.
func Body(t testing.TB, h http.Handler, path string) string {
	t.Helper()
	rec := Record(h, httptest.NewRequest(http.MethodGet, path, nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("GET %s: status %d", path, rec.Code)
	}
	return rec.Body.String()
}
