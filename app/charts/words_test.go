package charts

import (
	"testing"

	"bilateral/app/i18n"
)

func TestWordPrefersCatalogue(t *testing.T) {
	if got, want := word("en", "col.value"), i18n.T("en", "col.value"); got != want {
		t.Errorf("word(col.value) = %q, want the catalogue's %q", got, want)
	}
	for k, v := range words {
		if i18n.T("en", k) != k {
			continue // moved into the catalogue: the catalogue wins
		}
		if got := word("en", k); got != v {
			t.Errorf("word(%s) = %q, want %q", k, got, v)
		}
	}
	if got := word("en", "no.such.key"); got != "no.such.key" {
		t.Errorf("missing word = %q, want the key", got)
	}
}
