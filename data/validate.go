package data

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"
)

// Format is the only file format version this package reads.
const Format = 1

// Validate checks every rule of the dataset and returns every problem at
// once, so one run tells the editor all there is to fix. Records are checked
// in file order; a reference to a record that is itself broken is not
// reported again.
func (d *Dataset) Validate() []Problem {
	c := newChecker(d)
	c.checkFormat()
	c.checkLanguages()
	c.checkSource()
	c.checkCountries()
	c.checkEntities()
	c.checkFigures()
	c.checkSeries()
	c.checkEvents()
	c.checkLists()
	c.checkGaps()
	c.checkCategories()
	c.checkAssessments()
	return c.probs
}

// checker holds the indexes every rule needs and collects the problems.
type checker struct {
	d     *Dataset
	probs []Problem

	sections, countries, entities, figs, series, events, lists, gaps, cats *idIndex

	// langs are the declared languages, "en" first; texts must hold each.
	langs []string

	// published is the article's timestamp, zero when it does not parse.
	published time.Time
}

func newChecker(d *Dataset) *checker {
	c := &checker{d: d, langs: declared(d.Langs)}
	c.sections = newIndex("source.sections", len(d.Source.Sections), func(i int) string { return d.Source.Sections[i].ID })
	c.countries = newIndex("countries", len(d.Countries), func(i int) string { return d.Countries[i].ID })
	c.entities = newIndex("entities", len(d.Entities), func(i int) string { return d.Entities[i].ID })
	c.figs = newIndex("figures", len(d.Figures), func(i int) string { return d.Figures[i].ID })
	c.series = newIndex("series", len(d.Series), func(i int) string { return d.Series[i].ID })
	c.events = newIndex("events", len(d.Events), func(i int) string { return d.Events[i].ID })
	c.lists = newIndex("lists", len(d.Lists), func(i int) string { return d.Lists[i].ID })
	c.gaps = newIndex("gaps", len(d.Gaps), func(i int) string { return d.Gaps[i].ID })
	c.cats = newIndex("categories", len(d.Categories), func(i int) string { return d.Categories[i].ID })
	if t, err := parsePublished(d.Source.Published); err == nil {
		c.published = t
	}
	return c
}

// figure and event look records up through the index: Dataset's own
// look-ups scan, which would make checking a large file quadratic.
func (c *checker) figure(id string) (*Figure, bool) {
	i, ok := c.figs.first[id]
	if !ok {
		return nil, false
	}
	return &c.d.Figures[i], true
}

func (c *checker) event(id string) (*Event, bool) {
	i, ok := c.events.first[id]
	if !ok {
		return nil, false
	}
	return &c.d.Events[i], true
}

func (c *checker) add(path, format string, args ...any) {
	c.probs = append(c.probs, Problem{Path: path, Reason: fmt.Sprintf(format, args...)})
}

func (c *checker) checkFormat() {
	switch c.d.Format {
	case Format:
	case 0:
		c.add("format", "missing format; want %d", Format)
	default:
		c.add("format", "format %d is not supported; want %d", c.d.Format, Format)
	}
}

func (c *checker) checkSource() {
	s := c.d.Source
	if strings.TrimSpace(s.Publisher) == "" {
		c.add("source.publisher", "missing publisher")
	}
	if reason := checkURL(s.URL); reason != "" {
		c.add("source.url", "%s", reason)
	}
	c.text("source.title", s.Title, true)
	if s.Published == "" {
		c.add("source.published", "missing publication time; want YYYY-MM-DDTHH:MM or YYYY-MM-DD")
	} else if _, err := parsePublished(s.Published); err != nil {
		c.add("source.published", "%v", err)
	}
	c.text("source.terms", s.Terms, true)
	c.probs = append(c.probs, c.sections.probs...)
	if len(s.Sections) == 0 {
		c.add("source.sections", "a source needs at least one section")
	}
	for i, sec := range s.Sections {
		c.text(c.sections.path(i, sec.ID)+".title", sec.Title, true)
	}
}

// checkURL returns why u is not an absolute https URL, or "". The terms of
// reuse require a working hyperlink, so a relative or plain-http link is refused.
func checkURL(u string) string {
	if u == "" {
		return "missing url"
	}
	p, err := url.Parse(u)
	switch {
	case err != nil:
		return fmt.Sprintf("%q is not a URL: %v", u, err)
	case p.Scheme != "https":
		return fmt.Sprintf("%q is not an https URL", u)
	case p.Host == "" || p.Opaque != "":
		return fmt.Sprintf("%q is not an absolute URL (want https://host/path)", u)
	case strings.ContainsAny(u, " \t\r\n"):
		return fmt.Sprintf("%q contains white space", u)
	case strings.ContainsAny(u, "\"'<>`\\{}|^"):
		// Not characters of a URL (RFC 3986); escaped wherever the URL is
		// written, but a link should be one.
		return fmt.Sprintf("%q contains characters a URL does not (quotes, <, >, `, \\, {, }, |, ^)", u)
	}
	return ""
}

// twoLetters accepts two lower-case ASCII letters: the form of both ISO 639-1
// language keys and ISO 3166-1 country ids. A language key with a typo ("EN",
// "eng") would otherwise be silently ignored by Text.In.
func twoLetters(s string) bool {
	return len(s) == 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z'
}

// section checks that a record names a section of the article.
func (c *checker) section(path, id string) {
	switch {
	case id == "":
		c.add(path, "missing section; allowed: %s", c.sections.list())
	case !c.sections.has(id):
		c.add(path, "unknown section %q; allowed: %s", id, c.sections.list())
	}
}

// ref checks a reference to a record of a kind too large to list.
func (c *checker) ref(path, what, id string, x *idIndex) {
	switch {
	case id == "":
		c.add(path, "missing %s id", what)
	case !x.has(id):
		c.add(path, "unknown %s %q", what, id)
	}
}

// party checks a reference to a named party: an entity, or one of the two
// countries, which are not entities but are named like them (Russia in a
// list of trade partners, Azerbaijan as a party to a treaty).
func (c *checker) party(path, id string) {
	switch {
	case id == "":
		c.add(path, "missing entity id")
	case !c.entities.has(id) && !c.countries.has(id):
		c.add(path, "unknown entity %q; want an entity or a country id", id)
	}
}

// oneOf checks a value against a closed vocabulary.
func (c *checker) oneOf(path, what, v string, allowed map[string]bool) {
	if allowed[v] {
		return
	}
	if v == "" {
		c.add(path, "missing %s; allowed: %s", what, vocab(allowed))
		return
	}
	c.add(path, "unknown %s %q; allowed: %s", what, v, vocab(allowed))
}

func (c *checker) scale(path, v string) {
	if _, ok := Scales[v]; ok {
		return
	}
	allowed := map[string]bool{}
	for s := range Scales {
		allowed[s] = true
	}
	c.add(path, "unknown scale %q; allowed: %s", v, vocab(allowed))
}

// vocab lists a vocabulary sorted, with the empty value spelled out so the
// reader sees that leaving the field out is allowed.
func vocab(allowed map[string]bool) string {
	var vs []string
	empty := false
	for v := range allowed {
		if v == "" {
			empty = true
			continue
		}
		vs = append(vs, v)
	}
	sort.Strings(vs)
	s := strings.Join(vs, ", ")
	if empty {
		s += ` (or "" / omitted)`
	}
	return s
}
