package charts

import (
	"strings"
	"testing"
)

func TestLabelLines(t *testing.T) {
	for _, c := range []struct {
		text  string
		width float64
		want  int
	}{
		{"", 44, 1},
		{"4,358", 44, 1},
		{"4,358 млрд долларов\n+17,5 %", 120, 3}, // 19 generous glyphs of 7.2 px: 137 px
		{"4,358 млрд долларов\n+17,5 %", 44, 4},  // "4,358" "млрд" "долларов" "+17,5 %"
		{"согласованный", 44, 2},                 // a word wider than the line is broken
		{"hədəf həcm", 44, 2},
	} {
		font := float64(wideLabelFont)
		if c.width < wideLabelWidth {
			font = narrowLabelFont
		}
		if got := labelLines(c.text, c.width, font); got != c.want {
			t.Errorf("labelLines(%q, %v) = %d, want %d", c.text, c.width, got, c.want)
		}
	}
}

// TestPhoneLabelsFitUnderAxisName checks that the value axis of a narrow
// chart reaches high enough that the tallest bar's label, in the lines it
// breaks into in each language, ends below the plot's top, where the axis
// name stands: on a Russian phone the 2023 trade label is four lines.
func TestPhoneLabelsFitUnderAxisName(t *testing.T) {
	d := dataset(t)
	for _, lang := range []string{"en", "ru", "az"} {
		c, err := Bars(d, lang, "", "trade-annual", "trade-h1")
		if err != nil {
			t.Fatal(err)
		}
		media, _ := c.Option["media"].([]any)
		if len(media) == 0 {
			t.Fatalf("%s: no narrow media query", lang)
		}
		narrow := media[0].(map[string]any)["option"].(map[string]any)
		ys, _ := narrow["yAxis"].([]any)
		// Each panel's value axis, then the names of its ticks (ticks.go).
		if len(ys) != 4 {
			t.Fatalf("%s: narrow value axes %v, want one a panel", lang, narrow["yAxis"])
		}
		top := num(ys[0].(map[string]any)["max"])
		label := barLabel(*mustFigure(t, d, "trade-2023"), growthOf(d, "trade-2023"), false, lang)
		lines := labelLines(label, narrowPanelWidth, narrowLabelFont)
		bar := panelPlotHeight * 4.358 / top
		if free := panelPlotHeight - bar; free < float64(labelGap+lines*labelLineHeight) {
			t.Errorf("%s: %.0f px above the 2023 bar (axis to %v), its %d-line label needs %d",
				lang, free, top, lines, labelGap+lines*labelLineHeight)
		}
		if wide := num(c.Option["yAxis"].([]any)[0].(map[string]any)["max"]); wide > top {
			t.Errorf("%s: the wide axis (%v) reaches higher than the narrow one (%v)", lang, wide, top)
		}
	}
}

// TestAzerbaijaniWordsStayWhole: zrender breaks a line after ə as if it
// were a space ("Azə|rbaycan"), so names and labels with it are broken at
// spaces by us; other text is left to ECharts.
func TestAzerbaijaniWordsStayWhole(t *testing.T) {
	if got := wrapWords("Rusiya → Azərbaycan", 76, 10); got != "Rusiya →\nAzərbaycan" {
		t.Errorf("wrapWords = %q", got)
	}
	if got := wrapWords("İllər üzrə ticarət dövriyyəsi", panelTitleWidth, 13); got != "İllər üzrə ticarət\ndövriyyəsi" {
		t.Errorf("wrapWords = %q", got)
	}
	if got := wrapWords("Russia → Azerbaijan", 76, 10); got != "Russia → Azerbaijan" {
		t.Errorf("English was wrapped: %q", got)
	}
	if got := ownWordBreaks("1,3–1,5 milyon t\nhədəf həcm"); got != "1,3–1,5 milyon t\nhədəf\nhəcm" {
		t.Errorf("ownWordBreaks = %q", got)
	}
	if got := ownWordBreaks("təxminən 4 milyard dollar"); got != "təxminən 4 milyard dollar" {
		t.Errorf("a leading word needs no break: %q", got)
	}
	// ECharts breaks a line at a decimal comma as at a space: a number with
	// one starts its own line (TestNumbersStayWholeOnTheirLines, chartsvg).
	if got := ownWordBreaks("təxminən 3,7 milyard dollar"); got != "təxminən\n3,7 milyard dollar" {
		t.Errorf("a number with a comma does not start its line: %q", got)
	}
}

// TestNamesKeepTheirCommas: zrender breaks a line before a comma as before
// a word, so "Azerbaijani investment in Russia, 2023" at a phone's 104 px
// came out with a line ", 2023". Such names are broken by us at spaces,
// the comma kept with its word, at both widths the chart draws them.
func TestNamesKeepTheirCommas(t *testing.T) {
	d := dataset(t)
	for _, lang := range []string{"en", "ru", "az"} {
		c, err := FigureBars(d, lang, "", "investment-ru-az-2023", "investment-az-ru-2023", "fdi-ru-az-2023")
		if err != nil {
			t.Fatal(err)
		}
		wide, _ := c.Option.axis("yAxis")["data"].([]any)
		narrow, _ := narrowPart(c.Option, "yAxis")[0].(map[string]any)["data"].([]any)
		if len(narrow) == 0 {
			t.Fatalf("%s: the narrow layout breaks no names", lang)
		}
		for _, list := range [][]any{wide, narrow} {
			for _, n := range list {
				name := n.(string)
				if !strings.Contains(name, ",") {
					continue
				}
				if !strings.Contains(name, "\n") {
					t.Errorf("%s: %q is left for ECharts to break", lang, name)
				}
				for _, line := range strings.Split(name, "\n") {
					if strings.HasPrefix(strings.TrimSpace(line), ",") {
						t.Errorf("%s: a line of %q starts with a comma", lang, name)
					}
				}
			}
		}
	}
	if got := wrapNamesOne("Azerbaijani investment in Russia, 2023", 104, 11); got != "Azerbaijani\ninvestment in\nRussia, 2023" {
		t.Errorf("broken as %q", got)
	}
}

func wrapNamesOne(s string, width, font float64) string {
	out, _ := wrapNames([]any{s}, width, font)
	return out[0].(string)
}

// A chart's own line breaks keep a no-break space: "более 1 400" in a
// Russian title on a phone ended a line at "1", and the space put back
// between words was a plain one.
func TestWrapKeepsNoBreakSpaces(t *testing.T) {
	// 18 characters a line: 99 px at 10 px, 5.5 px a character.
	if got, want := wrapAt("капиталом: более 1\u00a0400", 99, 10), "капиталом: более\n1\u00a0400"; got != want {
		t.Errorf("wrapAt = %q, want %q", got, want)
	}
	if got, want := wrapAt("I полугодие 2023\u00a0г.", 66, 10), "I полугодие\n2023\u00a0г."; got != want {
		t.Errorf("wrapAt = %q, want %q", got, want)
	}
}
