//go:build !wasm

package encoding

import (
	"net/http"
	"strconv"
	"strings"
)

// Content codings we send, best first when the client likes them equally.
const (
	Brotli   = "br"
	Gzip     = "gzip"
	Identity = "" // no Content-Encoding
)

// Accept is a parsed Accept-Encoding header (RFC 9110, 12.5.3).
type Accept struct {
	present bool // the request had the header at all
	// The weight of each coding named explicitly, each once: the first
	// eight in place (no allocation for a header parsed per request), any
	// further ones in more (a map: a hostile header may name thousands).
	first   [8]codingQ
	n       int // of first in use
	more    map[string]float64
	star    float64 // weight of "*", when hasStar
	hasStar bool
}

// codingQ is one coding's weight.
type codingQ struct {
	coding string
	q      float64
}

// find is the weight named for coding among the first eight, if any.
func (ae *Accept) find(coding string) *codingQ {
	for i := range ae.n {
		if ae.first[i].coding == coding {
			return &ae.first[i]
		}
	}
	return nil
}

// set gives coding weight q; a coding named twice keeps the later weight.
func (ae *Accept) set(coding string, q float64) {
	if c := ae.find(coding); c != nil {
		c.q = q
		return
	}
	if ae.n < len(ae.first) { // then more is empty
		ae.first[ae.n] = codingQ{coding, q}
		ae.n++
		return
	}
	if ae.more == nil {
		ae.more = map[string]float64{}
	}
	ae.more[coding] = q
}

// ParseAccept reads every Accept-Encoding line of h. A malformed
// header (a coding that is not a token, a parameter other than q, a weight
// outside 0…1 or with more than three decimals) reads as no header: identity.
func ParseAccept(h http.Header) Accept {
	lines := h.Values("Accept-Encoding")
	if len(lines) == 0 {
		return Accept{}
	}
	ae := Accept{present: true}
	for _, line := range lines {
		// Each asset and the dataset parse it per request: a loop of Cut,
		// not Split, allocates nothing for a browser's header.
		for rest, more := line, true; more; {
			var elem string
			elem, rest, more = strings.Cut(rest, ",")
			elem = strings.TrimSpace(elem)
			if elem == "" {
				continue // empty list elements are allowed
			}
			coding, params, _ := strings.Cut(elem, ";")
			coding = strings.ToLower(strings.TrimSpace(coding))
			if !isToken(coding) {
				return Accept{}
			}
			q := 1.0
			if params = strings.TrimSpace(params); params != "" {
				name, val, ok := strings.Cut(params, "=")
				if !ok || !strings.EqualFold(strings.TrimSpace(name), "q") {
					return Accept{}
				}
				if q, ok = parseQ(strings.TrimSpace(val)); !ok {
					return Accept{}
				}
			}
			if coding == "x-gzip" {
				coding = Gzip
			}
			if coding == "*" {
				ae.star, ae.hasStar = q, true
				continue
			}
			ae.set(coding, q)
		}
	}
	return ae
}

// Weight is how much the client wants coding ("identity" for none).
func (ae Accept) Weight(coding string) float64 {
	if !ae.present {
		if coding == "identity" {
			return 1
		}
		return 0 // no header: send what every client reads
	}
	if c := ae.find(coding); c != nil {
		return c.q
	}
	if q, ok := ae.more[coding]; ok {
		return q
	}
	if ae.hasStar {
		return ae.star
	}
	if coding == "identity" {
		// Acceptable unless excluded by identity;q=0 or *;q=0, but wanted
		// least: "br;q=0.5" means br rather than nothing.
		return implicitIdentity
	}
	return 0
}

// implicitIdentity is the weight of an unlisted identity: above 0, below
// the least qvalue a client can write (0.001).
const implicitIdentity = 0.0001

// Negotiate picks the encoding to send among those available (besides
// identity, always available). ok is false when the client refuses identity
// and every coding we have.
func (ae Accept) Negotiate(available ...string) (enc string, ok bool) {
	best, bestQ := Identity, ae.Weight("identity")
	for _, c := range available {
		if q := ae.Weight(c); q > 0 && q > bestQ || (q > 0 && q == bestQ && best == Identity) {
			best, bestQ = c, q
		}
	}
	return best, bestQ > 0
}

// parseQ reads an RFC 9110 qvalue: 0, 1, 0.xyz or 1.000.
func parseQ(s string) (float64, bool) {
	if s == "" || len(s) > 5 || (s[0] != '0' && s[0] != '1') {
		return 0, false
	}
	if len(s) > 1 {
		if s[1] != '.' {
			return 0, false
		}
		for _, c := range s[2:] {
			if c < '0' || c > '9' || (s[0] == '1' && c != '0') {
				return 0, false
			}
		}
	}
	q, err := strconv.ParseFloat(s, 64)
	return q, err == nil
}

func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			continue
		}
		if !strings.ContainsRune("!#$%&'*+-.^_`|~", rune(c)) {
			return false
		}
	}
	return true
}

// AddVary adds Accept-Encoding to the Vary header once.
func AddVary(h http.Header) {
	for _, v := range h.Values("Vary") {
		for _, f := range strings.Split(v, ",") {
			if f = strings.TrimSpace(f); f == "*" || strings.EqualFold(f, "Accept-Encoding") {
				return
			}
		}
	}
	h.Add("Vary", "Accept-Encoding")
}
