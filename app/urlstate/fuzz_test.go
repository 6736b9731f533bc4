package urlstate

import (
	"strings"
	"testing"
)

// FuzzParse feeds every view state the same query: Parse must not panic, and
// what it keeps must survive Format and Parse unchanged and without notices.
// Seeds beyond these are in testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	for _, q := range []string{
		"",
		"tab=table&from=1990&to=2000&cat=energy,nam&fig=gas-exports&event=e1",
		"from=2010&to=2000",
		"from=99999999999999999999&to=-5",
		"tab=chart&tab=table&tab=map",
		"cat=energy,,NAM,energy&cat=%ff&cat=a%2Cb",
		"fig=<script>alert(1)</script>&event=%00",
		"%zz=1&%=&=&&&fig=%",
		"event=%E2%80%AE%C2%85%C0%AF",
		"from=5&to=5&" + strings.Repeat("cat=a,b,c&", 40),
		strings.Repeat("u=1&", 70) + "tab=table",
	} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		for _, newState := range newStates {
			checkFixedPoint(t, q, newState)
		}
	})
}
