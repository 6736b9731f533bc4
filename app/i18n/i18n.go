// Package i18n holds the words of the interface (navigation, units, hedges),
// kept apart from the dataset's own texts so views hard-code no reader text,
// in each language the site speaks, with the plural rule of each.
package i18n

// Default is the language of the source article and of unprefixed URLs; a
// text missing in another language falls back to it.
const Default = "en"

// Lang is Default under its old name, for code that has no page language yet
// (the server's files until they pass the page's language down).
//
// Deprecated: use the language of the URL (urlstate) or Default.
const Lang = Default

// Languages lists the languages of the interface, English first: the order of
// the language switch and of the alternates a page names.
var Languages = []string{"en", "ru", "az"}

var catalogues = map[string]map[string]string{"en": en, "ru": ru, "az": az}

// names are the languages' names in themselves, as a switch offers them.
var names = map[string]string{"en": "English", "ru": "Русский", "az": "Azərbaycanca"}

// Name is lang's name in lang itself ("Русский"), or "" for an unknown one.
func Name(lang string) string { return names[lang] }

// Known reports whether lang is one of Languages.
func Known(lang string) bool {
	_, ok := catalogues[lang]
	return ok
}

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

// N returns the form of the counted word key that agrees with a number of
// plural category cat (see Plural): key+".one", key+".few", …, falling back to
// key+".other", then to key as T would.
func N(lang, key, cat string) string {
	for _, l := range []string{lang, Default} {
		c := catalogues[l]
		if s, ok := c[key+"."+cat]; ok {
			return s
		}
		if s, ok := c[key+".other"]; ok {
			return s
		}
	}
	return T(lang, key)
}

// Keys lists the English catalogue's keys, every text the interface has, so
// a test outside this package can look for each one's words.
func Keys() []string {
	keys := make([]string, 0, len(en))
	for k := range en {
		keys = append(keys, k)
	}
	return keys
}

// locales are the languages as Open Graph names them (og:locale).
var locales = map[string]string{"en": "en_GB", "ru": "ru_RU", "az": "az_AZ"}

// Locale is lang as og:locale writes it ("ru_RU"), or "" for an unknown one.
func Locale(lang string) string { return locales[lang] }
