package data

// The closed vocabularies of the dataset. The validator refuses anything else,
// so a typo in a hand-edited file is caught at start, not shown to readers.

// Units a figure or series may be measured in.
var Units = map[string]bool{
	"usd":     true, // US dollars
	"percent": true, // a share or growth rate
	"count":   true, // treaties, companies
	"tonne":   true, // metric tonnes of oil
	"m3":      true, // cubic metres of gas
	"rank":    true, // position in a ranking (1 is first)
	"year":    true, // a number of years
}

// Scales multiply a figure's value; "" means ones.
var Scales = map[string]float64{
	"":         1,
	"thousand": 1e3,
	"million":  1e6,
	"billion":  1e9,
	"trillion": 1e12,
}

// Qualifiers are the ways the source hedges a number, kept exactly.
var Qualifiers = map[string]bool{
	"exact":     true, // stated without hedge
	"over":      true, // "over", "exceeded"
	"about":     true, // "about", "approximately"
	"up to":     true,
	"nearly":    true,
	"estimated": true, // "estimated at"
	"range":     true, // "between … and …": Low and High are set
}

// Formulas a derived figure may use.
var Formulas = map[string]bool{
	// base-from-growth: inputs [current, growth%]; value = current / (1 + growth/100).
	"base-from-growth": true,
	// difference: inputs [a, b]; value = a - b (in a's unit and scale).
	"difference": true,
	// years-to-publication: inputs [event]; value = whole years from the event's
	// date to the article's publication date (how old a tie was when it was written).
	"years-to-publication": true,
	// years-between: inputs [earlier event, later event]; value = whole years
	// from the first event's date to the second's (how far apart two signings are).
	"years-between": true,
}

// EntityKinds are the kinds of named things.
var EntityKinds = map[string]bool{
	"person":         true,
	"company":        true,
	"institution":    true, // a state body: a ministry, a committee
	"organisation":   true, // an international organisation or alliance
	"country":        true, // a third country or union mentioned by the article
	"place":          true,
	"infrastructure": true, // a pipeline, a corridor, a field
	"product":        true, // a vehicle model assembled in a plant
	"document":       true, // a treaty, declaration or agreement
}

// Directions a figure or list may flow in.
var Directions = map[string]bool{
	"":          true,
	"ru-az":     true,
	"az-ru":     true,
	"bilateral": true,
}

// Precisions of a date.
var Precisions = map[string]bool{"day": true, "month": true, "year": true}
