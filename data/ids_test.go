package data

import "testing"

func TestIsSlug(t *testing.T) {
	for s, want := range map[string]bool{
		"a": true, "gas-agreement-2022": true, "2022": true, "a-b-c": true,
		"": false, "-a": false, "a-": false, "a--b": false, "A": false, "a_b": false,
		"a b": false, "é": false, "a.b": false, "-": false,
	} {
		if got := isSlug(s); got != want {
			t.Errorf("isSlug(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestPathForm(t *testing.T) {
	ids := []string{"a", "b", "b", "Bad Id", ""}
	x := newIndex("figures", len(ids), func(i int) string { return ids[i] })
	for i, want := range []string{"figures[id=a]", "figures[1]", "figures[2]", "figures[3]", "figures[4]"} {
		if got := x.path(i, ids[i]); got != want {
			t.Errorf("path(%d) = %s, want %s", i, got, want)
		}
	}
	if len(x.probs) != 3 {
		t.Errorf("want 3 id problems (duplicate, not a slug, missing), got %v", x.probs)
	}
}
