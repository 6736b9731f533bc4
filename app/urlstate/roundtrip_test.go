package urlstate

import (
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// Values a view might put in a state, valid or not: Format must turn each of
// them into a URL that parses back cleanly.
var (
	poolIDs = []string{"", "e1", "gas-exports", "a", "x-1-y", "2024", "turnover-2023-q1",
		"Bad", "a b", "a--b", "-a", "a-", "a,b", "<script>", "é", "a\x00", "\xff",
		strings.Repeat("a", 200), strings.Repeat("b", 201)}
	poolTabs  = []string{"", "chart", "table", "Table", "map"}
	poolYears = []int{0, 0, 0, 1, -5, 1899, 1900, 1950, 1991, 2000, 2024, 2100, 2101, math.MaxInt, math.MinInt}
)

func randomState(r *rand.Rand, typ reflect.Type) any {
	p := reflect.New(typ)
	v := p.Elem()
	c, _ := codecFor(typ)
	for _, f := range c.fields {
		fv := v.Field(f.index)
		switch f.kind {
		case kindEnum:
			fv.SetString(poolTabs[r.IntN(len(poolTabs))])
		case kindID:
			fv.SetString(poolIDs[r.IntN(len(poolIDs))])
		case kindInt:
			if r.IntN(4) == 0 {
				fv.SetInt(int64(r.IntN(300) + 1850))
			} else {
				fv.SetInt(int64(poolYears[r.IntN(len(poolYears))]))
			}
		case kindSet:
			size := r.IntN(6)
			if r.IntN(20) == 0 {
				size = r.IntN(3000) // beyond what one URL can carry
			}
			var items []string
			for range size {
				if r.IntN(3) == 0 {
					items = append(items, poolIDs[r.IntN(len(poolIDs))])
				} else {
					items = append(items, "c"+strconv.Itoa(r.IntN(5000)))
				}
			}
			fv.Set(reflect.ValueOf(items))
		}
	}
	return p.Interface()
}

// Format(Parse(Format(s))) == Format(s) for any state, and the canonical
// string parses without notices.
func TestRoundTripGeneratedStates(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, newState := range newStates {
		typ := reflect.TypeOf(newState()).Elem()
		t.Run(typ.Name(), func(t *testing.T) {
			for range 3000 {
				s := randomState(r, typ)
				f := Format(s)
				checkCanonical(t, f, newState)
				if t.Failed() {
					t.Fatalf("state %+v", s)
				}
			}
		})
	}
}

// Every Parse output of the hostile corpus (the table tests' queries and the
// committed fuzz seeds) is a fixed point of Format∘Parse, for every view.
func TestRoundTripParsedCorpus(t *testing.T) {
	corpus := []string{
		"", "tab=table&from=2010&to=2000&cat=b,a,a&event=e1&fig=f",
		"fig=<script>alert(1)</script>", "from=99999999999999999999", "from=-5",
		"tab=chart&tab=table", "cat=%ff", "event=%00", "%zz=1", "cat=energy,,NAM,energy",
		"from=5&to=5&cat=x", "to=0&from=0", "cat=a%2Cb&cat=,&cat=c",
		strings.Repeat("cat=a-b&", 300), strings.Repeat("x", 10<<10),
		strings.Repeat("from=1&", 64) + "to=1",
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "fuzz", "*", "*"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		q, err := corpusString(b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		corpus = append(corpus, q)
	}
	if len(files) == 0 {
		t.Error("no committed fuzz seeds found")
	}
	for _, q := range corpus {
		for _, newState := range newStates {
			checkFixedPoint(t, q, newState)
		}
	}
}

// corpusString reads a one-string file in Go's fuzz corpus format.
func corpusString(b []byte) (string, error) {
	header, body, _ := strings.Cut(string(b), "\n")
	if header != "go test fuzz v1" {
		return "", strconv.ErrSyntax
	}
	body = strings.TrimSpace(body)
	if !strings.HasPrefix(body, "string(") || !strings.HasSuffix(body, ")") {
		return "", strconv.ErrSyntax
	}
	return strconv.Unquote(body[len("string(") : len(body)-1])
}
