package urlstate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Notice reports one part of a query that Parse could not use as given. Param
// and Value are safe to show as text: they are cut to a readable length and
// every control, formatting or invalid byte is replaced by U+FFFD, so a
// crafted link cannot inject line breaks or reorder text with bidi marks.
type Notice struct {
	Param, Value, Reason string
}

// Reasons are fixed strings so a view can translate them or switch on them.
const (
	ReasonBadEscape     = "invalid escape"
	ReasonBadUTF8       = "invalid UTF-8"
	ReasonControl       = "control character"
	ReasonTooLong       = "too long"
	ReasonRepeated      = "repeated"
	ReasonBadChoice     = "unknown choice"
	ReasonBadID         = "not an id"
	ReasonNotNumber     = "not a number"
	ReasonOverflow      = "number too large"
	ReasonClamped       = "out of range, clamped"
	ReasonSwapped       = "after its upper bound, swapped"
	ReasonTooManyItems  = "too many items"
	ReasonTooManyParams = "too many parameters"
	ReasonQueryTooLong  = "query too long"
	ReasonUnsupported   = "unsupported state type"
)

// Reasons lists every reason, so the interface's catalogues can be checked
// to translate each.
var Reasons = []string{ReasonBadEscape, ReasonBadUTF8, ReasonControl, ReasonTooLong, ReasonRepeated,
	ReasonBadChoice, ReasonBadID, ReasonNotNumber, ReasonOverflow, ReasonClamped, ReasonSwapped,
	ReasonTooManyItems, ReasonTooManyParams, ReasonQueryTooLong, ReasonUnsupported}

// displayRunes bounds what a notice repeats back: enough to recognise the
// value, not enough for a crafted link to fill the page.
const displayRunes = 40

func notice(param, value, reason string) Notice {
	return Notice{Param: display(param), Value: display(value), Reason: reason}
}

func display(s string) string {
	var b strings.Builder
	n := 0
	for i := 0; i < len(s); n++ {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if n == displayRunes-1 && i < len(s) {
			b.WriteRune('…')
			break
		}
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			r = utf8.RuneError
		}
		b.WriteRune(r)
	}
	return b.String()
}
