package app

import (
	"fmt"
	"strings"
	"testing"
)

// recordedElement is a browser element that writes down what is done to
// it: setJSAttribute's calls are all this test looks at.
type recordedElement struct {
	Value
	did []string
}

func (e *recordedElement) Set(p string, x any) { e.did = append(e.did, fmt.Sprintf("%s=%v", p, x)) }

func (e *recordedElement) Call(m string, args ...any) Value {
	e.did = append(e.did, fmt.Sprintf("%s%q", m, args))
	return nil
}

// Patch 20 (third_party/go-app/PATCHES.md): the browser sets a boolean
// attribute as the server writes it (patch 19), so the program's render
// and the served page agree.
func TestBooleanAttributesSetAsTheServerWritesThem(t *testing.T) {
	for _, c := range []struct{ name, value, want string }{
		{"inert", "false", `removeAttribute["inert"]`},
		{"inert", "true", `setAttribute["inert" ""]`},
		{"novalidate", "false", `removeAttribute["novalidate"]`},
		{"checked", "false", `checked=false`},
		{"readonly", "true", `readOnly=true`},
		{"aria-current", "false", `setAttribute["aria-current" "false"]`},
		{"data-w", "360", `setAttribute["data-w" "360"]`},
	} {
		e := &recordedElement{}
		setJSAttribute(e, c.name, c.value)
		if got := strings.Join(e.did, "; "); got != c.want {
			t.Errorf("%s=%q: the browser was told %s; want %s", c.name, c.value, got, c.want)
		}
	}
}
