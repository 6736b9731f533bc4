package export

// SafeCell returns s as it may be written into a CSV cell that a
// spreadsheet opens: a cell that starts with = + - @, a tab or a carriage
// return would be read as a formula (and a formula can fetch URLs or run
// commands), so it gets a leading ' as OWASP recommends — unless it is a
// plain number such as -0.5, which stays a number. Every CSV the project
// writes, on the server (/data/*.csv) and in the browser (a chart's
// download), passes its cells through here.
func SafeCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		if !plainNumber(s) {
			return "'" + s
		}
	}
	return s
}

// SafeRecord is rec with SafeCell applied to every cell, in place.
func SafeRecord(rec []string) []string {
	for i, c := range rec {
		rec[i] = SafeCell(c)
	}
	return rec
}

// plainNumber reports whether s is a decimal number: an optional sign,
// digits with at most one point, and an optional exponent. (ParseFloat
// would also take "Inf", "NaN" and hex floats, which are not.)
func plainNumber(s string) bool {
	i := 0
	if s[i] == '+' || s[i] == '-' {
		i++
	}
	digits, point := 0, false
	for ; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			digits++
		} else if c == '.' && !point {
			point = true
		} else {
			break
		}
	}
	if digits == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		start := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == start {
			return false
		}
	}
	return i == len(s)
}
