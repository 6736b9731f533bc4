//go:build !wasm

package security

import (
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
)

// AllowedHosts is -allowed-hosts: host names, each with or without a port.
// Empty, every Host is answered (and none is written into pages).
type AllowedHosts []string

// ParseAllowedHosts reads a comma-separated list such as
// "bilateral.example.org, localhost:8000".
func ParseAllowedHosts(s string) (AllowedHosts, error) {
	var hosts AllowedHosts
	for _, h := range strings.Split(s, ",") {
		h = strings.ToLower(strings.TrimSpace(h))
		if h == "" {
			continue
		}
		name, port := h, ""
		if strings.Contains(h, ":") && !strings.HasSuffix(h, "]") {
			var err error
			if name, port, err = net.SplitHostPort(h); err != nil {
				return nil, fmt.Errorf("-allowed-hosts: %q: %v", h, err)
			}
			if _, err := strconv.ParseUint(port, 10, 16); err != nil {
				return nil, fmt.Errorf("-allowed-hosts: %q: the port is not a number", h)
			}
		}
		if !validHostName(strings.Trim(name, "[]")) {
			return nil, fmt.Errorf("-allowed-hosts: %q is not a host name", h)
		}
		hosts = append(hosts, h)
	}
	return hosts, nil
}

func validHostName(s string) bool {
	if s == "" || len(s) > 253 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == ':') {
			return false
		}
	}
	return true
}

// Allows reports whether host (a Host header) is listed: exactly, or by
// its name alone when the entry has no port.
func (a AllowedHosts) Allows(host string) bool {
	host = strings.ToLower(host)
	name := host
	if h, port, err := net.SplitHostPort(host); err == nil {
		// SplitHostPort takes any text after the last colon as the port:
		// "localhost:evil.example" passed as localhost and was written
		// into the pages' canonical links. A port is digits, or nothing.
		if !validPort(port) {
			return false
		}
		name = h
		if strings.Contains(h, ":") {
			name = "[" + h + "]"
		}
	}
	for _, e := range a {
		if e == host || e == name {
			return true
		}
	}
	return false
}

// validPort is a TCP port number as a Host header writes it: 1–5 digits
// up to 65535, no sign, no empty port after a colon.
func validPort(p string) bool {
	n, err := strconv.ParseUint(p, 10, 16)
	return err == nil && n > 0 && len(p) <= 5 && p[0] != '+'
}

// RequireAllowedHost answers 421 to a request whose Host is not in hosts
// (when the list is set), before anything else sees it. /healthz is
// answered whatever the Host: load balancers probe by address.
func RequireAllowedHost(hosts AllowedHosts, next http.Handler) http.Handler {
	if len(hosts) == 0 {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !hosts.Allows(r.Host) && r.URL.Path != "/healthz" {
			PlainError(w, http.StatusMisdirectedRequest,
				"421 misdirected request: this server does not answer for that host name (see its -allowed-hosts)")
			return
		}
		next.ServeHTTP(w, r)
	})
}
