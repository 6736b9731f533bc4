//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"bilateral/app"
	"bilateral/app/i18n"
	"bilateral/internal/servertest"
)

// Tests of run, the flags and what it refuses before serving; what it
// serves is tested where it is made (server/site, server/…).

// TestBrokenDatasetRefused runs the server's main as the binary does on a
// broken -data file and on a missing one: exit 1 before listening, the
// file, the field path and the reason on one line. Which files are broken
// and why is data/'s table (data/parse_test.go); this is that the server
// refuses them and says so.
func TestBrokenDatasetRefused(t *testing.T) {
	broken := filepath.Join("data", "testdata", "broken", "unknown-unit.json")
	for _, tc := range []struct{ name, file, line string }{
		{"broken", broken, broken + `: figures[id=trade-2023-growth].unit: unknown unit "pct"`},
		{"missing", filepath.Join(t.TempDir(), "nope.json"), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out strings.Builder
			if code := run([]string{"-data", tc.file, "-addr", "127.0.0.1:0"}, &out); code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			want := tc.line
			if want == "" {
				want = tc.file
			}
			if !strings.Contains(out.String(), "refusing to start") || !strings.Contains(out.String(), want) {
				t.Errorf("no %q after refusing to start in:\n%s", want, out.String())
			}
			if strings.Contains(out.String(), "serving Bilateral") {
				t.Error("it started serving")
			}
		})
	}
}

// TestTLSFlags: -tls-cert and -tls-key go together, and a certificate that
// cannot be loaded stops the start.
func TestTLSFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-tls-cert", "cert.pem"},
		{"-tls-key", "key.pem"},
	} {
		var out strings.Builder
		if code := run(append(args, "-addr", "127.0.0.1:0"), &out); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
		if !strings.Contains(out.String(), "-tls-cert and -tls-key") {
			t.Errorf("%v: says %q", args, out.String())
		}
	}
	dir := t.TempDir()
	var out strings.Builder
	missing := filepath.Join(dir, "nope.pem")
	if code := run([]string{"-addr", "127.0.0.1:0", "-tls-cert", missing, "-tls-key", missing}, &out); code != 1 {
		t.Errorf("missing certificate: exit %d, want 1", code)
	}
	if !strings.Contains(out.String(), "TLS certificate") {
		t.Errorf("missing certificate: says %q", out.String())
	}
}

// TestBadAllowedHosts: a -allowed-hosts entry that is not a host name is a
// usage error naming the flag.
func TestBadAllowedHosts(t *testing.T) {
	var out strings.Builder
	if code := run([]string{"-addr", "127.0.0.1:0", "-allowed-hosts", "ok.example,bad host"}, &out); code != 2 ||
		!strings.Contains(out.String(), "-allowed-hosts") {
		t.Errorf("-allowed-hosts with a bad name: exit %d, says %q; want 2 naming the flag", code, out.String())
	}
}

// TestServerMakesEveryViewsPageAtStart: the server's main, once it serves,
// makes every view's page in every language (site.WarmPages) and says so;
// it stops cleanly on SIGTERM.
func TestServerMakesEveryViewsPageAtStart(t *testing.T) {
	app.Register()
	var out servertest.LockedBuffer
	code := make(chan int, 1)
	go func() { code <- run([]string{"-addr", "127.0.0.1:0"}, &out) }()
	want := `msg="pages made at start" pages=` + strconv.Itoa(len(app.Views)*len(i18n.Languages)) + " "
	deadline := time.Now().Add(3 * time.Minute)
	for !strings.Contains(out.String(), want) {
		select {
		case c := <-code:
			t.Fatalf("the server exited (%d) before making its pages:\n%s", c, out.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("no %q in the server's log after 3 minutes:\n%s", want, out.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	if strings.Contains(out.String(), "a page was not made at start") {
		t.Errorf("a page failed:\n%s", out.String())
	}
	// The log line comes after run has asked for SIGTERM (signal.NotifyContext).
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case c := <-code:
		if c != 0 {
			t.Errorf("exit %d after SIGTERM, want 0:\n%s", c, out.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the server did not stop within 30 s of SIGTERM")
	}
}
