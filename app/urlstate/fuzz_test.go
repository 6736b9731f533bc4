package urlstate

import (
	"strings"
	"testing"
)

// FuzzParse feeds every view state the same query: Parse must not panic, and
// what it keeps must survive Format and Parse unchanged and without notices.
// Seeds beyond these are in testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	for _, q := range []string{
		"",
		"tab=table&from=1990&to=2000&cat=energy,nam&fig=gas-exports&event=e1",
		"from=2010&to=2000",
		"from=99999999999999999999&to=-5",
		"tab=chart&tab=table&tab=map",
		"cat=energy,,NAM,energy&cat=%ff&cat=a%2Cb",
		"fig=<script>alert(1)</script>&event=%00",
		"%zz=1&%=&=&&&fig=%",
		"event=%E2%80%AE%C2%85%C0%AF",
		"from=5&to=5&" + strings.Repeat("cat=a,b,c&", 40),
		strings.Repeat("u=1&", 70) + "tab=table",
	} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		for _, newState := range newStates {
			checkFixedPoint(t, q, newState)
		}
	})
}

// FuzzLangPath: any path splits without panicking, a split path joins back
// to where it came from, and a path WithLang writes splits into exactly its
// language and path.
func FuzzLangPath(f *testing.F) {
	for _, p := range []string{"/", "/ru", "/ru/", "/az/trade?fig=x", "/fr/x", "/trade", "//ru", "/ru?", "ru", "/\xff\xfe/x", "/ru//evil"} {
		f.Add(p, "ru")
	}
	f.Fuzz(func(t *testing.T, path, lang string) {
		l, rest := SplitLang(path)
		if strings.HasPrefix(rest, "//") && l != "" {
			t.Errorf("SplitLang(%q) gives the protocol-relative path %q", path, rest)
		}
		// "/ru" and "/ru?x" are read as "/ru/" and "/ru/?x".
		if j := WithLang(l, rest); l != "" && j != path && j != "/"+l+"/"+path[3:] {
			t.Errorf("SplitLang(%q) = %q, %q, which joins to %q", path, l, rest, j)
		}
		if !strings.HasPrefix(path, "/") || strings.HasPrefix(path, "//") {
			return
		}
		joined := WithLang(lang, path)
		gotLang, gotRest := SplitLang(joined)
		if isLangCode(lang) && (gotLang != lang || gotRest != path) {
			t.Errorf("WithLang(%q, %q) = %q splits to %q, %q", lang, path, joined, gotLang, gotRest)
		}
	})
}
