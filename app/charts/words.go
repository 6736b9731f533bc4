package charts

import "bilateral/app/i18n"

// words are interface words the charts need that the i18n catalogue lacks
// yet. They are keyed as the catalogue would key them so the lead can move
// them there unchanged; word prefers the catalogue once it has them.
var words = map[string]string{
	"col.charted":         "As charted (%s)",
	"col.lane":            "Group",
	"col.linked":          "Linked to",
	"chart.hedge.exact":   "stated exactly",
	"chart.hedge.range":   "range",
	"chart.total":         "Total",
	"chart.split.approx":  "Split approximate: parts are hedged or derived",
	"chart.network.equal": "All links are drawn equal: the source gives no measure of these ties.",
}

// word returns the catalogue's text for key, else ours, else the key, so a
// missing word shows up instead of vanishing.
func word(lang, key string) string {
	if s := i18n.T(lang, key); s != key {
		return s
	}
	if s, ok := words[key]; ok {
		return s
	}
	return key
}
