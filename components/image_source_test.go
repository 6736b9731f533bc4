package components

import (
	"strings"
	"testing"
)

// A downloaded image names the publisher's address, not only its name: the
// article's terms require a hyperlink to Caliber.az with any reuse.
func TestImageSubtextCarriesTheLink(t *testing.T) {
	got := Subtext("Caliber.az, “Title”, 17 August 2024", "https://caliber.az/", "https://example.org/trade")
	want := "Caliber.az, “Title”, 17 August 2024\nhttps://caliber.az/\nhttps://example.org/trade"
	if got != want {
		t.Errorf("Subtext = %q, want %q", got, want)
	}
}

// In the SVG, the line showing the publisher's address is a real link;
// nothing else is touched.
func TestSVGLinkLine(t *testing.T) {
	// As ECharts 6's SVG renderer writes a title's subtext, one <text> a line.
	svg := `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">` +
		`<text y="31.5" fill="#86878c">Caliber.az, “A &amp; B”, 17 August 2024</text>` +
		`<text y="42.5" fill="#86878c">https://caliber.az/</text>` +
		`<text y="53.5" fill="#86878c">http://h/trade?a=1&amp;b=2</text></svg>`
	got := LinkSVGText(svg, "https://caliber.az/")
	want := `<a href="https://caliber.az/" xlink:href="https://caliber.az/"><text y="42.5" fill="#86878c">https://caliber.az/</text></a>`
	if !strings.Contains(got, want) || strings.Count(got, "<a ") != 1 {
		t.Errorf("no single link around the address line:\n%s", got)
	}
	if strings.Replace(got, want, `<text y="42.5" fill="#86878c">https://caliber.az/</text>`, 1) != svg {
		t.Errorf("more than the address line changed:\n%s", got)
	}
	if LinkSVGText(svg, "https://other.example/") != svg || LinkSVGText(svg, "") != svg {
		t.Error("an SVG without the address line was changed")
	}
}

// A Russian or Azerbaijani citation carries our translation of the title
// beside the English one, some 250 characters: drawn as one line of 11 px
// text it ran off the right edge of a 960 px image, cut at "российско-азерба".
// It wraps at spaces, keeping every word, the link on a line of its own, and
// the room above the chart grows with it.
func TestImageSubtextWrapsALongCitation(t *testing.T) {
	source := "Caliber.az, «Diplomatic deep dive into Russian-Azerbaijani relations and Azerbaijan's global strategy Ahead of Putin's Baku visit» (наш перевод: «Дипломатический разбор: российско-азербайджанские отношения и глобальная стратегия Азербайджана накануне визита Путина в Баку»), 17 августа 2024 г."
	got := Subtext(source, "https://caliber.az/", "https://example.org/ru/trade")
	lines := strings.Split(got, "\n")
	if n := len(lines); n < 4 {
		t.Fatalf("Subtext gave %d lines, want the citation on two or more: %q", n, got)
	}
	for _, l := range lines {
		if n := len([]rune(l)); n > sourceChars {
			t.Errorf("a line of %d characters (at most %d fit): %q", n, sourceChars, l)
		}
	}
	if cite := strings.Join(lines[:len(lines)-2], " "); cite != source {
		t.Errorf("the citation's lines read %q, want %q", cite, source)
	}
	if lines[len(lines)-2] != "https://caliber.az/" {
		t.Errorf("the link's line is %q", lines[len(lines)-2])
	}
	if short, long := headHeight(Subtext("Caliber.az", "https://caliber.az/", "p")), headHeight(got); long <= short {
		t.Errorf("headHeight: %d for the wrapped citation, %d for a short one", long, short)
	}
}

// A downloaded image's footnotes are wrapped here, at spaces: ECharts'
// own wrapping takes a letter it does not know as one (Azerbaijani "ə")
// for a place to break, so an Azerbaijani note was cut at "göstə|rilir"
// with its line run to the image's right edge.
func TestImageNotesWrapAtSpaces(t *testing.T) {
	note := "Məqalənin yalnız il və ya ayla tarixləndirdiyi hadisə həmin il və ya ayın ortasında romb kimi, başlanğıcı və ya sonu belə verilən dövr isə həmin il və ya ayın bütününü əhatə edən xətt kimi göstərilir: məqalə daha dəqiq tarix vermir və eyni il və ya aydakı hadisələrdən hansının əvvəl olduğunu demir."
	lines := noteLines([]string{note, "Qısa qeyd."})
	if len(lines) < 3 {
		t.Fatalf("noteLines gave %q, want the long note on two lines or more", lines)
	}
	for _, l := range lines {
		if n := len([]rune(l)); n > sourceChars {
			t.Errorf("a line of %d characters (at most %d fit): %q", n, sourceChars, l)
		}
	}
	if got := strings.Join(lines[:len(lines)-1], " "); got != note {
		t.Errorf("the note's lines read %q", got)
	}
	if got, want := notesHeight([]string{note, "Qısa qeyd."}), len(lines)*noteLine+16; got != want {
		t.Errorf("notesHeight = %d, want %d for %d lines", got, want, len(lines))
	}
}

// A no-break space is no place to break a line, nor is it made a plain
// one: "более 1 400" keeps its number whole in a downloaded image too.
func TestImageNotesKeepNoBreakSpaces(t *testing.T) {
	note := strings.Repeat("слово ", 20) + "более 1\u00a0400 компаний и 17,5\u00a0%"
	lines := noteLines([]string{note})
	if got := strings.Join(lines, " "); got != strings.TrimSpace(note) {
		t.Errorf("noteLines changed the note: %q", got)
	}
	for _, l := range lines {
		if strings.HasSuffix(l, "1") || strings.HasPrefix(l, "400") || strings.HasPrefix(l, "%") {
			t.Errorf("a line broken at a no-break space: %q", l)
		}
	}
}
