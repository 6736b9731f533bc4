// Package i18n holds the words of the interface (navigation, units, hedges),
// kept apart from the dataset's own texts so views hard-code no reader text.
// Russian and Azerbaijani catalogues will sit beside English.
package i18n

// Lang is the language views render in until a language switch exists.
const Lang = "en"

var catalogues = map[string]map[string]string{"en": en}

// T returns the text for key in lang, falling back to English, then to the key
// itself so a missing entry is visible rather than blank.
func T(lang, key string) string {
	if s, ok := catalogues[lang][key]; ok {
		return s
	}
	if s, ok := en[key]; ok {
		return s
	}
	return key
}
