//go:build !wasm

package security

import "testing"

func TestCleanPath(t *testing.T) {
	for _, tc := range []struct {
		path string
		want bool
	}{
		{"/", true},
		{"/trade", true},
		{"/web/icons/icon.svg", true},
		{"/embed/", true}, // a trailing slash is not an empty segment
		{"", false},
		{"trade", false},
		{"//trade", false},
		{"/web//app.wasm", false},
		{"/web/../etc/passwd", false},
		{"/web/./app.wasm", false},
		{"/..", false},
		{"/web\\app.wasm", false},
		{"/web/\x00", false},
		{"/web/\x7f", false},
		{"/a\nb", false},
	} {
		if got := CleanPath(tc.path); got != tc.want {
			t.Errorf("CleanPath(%q) = %v, want %v", tc.path, got, tc.want)
		}
	}
}
