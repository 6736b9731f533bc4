package data

import "fmt"

// The rules of the simple records: countries, entities, lists, gaps and
// categories. Figures, series and events have files of their own.

func (c *checker) checkCountries() {
	c.probs = append(c.probs, c.countries.probs...)
	for i, co := range c.d.Countries {
		p := c.countries.path(i, co.ID)
		if isSlug(co.ID) && !twoLetters(co.ID) {
			c.add(p+".id", "country id %q is not an ISO 3166-1 alpha-2 code in lower case (\"ru\", \"az\")", co.ID)
		}
		c.text(p+".name", co.Name, true)
	}
}

func (c *checker) checkEntities() {
	c.probs = append(c.probs, c.entities.probs...)
	for i, e := range c.d.Entities {
		p := c.entities.path(i, e.ID)
		if c.countries.has(e.ID) {
			// References may name either; one id for both would be ambiguous.
			c.add(p+".id", "id %q is also a country id; a reference to it would be ambiguous", e.ID)
		}
		c.oneOf(p+".kind", "entity kind", e.Kind, EntityKinds)
		c.text(p+".name", e.Name, true)
		c.text(p+".role", e.Role, false)
		if e.Country != "" && !c.countries.has(e.Country) {
			c.add(p+".country", "unknown country %q; allowed: %s", e.Country, c.countries.list())
		}
		c.text(p+".note", e.Note, false)
		c.section(p+".section", e.Section)
	}
}

func (c *checker) checkLists() {
	c.probs = append(c.probs, c.lists.probs...)
	for i, l := range c.d.Lists {
		p := c.lists.path(i, l.ID)
		c.text(p+".title", l.Title, true)
		c.oneOf(p+".direction", "direction", l.Direction, Directions)
		c.section(p+".section", l.Section)
		if len(l.Items) == 0 {
			c.add(p+".items", "a list needs at least one item")
		}
		for j, it := range l.Items {
			ip := fmt.Sprintf("%s.items[%d]", p, j)
			c.text(ip+".text", it.Text, true)
			if it.Entity != "" {
				c.party(ip+".entity", it.Entity)
			}
		}
		c.listRanks(p, l)
	}
}

func (c *checker) checkGaps() {
	c.probs = append(c.probs, c.gaps.probs...)
	for i, g := range c.d.Gaps {
		p := c.gaps.path(i, g.ID)
		c.text(p+".text", g.Text, true)
		c.section(p+".section", g.Section)
		if g.Series != "" {
			c.ref(p+".series", "series", g.Series, c.series)
		}
	}
}

func (c *checker) checkCategories() {
	c.probs = append(c.probs, c.cats.probs...)
	for i, cat := range c.d.Categories {
		c.text(c.cats.path(i, cat.ID)+".label", cat.Label, true)
	}
}
