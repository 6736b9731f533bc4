package urlstate

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bounds on what Parse looks at, so a hostile link costs a bounded amount of
// work and the URLs Format writes always fit inside them.
const (
	maxQuery  = 4096 // bytes of the raw query considered
	maxParams = 64   // non-empty parameters considered
	maxValue  = 200  // bytes of one raw (still escaped) key or value
)

type rawParam struct{ key, value string }

// splitQuery cuts the raw query into parameters itself rather than using
// url.ParseQuery, which fails the whole query on one bad escape, reorders
// keys in a map and has no bounds.
func splitQuery(q string, report func(Notice)) []rawParam {
	q = strings.TrimPrefix(q, "?")
	if len(q) > maxQuery {
		report(notice("", "", ReasonQueryTooLong))
		// A parameter cut in half would read as a different value, so the
		// one straddling the limit goes too.
		if q[maxQuery] == '&' {
			q = q[:maxQuery]
		} else {
			q = q[:max(strings.LastIndexByte(q[:maxQuery], '&'), 0)]
		}
	}
	var out []rawParam
	for part := range strings.SplitSeq(q, "&") {
		if part == "" {
			continue
		}
		if len(out) == maxParams {
			report(notice("", "", ReasonTooManyParams))
			break
		}
		k, v, _ := strings.Cut(part, "=")
		out = append(out, rawParam{k, v})
	}
	return out
}

// unescape decodes one key or value and refuses what no state can hold, so
// later stages only ever see valid, printable text.
func unescape(s string) (string, string) {
	u, err := url.QueryUnescape(s)
	switch {
	case err != nil:
		return "", ReasonBadEscape
	case !utf8.ValidString(u):
		return "", ReasonBadUTF8
	case strings.IndexFunc(u, unicode.IsControl) >= 0:
		return "", ReasonControl
	}
	return u, ""
}

// readable is the best text to quote back in a notice: decoded when it
// decodes (display then masks what is unsafe), raw otherwise.
func readable(s string) string {
	if u, err := url.QueryUnescape(s); err == nil {
		return u
	}
	return s
}
