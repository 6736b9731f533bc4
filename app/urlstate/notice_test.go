package urlstate

import (
	"strings"
	"testing"
)

func TestDisplay(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"<b>", "<b>"}, // views show it as text, so markup is harmless
		{"a\x00b\tc\nd\x7f", "a\uFFFDb\uFFFDc\uFFFDd\uFFFD"},
		{"\u0085", "\uFFFD"},
		{"\xff\xfe", "\uFFFD\uFFFD"},
		{"\u202eevil\u2066", "\uFFFDevil\uFFFD"},
		{"азербайджан", "азербайджан"},
		{strings.Repeat("я", 40), strings.Repeat("я", 40)},
		{strings.Repeat("я", 41), strings.Repeat("я", 39) + "…"},
		{strings.Repeat("\xff", 100), strings.Repeat("\uFFFD", 39) + "…"},
	}
	for _, tt := range tests {
		if got := display(tt.in); got != tt.want {
			t.Errorf("display(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
