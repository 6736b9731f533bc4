package app

import (
	"regexp"
	"strings"
	"testing"

	"bilateral/app/i18n"
)

// TestEmbedPathMatchesThePattern: isEmbedPath answers as the regexp it
// replaced did, "^(/(ru|az))?/embed/[a-z]+$", on embed addresses and on
// near misses of each part.
func TestEmbedPathMatchesThePattern(t *testing.T) {
	var others []string
	for _, lang := range i18n.Languages {
		if lang != i18n.Default {
			others = append(others, lang)
		}
	}
	pattern := regexp.MustCompile("^(/(" + strings.Join(others, "|") + "))?" + EmbedPrefix + "[a-z]+$")
	paths := []string{
		"/embed/trade", "/ru/embed/trade", "/az/embed/energy", "/embed/x",
		"/embed/", "/embed", "/ru/embed/", "/embed/Trade", "/embed/trade/", "/embed/trade2",
		"/embed/trade?x=1", "/en/embed/trade", "/fr/embed/trade", "/ru/az/embed/trade",
		"/ru//embed/trade", "embed/trade", "/RU/embed/trade", "/trade", "/", "",
		"/embed/tradé", "/embed/trade\n", "/xembed/trade", "/ru/embed/trade/x",
	}
	for _, lang := range i18n.Languages {
		paths = append(paths, "/"+lang+EmbedPrefix+"sources")
	}
	for _, p := range paths {
		if got, want := isEmbedPath(p), pattern.MatchString(p); got != want {
			t.Errorf("isEmbedPath(%q) = %v, the pattern says %v", p, got, want)
		}
	}
	if !isEmbedPath("/ru/embed/trade") || isEmbedPath("/embed/") {
		t.Error("the cases above no longer cover a match and a miss")
	}
}
