//go:build !wasm

package data

import (
	"os"
	"strings"
	"testing"
)

// articleFile is the article's text as shipped with the project, its
// hyperlink on the first line as the article's terms of reuse require.
const articleFile = "testdata/article.txt"

// normalise makes text comparable across typing habits: runs of white space
// become one space and curly quotation marks straight ones. Nothing else is
// forgiven, so a quote found after normalising is the article's own words.
func normalise(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`).Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

func readArticle(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(articleFile)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestArticleCopyCarriesTheHyperlink(t *testing.T) {
	d, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	first, _, _ := strings.Cut(readArticle(t), "\n")
	if !strings.Contains(first, d.Source.URL) || !strings.Contains(first, d.Source.Publisher) {
		t.Errorf("the first line of %s must name %s and link %s, as the article's terms require; it is %q",
			articleFile, d.Source.Publisher, d.Source.URL, first)
	}
}

// TestAssessmentsQuoteTheArticle: every quoted judgement is found, word for
// word, in the article; a paraphrase passed off as a quote fails here.
func TestAssessmentsQuoteTheArticle(t *testing.T) {
	d, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Assessments) == 0 {
		t.Fatal("the dataset quotes none of the article's assessments")
	}
	article := normalise(readArticle(t))
	for _, a := range d.Assessments {
		if q := normalise(a.Quote["en"]); !strings.Contains(article, q) {
			t.Errorf("assessments[id=%s].quote %q is not in %s word for word", a.ID, a.Quote["en"], articleFile)
		}
	}
	// The check itself must be able to fail: a quote with one word changed.
	if strings.Contains(article, normalise("a trusted neutral ground")) {
		t.Error("normalise forgives too much: a made-up quote is found")
	}
}

// TestNormaliseOnlyWhitespaceAndQuotes pins what the quote check forgives.
func TestNormaliseOnlyWhitespaceAndQuotes(t *testing.T) {
	if got := normalise("the  countries’\n“commitment”"); got != `the countries' "commitment"` {
		t.Errorf("normalise = %q", got)
	}
	if normalise("Equally robust") == normalise("equally robust") {
		t.Error("normalise must keep case")
	}
}
