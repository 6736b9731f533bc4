// Package data holds the Bilateral dataset: its types, loading and validation.
// It is plain Go (no syscall/js) so the rules are tested natively and shared by
// the server, the prerenderer and the Wasm client.
package data

// Text is reader-facing text keyed by language: English ("en") always, the
// source of truth, and every other language the dataset declares, as our
// translation of it. Views never hard-code such text: they read it from here.
type Text map[string]string

// In returns the text in lang, falling back to English.
func (t Text) In(lang string) string {
	if s, ok := t[lang]; ok && s != "" {
		return s
	}
	return t["en"]
}

// Original is the English text a translation was made from: the source of
// truth, which a reader can always ask to see.
func (t Text) Original() string { return t["en"] }

// Translated reports whether In(lang) is our translation rather than the
// English original, so a view can offer the original beside it.
func (t Text) Translated(lang string) bool {
	return lang != "en" && t[lang] != "" && t["en"] != ""
}

// OriginalFor is what a view puts in a title attribute next to In(lang): the
// English original when the text shown is our translation, else "" (no
// attribute needed: the text shown is the original).
func (t Text) OriginalFor(lang string) string {
	if t.Translated(lang) {
		return t["en"]
	}
	return ""
}

// Dataset is the whole file data/relations.json.
type Dataset struct {
	// Version of the file format, so a future reader can refuse a newer file.
	Format int `json:"format"`
	// Langs are the languages every text of the file is in, "en" first;
	// absent means English only. Read it through Languages.
	Langs      []string   `json:"languages,omitempty"`
	Source     Source     `json:"source"`
	Countries  []Country  `json:"countries"`
	Entities   []Entity   `json:"entities"`
	Figures    []Figure   `json:"figures"`
	Series     []Series   `json:"series"`
	Events     []Event    `json:"events"`
	Lists      []List     `json:"lists"`
	Gaps       []Gap      `json:"gaps"`
	Categories []Category `json:"categories"`
	// Assessments are the article's own judgements, kept as short quotes so
	// that its framing can be shown as its view, never as our finding.
	Assessments []Assessment `json:"assessments,omitempty"`
}

// Source is the one article every record comes from.
type Source struct {
	Publisher string `json:"publisher"` // "Caliber.az"
	URL       string `json:"url"`       // the hyperlink the article's terms require
	Title     Text   `json:"title"`
	Published string `json:"published"` // ISO 8601 local time as printed, e.g. "2024-08-17T14:38"
	Terms     Text   `json:"terms"`     // the reuse condition, in our words
	// Attribution says which numbers the article itself credits to a source
	// of its own, so a reader does not take the rest as sourced.
	Attribution Text      `json:"attribution,omitempty"`
	Sections    []Section `json:"sections"`
}

// Section is one part of the article; every record names the section it comes from.
type Section struct {
	ID    string `json:"id"`    // "intro", "legal", "trade", "energy", "diplomacy"
	Title Text   `json:"title"` // the article's heading, e.g. "Legal relations"
}

// Country is one side of the relationship.
type Country struct {
	ID   string `json:"id"` // ISO 3166-1 alpha-2, lower case: "ru", "az"
	Name Text   `json:"name"`
}

// Entity is a named party, person, place, company, institution or infrastructure.
type Entity struct {
	ID      string `json:"id"`
	Kind    string `json:"kind"` // see EntityKinds
	Name    Text   `json:"name"`
	Role    Text   `json:"role,omitempty"`    // e.g. "Chief of the Russian General Staff"
	Country string `json:"country,omitempty"` // a Country id when the entity belongs to one side
	// ArticleSpelling is set when the article spells the name differently from
	// the correct spelling stored in Name (e.g. "Danford" for Dunford).
	ArticleSpelling string `json:"articleSpelling,omitempty"`
	Note            Text   `json:"note,omitempty"`
	Section         string `json:"section"`
}

// Figure is one number the article states, or one we derive from those.
type Figure struct {
	ID    string `json:"id"`
	Label Text   `json:"label"`
	// Value is the number as the article states it, in Scale units of Unit
	// (4.358 with scale "billion" and unit "usd"). Nil when the figure is a range.
	Value *float64 `json:"value,omitempty"`
	// Low and High bound a range ("between 1.3 and 1.5 million tonnes").
	Low   *float64 `json:"low,omitempty"`
	High  *float64 `json:"high,omitempty"`
	Unit  string   `json:"unit"`            // see Units
	Scale string   `json:"scale,omitempty"` // see Scales; "" means ones
	// Period is an ISO 8601 date or interval: "2023", "2024-01/2024-06", "2000/2006".
	Period string `json:"period"`
	// Undated is set when the article gives no date or period for the
	// figure: Period is then the article's publication date, standing in
	// for the date it does not give, and views say the date is not stated.
	Undated bool `json:"undated,omitempty"`
	// Qualifier is how the source hedges the number; see Qualifiers.
	Qualifier string `json:"qualifier"`
	// Direction is "ru-az", "az-ru", "bilateral" or "" when it does not apply.
	Direction string   `json:"direction,omitempty"`
	Derived   *Derived `json:"derived,omitempty"`
	Section   string   `json:"section"`
	Note      Text     `json:"note,omitempty"`
	// Entities the figure is about (a partner in a ranking, a company).
	Entities []string `json:"entities,omitempty"`
}

// Derived says how a figure is computed from other figures; the validator recomputes it.
type Derived struct {
	// Formula is one of Formulas.
	Formula string `json:"formula"`
	// Inputs are figure ids (or, for "years-to-publication", an event id), in the formula's order.
	Inputs []string `json:"inputs"`
	// Decimals the stored value is rounded to.
	Decimals int  `json:"decimals"`
	Note     Text `json:"note,omitempty"`
}

// Series is an ordered run of figures for one chart, with gaps explicit.
type Series struct {
	ID      string  `json:"id"`
	Title   Text    `json:"title"`
	Unit    string  `json:"unit"`
	Scale   string  `json:"scale,omitempty"` // the scale the chart shows values in
	Section string  `json:"section"`
	Points  []Point `json:"points"`
}

// Point is one period of a series: a figure, or a gap the source leaves.
type Point struct {
	Period string `json:"period"`
	Figure string `json:"figure,omitempty"` // empty when Gap is true
	Gap    bool   `json:"gap,omitempty"`
	Note   Text   `json:"note,omitempty"` // why there is a gap, or what the point stands for
}

// Event is something dated: a signing, a meeting, a period of supply.
type Event struct {
	ID string `json:"id"`
	// Date is ISO 8601: "1997-07-03", "2017-02" or "2011".
	Date string `json:"date"`
	// Precision is "day", "month" or "year" and must match Date.
	Precision string `json:"precision"`
	// End, when set, makes the event a period (same format and precision rules).
	End          string   `json:"end,omitempty"`
	EndPrecision string   `json:"endPrecision,omitempty"`
	Category     string   `json:"category"`          // a Category id
	Parties      []string `json:"parties,omitempty"` // entity or country ids
	// Direction is the way a flow ran ("ru-az", "az-ru") for supply events, so
	// a chart can put each direction on its own row.
	Direction string   `json:"direction,omitempty"`
	Title     Text     `json:"title"`
	Summary   Text     `json:"summary"`
	Figures   []string `json:"figures,omitempty"` // related figure ids
	Section   string   `json:"section"`
	// Key marks the defining moments shown in the overview's compact timeline.
	Key bool `json:"key,omitempty"`
	// Undated is set when the article gives no date for the event: Date then
	// only places it on the axis, and views say the date is not given.
	Undated bool `json:"undated,omitempty"`
}

// Category groups events on the timeline.
type Category struct {
	ID    string `json:"id"`
	Label Text   `json:"label"`
}

// List is a simple list of items the article names (goods that flow one way,
// export destinations, powers Baku balances between).
type List struct {
	ID        string `json:"id"`
	Title     Text   `json:"title"`
	Direction string `json:"direction,omitempty"`
	// Ranked says the article states positions for (some of) its items;
	// only then may items carry a Rank. An item of a ranked list without a
	// rank is one whose position the article does not give.
	Ranked  bool       `json:"ranked,omitempty"`
	Section string     `json:"section"`
	Items   []ListItem `json:"items"`
}

// ListItem is one entry of a List, optionally pointing at an entity.
type ListItem struct {
	Text   Text   `json:"text"`
	Entity string `json:"entity,omitempty"`
	Rank   int    `json:"rank,omitempty"` // a position the article states, only in a ranked list
}

// Gap is something a reader might expect that the source does not say.
type Gap struct {
	ID      string `json:"id"`
	Text    Text   `json:"text"`
	Section string `json:"section"`
	Series  string `json:"series,omitempty"` // the series the gap shows in, if any
}

// Assessment is one judgement of the article's own ("a crucial strategic
// partner"), quoted: the views show it apart from the figures, in quotation
// marks and as the article's view.
type Assessment struct {
	ID      string `json:"id"`
	Section string `json:"section"`
	// Quote is the article's words, short and verbatim (a test finds it in
	// data/testdata/article.txt). The article is in English, so a quote is
	// English only: words of ours in another language are not its words.
	Quote Text `json:"quote"`
	// Translation is our translation of Quote into every declared language
	// but English; views show it beside the English words, marked as ours.
	Translation Text `json:"translation,omitempty"`
	// About says, in our words, what the judgement is about.
	About Text `json:"about"`
}

// Languages are the languages the dataset carries, English first: the
// languages the site offers, and no others.
func (d *Dataset) Languages() []string {
	if len(d.Langs) == 0 {
		return []string{"en"}
	}
	return append([]string(nil), d.Langs...)
}
