package i18n

// Plural is the CLDR cardinal plural category ("one", "few", "many" or
// "other") of value written with decimals fraction digits (CLDR's operand v:
// 4.358 written as is has v = 3), so "1 year" but "1.0 years" in
// English, "21 год", "22 года", "25 лет", "1,5 года" in Russian. Written by
// hand from CLDR's rules (plurals.xml) for the three languages, since
// golang.org/x/text's plural tables cost the Wasm ≈89 KB brotli (measured:
// see the format package); plural_test.go checks every rule against x/text.
func Plural(lang string, value float64, decimals int) string {
	if value < 0 {
		value = -value
	}
	i, v := uint64(value), decimals
	f := value - float64(i) // the fraction; zero when the number is whole
	switch lang {
	case "ru":
		if v != 0 {
			return "other"
		}
		switch m10, m100 := i%10, i%100; {
		case m10 == 1 && m100 != 11:
			return "one"
		case m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14):
			return "few"
		default:
			return "many"
		}
	case "az":
		// n = 1: the value one, whatever its written fraction digits (1,0).
		if i == 1 && f == 0 {
			return "one"
		}
		return "other"
	default:
		if i == 1 && v == 0 {
			return "one"
		}
		return "other"
	}
}

// PluralCategories lists the categories lang's rule gives, so a test can ask
// each counted word for every form its language needs.
func PluralCategories(lang string) []string {
	switch lang {
	case "ru":
		return []string{"one", "few", "many", "other"}
	default:
		return []string{"one", "other"}
	}
}
