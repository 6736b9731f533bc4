//go:build !wasm

package main

import "testing"

// TestParseMadeAtStart reads the server's log lines as slog writes them.
func TestParseMadeAtStart(t *testing.T) {
	got := parseMadeAtStart(`time=2026-12-07T15:08:25.057Z level=INFO msg="pages made at start" pages=21 took=27.19s`, "pages")
	if got.Pages != 21 || got.Seconds != 27.19 {
		t.Errorf("got %+v, want 21 pages in 27.19 s", got)
	}
	got = parseMadeAtStart(`time=2026-12-07T15:09:01.5Z level=INFO msg="deep links made at start" links=39 took=36.2s`, "links")
	if got.Pages != 39 || got.Seconds != 36.2 {
		t.Errorf("got %+v, want 39 deep links in 36.2 s", got)
	}
	if got := parseMadeAtStart(`msg="pages made at start" pages=x took=soon`, "pages"); got != (madeAtStart{}) {
		t.Errorf("an unreadable line gave %+v, want zeros", got)
	}
}
