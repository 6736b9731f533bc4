package textwrap

import (
	"strings"
	"testing"
)

func TestLines(t *testing.T) {
	upTo := func(max int) func(int) bool { return func(n int) bool { return n <= max } }
	for _, c := range []struct {
		in   string
		max  int
		want string // lines joined by |
	}{
		{"one two three", 7, "one two|three"},
		{"one two three", 13, "one two three"},
		{"  one   two  ", 20, "one two"},
		{"a unbreakableword b", 5, "a|unbreakableword|b"},
		// A no-break space is not a place to break.
		{"более 1\u00a0400", 7, "более|1\u00a0400"},
		{"17\u00a0августа 2024\u00a0г.", 10, "17\u00a0августа|2024\u00a0г."},
		// Characters, not bytes.
		{"əəə əəə", 7, "əəə əəə"},
		{"", 5, ""},
	} {
		if got := strings.Join(Lines(c.in, upTo(c.max)), "|"); got != c.want {
			t.Errorf("Lines(%q, %d) = %q, want %q", c.in, c.max, got, c.want)
		}
	}
	if got := Lines("   ", upTo(5)); got != nil {
		t.Errorf("Lines of spaces = %q, want no line", got)
	}
}
