package charts

import (
	"reflect"
	"strings"
	"testing"

	"bilateral/data"
)

// TestValueAxesWriteTheirTicks: every value axis of every bar chart hides
// ECharts' own tick labels (English: "1,200", "0.5") and has a category
// axis over it naming its ticks in the page's language, in the narrow
// layout too; nothing in a Russian option writes a tick in English.
func TestValueAxesWriteTheirTicks(t *testing.T) {
	d := dataset(t)
	for _, lang := range []string{"en", "ru", "az"} {
		build := valueAxisCharts(d, lang)
		for name, f := range build {
			c, err := f()
			if err != nil {
				t.Fatalf("%s %s: %v", lang, name, err)
			}
			found := 0
			for _, kind := range []string{"xAxis", "yAxis"} {
				list, _ := c.Option[kind].([]any)
				narrow := narrowPart(c.Option, kind)
				values := valueAxes(list)
				for i, v := range values {
					found++
					ax := v.(map[string]any)
					if l, _ := ax["axisLabel"].(map[string]any); l["show"] != false {
						t.Errorf("%s %s: %s %d shows ECharts' own tick labels", lang, name, kind, i)
					}
					names, _ := list[len(values)+i].(map[string]any)
					want := tickNames(num(ax["max"]), num(ax["interval"]), lang)
					if names["type"] != "category" || names["boundaryGap"] != false || !reflect.DeepEqual(names["data"], want) {
						t.Errorf("%s %s: %s %d's ticks are named by %v, want %v", lang, name, kind, i, names, want)
					}
					if i < len(narrow) {
						n, _ := narrow[i].(map[string]any)
						if n["max"] != nil {
							nn, _ := narrow[len(values)+i].(map[string]any)
							if want := tickNames(num(n["max"]), num(n["interval"]), lang); !reflect.DeepEqual(nn["data"], want) {
								t.Errorf("%s %s: narrow %s %d's ticks are named %v, want %v", lang, name, kind, i, nn["data"], want)
							}
						}
					}
				}
			}
			if found == 0 {
				t.Errorf("%s %s: no value axis", lang, name)
			}
			if js := c.Option.JSON(); lang == "ru" && (strings.Contains(js, `"1,200"`) || strings.Contains(js, `"0.5"`)) {
				t.Errorf("ru %s: a tick in English in %s", name, js)
			}
		}
	}
	if got := tickNames(1500, 300, "ru"); !reflect.DeepEqual(got, []any{"0", "300", "600", "900", "1\u00a0200", "1\u00a0500"}) {
		t.Errorf("ru ticks to 1500 = %q", got)
	}
	if got := tickNames(2.5, 0.5, "ru"); !reflect.DeepEqual(got, []any{"0", "0,5", "1", "1,5", "2", "2,5"}) {
		t.Errorf("ru ticks to 2.5 = %q", got)
	}
}

// valueAxisCharts builds, in lang, a chart of each kind with a value axis:
// bars by year with a target, bars by period, figure bars, a composition.
func valueAxisCharts(d *data.Dataset, lang string) map[string]func() (Chart, error) {
	return map[string]func() (Chart, error){
		"oil": func() (Chart, error) {
			return BarsOf(d, lang, BarSpec{Series: []string{"oil-transit"}, Targets: []string{"oil-2018-agreed"}})
		},
		"trade": func() (Chart, error) { return Bars(d, lang, "", "trade-annual", "trade-h1") },
		"investment": func() (Chart, error) {
			return FigureBars(d, lang, "", "investment-ru-az-2023", "investment-az-ru-2023", "fdi-ru-az-2023")
		},
		"companies": func() (Chart, error) {
			return Composition(d, lang, "", "companies-russian-capital", "companies-fully-russian", "companies-joint-ventures")
		},
	}
}
