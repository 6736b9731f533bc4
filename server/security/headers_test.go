//go:build !wasm

package security

import (
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"strings"
	"testing"
)

func TestContentSecurityPolicyHashes(t *testing.T) {
	pages := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`<html><head><script src="/app.js"></script><script>var a=1;</script>` +
			`<SCRIPT type="module">var b=2;</SCRIPT><script>var a=1;</script><script defer src=x></script></head></html>`))
	})
	got := InlineScriptHashes(pages, []string{"/", "/trade"})
	if len(got) != 2 {
		t.Fatalf("hashes %v, want the two distinct inline scripts", got)
	}
	sum := sha256.Sum256([]byte("var a=1;"))
	if want := "sha256-" + base64.StdEncoding.EncodeToString(sum[:]); got[0] != want {
		t.Errorf("first hash %s, want %s", got[0], want)
	}
	csp := ContentSecurityPolicy(got)
	if !strings.Contains(csp, "script-src 'self' 'wasm-unsafe-eval' '"+got[0]+"' '"+got[1]+"';") {
		t.Errorf("policy %q does not list the hashes in script-src", csp)
	}
}
