//go:build !wasm

package main

import "testing"

// TestParsePagesMadeAtStart reads the server's log line as slog writes it.
func TestParsePagesMadeAtStart(t *testing.T) {
	got := parsePagesMadeAtStart(`time=2026-12-07T15:08:25.057Z level=INFO msg="pages made at start" pages=21 took=27.19s`)
	if got.Pages != 21 || got.Seconds != 27.19 {
		t.Errorf("got %+v, want 21 pages in 27.19 s", got)
	}
	if got := parsePagesMadeAtStart(`msg="pages made at start" pages=x took=soon`); got != (pagesMadeAtStart{}) {
		t.Errorf("an unreadable line gave %+v, want zeros", got)
	}
}
