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
	present bool               // the request had the header at all
	q       map[string]float64 // weight of each coding named explicitly
	star    float64            // weight of "*", when hasStar
	hasStar bool
}

// ParseAccept reads every Accept-Encoding line of h. A malformed
// header (a coding that is not a token, a parameter other than q, a weight
// outside 0…1 or with more than three decimals) reads as no header: identity.
func ParseAccept(h http.Header) Accept {
	lines := h.Values("Accept-Encoding")
	if len(lines) == 0 {
		return Accept{}
	}
	ae := Accept{present: true, q: map[string]float64{}}
	for _, line := range lines {
		for _, elem := range strings.Split(line, ",") {
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
			ae.q[coding] = q
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
	if q, ok := ae.q[coding]; ok {
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
