//go:build !wasm

package site

import "testing"

// TestVersionMarkEscaped: the version is written as an attribute's value,
// escaped; a site with no version of its own gets no mark.
func TestVersionMarkEscaped(t *testing.T) {
	page := []byte(`<html><head><meta charset="UTF-8"><title>`)
	if got, want := string(withVersion(page, `v"1<`)), `<html><head><meta charset="UTF-8">`+versionMark+`v&#34;1&lt;"><title>`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if got := string(withVersion(page, "")); got != string(page) {
		t.Errorf("no version, but marked: %s", got)
	}
}
