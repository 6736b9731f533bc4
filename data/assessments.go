package data

import (
	"strings"
	"unicode/utf8"
)

// maxQuoteWords bounds an assessment's quote: the article's terms allow
// reuse with a link, and a short quote of its judgement is all a view needs;
// longer passages belong in our own words.
const maxQuoteWords = 30

// checkAssessments checks the article's quoted judgements: each names its
// section, quotes the article briefly and says what it is about.
func (c *checker) checkAssessments() {
	x := newIndex("assessments", len(c.d.Assessments), func(i int) string { return c.d.Assessments[i].ID })
	c.probs = append(c.probs, x.probs...)
	for i, a := range c.d.Assessments {
		p := x.path(i, a.ID)
		c.section(p+".section", a.Section)
		c.textIn(p+".quote", a.Quote, true, []string{"en"},
			"a quote keeps the article's English words; put our translation in translation")
		if n := len(strings.Fields(a.Quote["en"])); n > maxQuoteWords {
			c.add(p+".quote.en", "the quote has %d words; keep it to %d at most and say the rest in our words", n, maxQuoteWords)
		}
		if wrapped(a.Quote["en"]) {
			c.add(p+".quote.en", "the quote is wrapped in quotation marks; store the words alone, the views add the marks")
		}
		c.textIn(p+".translation", a.Translation, len(c.langs) > 1, c.langs[1:],
			"a translation is in every declared language but English, which is the quote itself")
		c.text(p+".about", a.About, true)
	}
}

// wrapped reports whether s starts or ends with a quotation mark: views add
// the marks of the reader's language, so stored marks would show twice.
func wrapped(s string) bool {
	const marks = "\"'“”‘’«»„"
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(marks, first) || strings.ContainsRune(marks, last)
}
