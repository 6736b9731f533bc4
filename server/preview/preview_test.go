//go:build !wasm

package preview

import (
	"bytes"
	"image/png"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"bilateral/app"
	"bilateral/app/i18n"
	"bilateral/data"
)

var loadOnce sync.Once

// dataset is the embedded dataset, loaded as the server loads it.
func dataset(t testing.TB) *data.Dataset {
	t.Helper()
	loadOnce.Do(func() {
		d, err := data.LoadDefault()
		if err != nil {
			panic(err)
		}
		app.SetDataset(d)
	})
	d, _ := app.Dataset()
	return d
}

// render is the picture of view in state query, and the texts drawn on it.
func render(t *testing.T, view, query string) ([]byte, []Text) {
	t.Helper()
	d := dataset(t)
	v, ok := app.PreviewView(view)
	if !ok {
		t.Fatalf("no view %q", view)
	}
	b, texts, err := Draw(CardOf(app.PreviewOf(d, v, query, i18n.Lang), i18n.Lang))
	if err != nil {
		t.Fatalf("%s?%s: %v", view, query, err)
	}
	return b, texts
}

func said(texts []Text) string {
	var all []string
	for _, t := range texts {
		all = append(all, t.S)
	}
	return strings.Join(all, "\n")
}

// deepLinks are a link of every kind: each view, a figure, an event, a filter.
var deepLinks = [][2]string{
	{"overview", ""}, {"legal", ""}, {"trade", ""}, {"energy", ""}, {"diplomacy", ""}, {"timeline", ""}, {"sources", ""},
	{"trade", "fig=trade-2023"}, {"trade", "fig=investment-ru-az-2023"}, {"trade", "fig=companies-fully-russian"},
	{"overview", "fig=investment-ru-az-2023"}, {"sources", "fig=trade-2022"},
	{"energy", "event=gas-imports-2000-2006"}, {"timeline", "from=2000&to=2010&cat=energy"},
}

func TestEveryPictureIsA1200x630PNG(t *testing.T) {
	site := i18n.T(i18n.Lang, "app.name")
	source := app.PreviewSource(dataset(t), i18n.Lang)
	for _, l := range deepLinks {
		b, texts := render(t, l[0], l[1])
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s?%s: not a PNG: %v", l[0], l[1], err)
		}
		if r := img.Bounds(); r.Dx() != 1200 || r.Dy() != 630 {
			t.Errorf("%s?%s: %v, want 1200×630", l[0], l[1], r.Size())
		}
		all := said(texts)
		if !strings.Contains(all, source) || !strings.Contains(all, site) {
			t.Errorf("%s?%s: the picture lacks the source line %q or the site's name:\n%s", l[0], l[1], source, all)
		}
		for _, tx := range texts {
			if tx.X < 0 || tx.X+tx.W > Width-margin+1 {
				t.Errorf("%s?%s: %q runs from x=%d to %d, past the margin", l[0], l[1], tx.S, tx.X, tx.X+tx.W)
			}
		}
	}
}

func TestFigureViewAndEventPicturesDiffer(t *testing.T) {
	view, _ := render(t, "trade", "")
	fig, _ := render(t, "trade", "fig=trade-2023")
	event, _ := render(t, "energy", "event=gas-imports-2000-2006")
	energy, _ := render(t, "energy", "")
	if bytes.Equal(view, fig) || bytes.Equal(fig, event) || bytes.Equal(event, energy) {
		t.Error("a figure's, a view's and an event's pictures should all differ")
	}
}

// The example: the figure as the source hedges it, with its period,
// large, and its chart with that bar highlighted.
func TestFigurePictureSaysTheFigure(t *testing.T) {
	_, texts := render(t, "trade", "fig=investment-ru-az-2023")
	var big *Text
	for i := range texts {
		if texts[i].S == "over $8.7 billion · 2023" {
			big = &texts[i]
		}
	}
	if big == nil || !big.Bold || big.Size < 40 {
		t.Fatalf("want \"over $8.7 billion · 2023\" drawn large and bold; drew:\n%s", said(texts))
	}
	d := dataset(t)
	v, _ := app.PreviewView("trade")
	p := plotOf(app.PreviewOf(d, v, "fig=investment-ru-az-2023", i18n.Lang).Chart)
	if p == nil {
		t.Fatal("the figure's chart was not read")
	}
	var selected []string
	for _, b := range p.bars {
		if b.selected {
			selected = append(selected, b.label)
		}
	}
	if len(selected) != 1 || selected[0] != "over $8.7 billion" {
		t.Errorf("highlighted bars %q, want the one of over $8.7 billion", selected)
	}
}

func TestEventPictureSaysDateAndTitle(t *testing.T) {
	_, texts := render(t, "energy", "event=gas-imports-2000-2006")
	e, _ := dataset(t).Event("gas-imports-2000-2006")
	all := said(texts)
	if !strings.Contains(all, "2000–2006") || !strings.Contains(all, e.Title.In(i18n.Lang)) {
		t.Errorf("want the event's date and title; drew:\n%s", all)
	}
}

// The turnover chart has stated, derived and selected bars, read from the
// option with the styles the page draws them in.
func TestPlotReadsThePagesChart(t *testing.T) {
	d := dataset(t)
	v, _ := app.PreviewView("trade")
	p := plotOf(app.PreviewOf(d, v, "fig=trade-2023", i18n.Lang).Chart)
	if p == nil || p.horizontal || len(p.bars) < 3 {
		t.Fatalf("want vertical turnover bars, got %+v", p)
	}
	var derived, selected int
	for _, b := range p.bars {
		if b.dashed {
			derived++
		}
		if b.selected {
			selected++
			if b.category != "2023" || !strings.Contains(b.label, "4.358") {
				t.Errorf("selected bar %q %q, want 2023's", b.category, b.label)
			}
		}
	}
	if derived == 0 || selected != 1 {
		t.Errorf("%d derived and %d selected bars, want some and one", derived, selected)
	}
}

func TestLongTextWrapsOrShortens(t *testing.T) {
	long := strings.Repeat("Azərbaycan Respublikası və Российская Федерация ", 8)
	c := Card{Site: "Bilateral", Section: long, Headline: long, Stated: long, Figure: true, Chart: long, Source: long, Tagline: long}
	_, texts, err := Draw(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, tx := range texts {
		if tx.X+tx.W > Width-margin+1 {
			t.Errorf("%q overflows: ends at x=%d", tx.S, tx.X+tx.W)
		}
	}
	if !strings.Contains(said(texts), ellipsis) {
		t.Error("text that cannot fit should end in an ellipsis")
	}
}

// Every letter the dataset and the interface may put on a picture has a
// glyph in the embedded fonts, Azerbaijani and Cyrillic included.
func TestFontsCoverText(t *testing.T) {
	d := dataset(t)
	r, b, err := fonts()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"əğışçöüƏĞİŞÇÖÜ", "Российская Федерация", "₽ € – — … · “”’ → ≈"}
	for _, f := range d.Figures {
		texts = append(texts, f.Label.In(i18n.Lang))
	}
	for _, e := range d.Events {
		texts = append(texts, e.Title.In(i18n.Lang))
	}
	for _, c := range d.Categories {
		texts = append(texts, c.Label.In(i18n.Lang))
	}
	for _, v := range app.Views {
		texts = append(texts, v.Title(i18n.Lang))
	}
	for _, s := range texts {
		for _, ch := range s {
			for _, f := range []struct {
				name string
				idx  func(rune) bool
			}{
				{"regular", func(ch rune) bool { i, err := r.GlyphIndex(nil, ch); return err == nil && i != 0 }},
				{"bold", func(ch rune) bool { i, err := b.GlyphIndex(nil, ch); return err == nil && i != 0 }},
			} {
				if !f.idx(ch) {
					t.Errorf("the %s font has no %q (U+%04X, in %q)", f.name, ch, ch, s)
				}
			}
		}
	}
}

func get(h http.Handler, target string, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// A hostile or mangled state gets the view's own picture (or what is left
// of the state), never an error.
func TestHostileStateFallsBackToTheViewsPicture(t *testing.T) {
	dataset(t)
	h := New(func() string { return "v1" })
	plain := get(h, "/preview/v1/trade.png")
	if plain.Code != http.StatusOK {
		t.Fatalf("plain: %d", plain.Code)
	}
	for _, q := range []string{
		"fig=%3Cscript%3Ealert(1)%3C/script%3E", "fig=no-such-figure", "tab=table", "zzz=1&fig=", "%zz%",
		"fig=trade-2023%00", strings.Repeat("a=b&", 500), "fig=../../etc/passwd", "fig=" + strings.Repeat("x", 3000),
	} {
		rec := get(h, "/preview/v1/trade.png?"+q)
		if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "image/png" {
			t.Errorf("?%.40s: status %d %s, want the view's PNG", q, rec.Code, rec.Header().Get("Content-Type"))
			continue
		}
		if !bytes.Equal(rec.Body.Bytes(), plain.Body.Bytes()) {
			t.Errorf("?%.40s: not the view's own picture", q)
		}
		if strings.Contains(rec.Header().Get("Cache-Control"), "immutable") {
			t.Errorf("?%.40s: a non-canonical address is cached for good", q)
		}
	}
	if rec := get(h, "/preview/v1/nosuchview.png"); rec.Code != http.StatusNotFound {
		t.Errorf("an unknown view: %d, want 404", rec.Code)
	}
	if n, _ := h.cache.Len(); n != 1 {
		t.Errorf("hostile states made %d cached pictures, want the view's one", n)
	}
}

func TestServedOnceWithETagAndImmutable(t *testing.T) {
	dataset(t)
	h := New(func() string { return "v1" })
	first := get(h, "/preview/v1/trade.png?fig=trade-2023")
	etag := first.Header().Get("ETag")
	if first.Code != http.StatusOK || etag == "" || first.Header().Get("Cache-Control") != "public, max-age=31536000, immutable" {
		t.Fatalf("first: %d, ETag %q, Cache-Control %q", first.Code, etag, first.Header().Get("Cache-Control"))
	}
	again := get(h, "/preview/v1/trade.png?fig=trade-2023", "If-None-Match", etag)
	if again.Code != http.StatusNotModified || again.Body.Len() != 0 {
		t.Errorf("repeat with If-None-Match: %d with %d bytes, want an empty 304", again.Code, again.Body.Len())
	}
	old := get(h, "/preview/v0/trade.png?fig=trade-2023")
	if old.Code != http.StatusOK || !bytes.Equal(old.Body.Bytes(), first.Body.Bytes()) ||
		strings.Contains(old.Header().Get("Cache-Control"), "immutable") {
		t.Errorf("another version's address: %d, %q; want today's picture, not cached for good", old.Code, old.Header().Get("Cache-Control"))
	}
	if n, _ := h.cache.Len(); n != 1 {
		t.Errorf("%d pictures cached, want one per state", n)
	}
}

// A link's filters are applied to the chart and said in words.
func TestFilteredPictureSaysItsFilter(t *testing.T) {
	all, _ := render(t, "timeline", "")
	some, texts := render(t, "timeline", "from=2000&to=2010&cat=energy")
	if bytes.Equal(all, some) {
		t.Error("the filtered timeline looks like the whole one")
	}
	c, _ := dataset(t).Category("energy")
	if s := said(texts); !strings.Contains(s, "2000–2010") || !strings.Contains(s, c.Label.In(i18n.Lang)) {
		t.Errorf("the filter is not said; drew:\n%s", s)
	}
}

// Pictures are drawn from whatever dataset is loaded (a -data file), whose
// version, part of the address, keeps its pictures apart in caches.
func TestPicturesFollowTheLoadedDataset(t *testing.T) {
	d := dataset(t)
	other, err := data.Parse("other.json", data.Default)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := other.Figure("trade-2023")
	f.Label = data.Text{"en": "Turnover in another dataset"}
	app.SetDataset(other)
	defer app.SetDataset(d)
	_, texts := render(t, "trade", "fig=trade-2023")
	if s := said(texts); !strings.Contains(s, "Turnover in another dataset") {
		t.Errorf("drew the embedded dataset's words, not the loaded one's:\n%s", s)
	}
}
