package format

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bilateral/app/i18n"
)

// Hedged puts the source's hedge around a written quantity in lang: "over
// $8.7 billion", "более 8,7 млрд долларов". Azerbaijani hedges are case
// suffixes on the quantity's last word, so its patterns say which case:
// {q:abl} the ablative ("8,7 milyard dollardan çox", "1.400-dən çox"),
// {q:dat} the dative ("9 milyard dollara yaxın") and {q:dək} the dative with
// -dək ("4,5 milyard m³-dək"), each fitted to vowel harmony as the quantity is
// read aloud (see azSpoken).
func Hedged(qualifier, quantity, lang string) string {
	if quantity == "" {
		return ""
	}
	pattern := i18n.T(lang, "hedge."+qualifier)
	if pattern == "hedge."+qualifier { // an unknown hedge: show the number
		return quantity
	}
	// Only the forms the pattern asks for are made: every figure on a page
	// is hedged, and fitting a suffix reads the quantity aloud, which in the
	// Wasm's first render cost more than the rest of the figure's text.
	// In one pass, so no quantity's text is read as a placeholder.
	var pairs []string
	for _, f := range hedgeForms {
		if strings.Contains(pattern, f.placeholder) {
			pairs = append(pairs, f.placeholder, f.form(quantity))
		}
	}
	return strings.NewReplacer(pairs...).Replace(pattern)
}

// hedgeForms are the quantity's forms a hedge's pattern may ask for.
var hedgeForms = []struct {
	placeholder string
	form        func(quantity string) string
}{
	{"{q:abl}", func(q string) string { return azSuffix(q, azAblative) }},
	{"{q:dat}", func(q string) string { return azSuffix(q, azDative) }},
	{"{q:dək}", azUntil},
	{"{q}", func(q string) string { return q }},
}

// azAblative is -dan/-dən; azDative is -a/-ə, -ya/-yə after a vowel.
func azAblative(word string) string { return "d" + azVowel2(word) + "n" }

func azDative(word string) string {
	if v := azVowel2(word); endsInVowel(word) {
		return "y" + v
	} else {
		return v
	}
}

// azUntil is the quantity up to which: "-dək" after a numeral or a symbol as
// written ("100-dək", "4,5 milyard m³-dək"), the dative and -dək after a word
// ("5 milyard dollaradək").
func azUntil(q string) string {
	if spoken, isWord := azSpoken(q); isWord {
		return q + azDative(spoken) + "dək"
	}
	return q + "-dək"
}

// azSuffix joins a suffix to the quantity: straight onto a word, after a
// hyphen onto a numeral or a symbol, as Azerbaijani writes it.
func azSuffix(q string, suffix func(spoken string) string) string {
	spoken, isWord := azSpoken(q)
	if isWord {
		return q + suffix(spoken)
	}
	return q + "-" + suffix(spoken)
}

// AzOrdinal writes n as an Azerbaijani ordinal numeral ("2024-cü", "2006-cı",
// "2000-ci"), the suffix in the harmony of n read aloud.
func AzOrdinal(digits string) string {
	spoken, _ := azSpoken(digits)
	return digits + "-c" + azVowel4(spoken)
}

// azSymbols are what the units' symbols are read as.
var azSymbols = map[string]string{"t": "ton", "m³": "kubmetr", "%": "faiz", "№": "nömrə"}

// azSpoken is the last word of q as it is read aloud, which decides a
// suffix's vowel, and whether q ends in a written word (the suffix joins it
// without a hyphen). A numeral is read by its last non-zero place ("1.400":
// "yüz"; "2000": "min"; "4,5": "dörd tam onda beş", so "beş").
func azSpoken(q string) (string, bool) {
	fields := strings.Fields(q)
	if len(fields) == 0 {
		return "", false
	}
	last := fields[len(fields)-1]
	if s, ok := azSymbols[last]; ok {
		return s, false
	}
	if strings.HasSuffix(last, "%") {
		return "faiz", false
	}
	r, _ := utf8.DecodeLastRuneInString(last)
	if unicode.IsLetter(r) {
		return last, true
	}
	// A numeral as Azerbaijani writes it ("1.400", "4,358", "1,3–1,5"): a
	// range is read to its upper end, a decimal to its fraction, which is
	// read as a whole number ("onda beş").
	if i := strings.LastIndex(last, "–"); i >= 0 {
		last = last[i+len("–"):]
	}
	whole, frac, _ := strings.Cut(last, ",")
	if frac != "" {
		whole = frac
	}
	return azNumeral(strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, whole)), false
}

var (
	azOnes = [...]string{"", "bir", "iki", "üç", "dörd", "beş", "altı", "yeddi", "səkkiz", "doqquz"}
	azTens = [...]string{"", "on", "iyirmi", "otuz", "qırx", "əlli", "altmış", "yetmiş", "səksən", "doxsan"}
	// azGroups name the groups of three digits from the thousands up.
	azGroups = [...]string{"min", "milyon", "milyard", "trilyon"}
)

// azNumeral is the last word of a whole number of plain digits read aloud.
func azNumeral(d string) string {
	d = strings.TrimLeft(d, "0")
	if d == "" {
		return "sıfır"
	}
	for place := 0; place < len(d); place++ {
		c := d[len(d)-1-place] - '0'
		if c == 0 {
			continue
		}
		switch {
		case place == 0:
			return azOnes[c]
		case place == 1:
			return azTens[c]
		case place == 2:
			return "yüz"
		}
		// A group above the hundreds: the first non-zero digit names it.
		if g := place/3 - 1; g < len(azGroups) {
			return azGroups[g]
		}
		return azGroups[len(azGroups)-1]
	}
	return "sıfır"
}

// azVowel2 is the two-way harmony (a after a back vowel, ə after a front one)
// of word's last vowel; azVowel4 the four-way one (ı, i, u, ü).
func azVowel2(word string) string {
	switch lastVowel(word) {
	case 'a', 'ı', 'o', 'u':
		return "a"
	}
	return "ə"
}

func azVowel4(word string) string {
	switch lastVowel(word) {
	case 'a', 'ı':
		return "ı"
	case 'o', 'u':
		return "u"
	case 'ö', 'ü':
		return "ü"
	}
	return "i"
}

func lastVowel(word string) rune {
	w := []rune(strings.ToLower(word))
	for i := len(w) - 1; i >= 0; i-- {
		if strings.ContainsRune("aıoueəiöü", w[i]) {
			return w[i]
		}
	}
	return 'e'
}

func endsInVowel(word string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.ToLower(word))
	return strings.ContainsRune("aıoueəiöü", r)
}
