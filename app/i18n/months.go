package i18n

// A month has two forms in Russian: the genitive inside a date ("17 августа")
// and the nominative on its own ("август 2024"); English and Azerbaijani use
// one form for both.
var (
	months = map[string][12]string{"en": enMonths, "ru": ruMonthsInDate, "az": azMonths}
	alone  = map[string][12]string{"ru": ruMonths}
)

// Month returns the name of month m (1–12) in lang, as it is written after a
// day ("17 августа").
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

// MonthAlone returns the name of month m (1–12) in lang written without a day
// ("август 2024").
func MonthAlone(lang string, m int) string {
	if names, ok := alone[lang]; ok && m >= 1 && m <= 12 {
		return names[m-1]
	}
	return Month(lang, m)
}

var (
	ruMonthsInDate = [...]string{"января", "февраля", "марта", "апреля", "мая", "июня",
		"июля", "августа", "сентября", "октября", "ноября", "декабря"}
	ruMonths = [...]string{"январь", "февраль", "март", "апрель", "май", "июнь",
		"июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"}
	azMonths = [...]string{"yanvar", "fevral", "mart", "aprel", "may", "iyun",
		"iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"}
)
