package data

import (
	"fmt"
	"unicode/utf8"
)

// Characters no text of the dataset may hold. Each is invisible, or
// changes how the text around it is shown, or is what invalid bytes
// decode to: in a page, a CSV cell or a log line they can hide or reorder
// what a reader sees (a bidi override makes "exe.txt" read "txt.exe"), so
// a dataset that has them is refused rather than shown.
//
// The real dataset has no line breaks in its texts either; one paragraph
// a text is the rule, so \n is refused with the other controls.

// unsafeChar names the first such character in s, or returns "".
func unsafeChar(s string) string {
	for i, r := range s {
		var what string
		switch {
		case r == utf8.RuneError:
			// encoding/json turns invalid UTF-8 into U+FFFD as it decodes;
			// a real U+FFFD in a text is the trace of a broken conversion.
			return fmt.Sprintf("invalid UTF-8 (or U+FFFD, the replacement character) at byte %d", i)
		case r < 0x20 || r >= 0x7f && r <= 0x9f:
			what = "a control character"
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
			what = "a bidirectional control"
		case r >= 0x200b && r <= 0x200d, r == 0x2060, r == 0xfeff:
			what = "a zero-width character"
		default:
			continue
		}
		return fmt.Sprintf("U+%04X (%s) at byte %d; texts may not hold control, bidirectional or zero-width characters", r, what, i)
	}
	return ""
}
