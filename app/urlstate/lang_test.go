package urlstate

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

func TestSplitLang(t *testing.T) {
	cases := []struct{ in, lang, rest string }{
		{"/ru/trade", "ru", "/trade"},
		{"/az/embed/energy", "az", "/embed/energy"},
		{"/ru", "ru", "/"},
		{"/ru/", "ru", "/"},
		{"/az?fig=x", "az", "/?fig=x"},
		{"/trade", "", "/trade"},
		{"/", "", "/"},
		{"/fr/trade", "fr", "/trade"}, // syntactically a language; i18n says it is unknown
		{"/RU/trade", "", "/RU/trade"},
		{"/r1/trade", "", "/r1/trade"},
		{"/rus/trade", "", "/rus/trade"},
		{"", "", ""},
		{"ru/trade", "", "ru/trade"},
		{"/ru//evil.example/x", "", "/ru//evil.example/x"},
	}
	for _, c := range cases {
		if lang, rest := SplitLang(c.in); lang != c.lang || rest != c.rest {
			t.Errorf("SplitLang(%q) = %q, %q; want %q, %q", c.in, lang, rest, c.lang, c.rest)
		}
	}
	for _, c := range []struct{ lang, path, want string }{
		{"ru", "/trade?fig=trade-2023", "/ru/trade?fig=trade-2023"},
		{"az", "/", "/az/"},
		{"", "/trade", "/trade"},
		{"az", "/embed/energy?chart=gas", "/az/embed/energy?chart=gas"},
		{"ru", "https://caliber.az/", "https://caliber.az/"},
		{"ru", "//evil.example/", "//evil.example/"},
		{"../", "/trade", "/trade"},
	} {
		if got := WithLang(c.lang, c.path); got != c.want {
			t.Errorf("WithLang(%q, %q) = %q, want %q", c.lang, c.path, got, c.want)
		}
	}
}

// TestLangRoundTrip: a deep link with a language reads back as the same
// language, view path and state, for random states of every view.
func TestLangRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(16, 3))
	paths := []string{"/", "/trade", "/energy", "/embed/energy"}
	for range 400 {
		for _, newState := range newStates {
			typ := reflect.TypeOf(newState()).Elem()
			s := randomState(r, typ)
			lang := []string{"", "ru", "az"}[r.IntN(3)]
			path := paths[r.IntN(len(paths))]
			u := URLIn(lang, path, s)
			gotLang, rest := SplitLang(u)
			gotPath, query, _ := strings.Cut(rest, "?")
			if gotLang != lang || gotPath != path {
				t.Fatalf("%s: read back language %q and path %q, want %q and %q", u, gotLang, gotPath, lang, path)
			}
			back := newState()
			if notices := Parse(query, back); len(notices) > 0 {
				t.Fatalf("%s: notices %v", u, notices)
			}
			if Format(back) != Format(s) {
				t.Fatalf("%s: state %q, want %q", u, Format(back), Format(s))
			}
		}
	}
}
