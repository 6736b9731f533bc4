//go:build !wasm

package security

import "testing"

func TestAllowedHosts(t *testing.T) {
	hosts, err := ParseAllowedHosts(" Bilateral.Example.org, localhost:8000,, [::1]")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		host string
		want bool
	}{
		{"bilateral.example.org", true},
		{"BILATERAL.example.org:8443", true}, // a name alone allows any port
		{"localhost:8000", true},
		{"localhost:8001", false}, // a name with a port allows that port only
		{"localhost", false},
		{"[::1]:8000", true},
		{"bilateral.example.org.evil.example", false},
		{"", false},
		// A port is digits: text after the colon would be written into
		// the pages' canonical links as the host's.
		{"bilateral.example.org:evil.example", false},
		{"bilateral.example.org:'()*;=!$&", false},
		{"bilateral.example.org:", false},
		{"bilateral.example.org:+443", false},
		{"bilateral.example.org:65536", false},
		{"bilateral.example.org:0", false},
	} {
		if got := hosts.Allows(tc.host); got != tc.want {
			t.Errorf("Allows(%q) = %v, want %v", tc.host, got, tc.want)
		}
	}
	for _, bad := range []string{"ok.example, bad host", "a.example:port", "a.example:99999", "évil.example", "a/b"} {
		if _, err := ParseAllowedHosts(bad); err == nil {
			t.Errorf("ParseAllowedHosts(%q) accepted it", bad)
		}
	}
}
