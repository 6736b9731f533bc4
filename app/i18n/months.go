package i18n

var months = map[string][12]string{"en": enMonths}

// Month returns the name of month m (1–12) in lang.
func Month(lang string, m int) string {
	if m < 1 || m > 12 {
		return ""
	}
	names, ok := months[lang]
	if !ok {
		names = enMonths
	}
	return names[m-1]
}
