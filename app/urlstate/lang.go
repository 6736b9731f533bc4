package urlstate

import "strings"

// A page's language is the first segment of its path: /ru/trade?fig=x is the
// Trade view in Russian with the state fig=x, the same state as /trade?fig=x
// in the unprefixed default language. Syntactically a language is any two
// lowercase ASCII letters, which no view's path is; which languages exist is
// i18n's to say, so an unknown one (/fr/trade) can be answered 404 there.

// SplitLang cuts a root-relative path into its language and the view's path:
// "/ru/trade" → ("ru", "/trade"), "/ru" and "/ru/" → ("ru", "/"), "/trade"
// → ("", "/trade"). A query, if any, stays with the rest.
func SplitLang(path string) (lang, rest string) {
	if len(path) < 3 || path[0] != '/' || !isLangCode(path[1:3]) {
		return "", path
	}
	rest = path[3:]
	switch {
	case rest == "":
		return path[1:3], "/"
	case strings.HasPrefix(rest, "//"):
		return "", path // never a protocol-relative "//host" as a view's path
	case rest[0] == '/':
		return path[1:3], rest
	case rest[0] == '?' || rest[0] == '#':
		return path[1:3], "/" + rest
	}
	return "", path // "/trade": a longer first segment
}

// WithLang puts lang in front of a root-relative path; "" is the unprefixed
// default language, and the overview "/" becomes "/ru/". Only a language
// code (two lowercase letters) is ever written, so a path from WithLang
// always splits back into the same two parts.
func WithLang(lang, path string) string {
	if lang == "" || !isLangCode(lang) || !strings.HasPrefix(path, "/") || strings.HasPrefix(path, "//") {
		return path
	}
	return "/" + lang + path
}

// URLIn is URL with the page's language: the address of state on the view at
// path, in lang ("" for the default language).
func URLIn(lang, path string, state any) string { return WithLang(lang, URL(path, state)) }

func isLangCode(s string) bool {
	return len(s) == 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z'
}
