//go:build browser

package e2e

import (
	"encoding/json"
	"fmt"
	"maps"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"bilateral/app"
	"bilateral/app/i18n"
	"bilateral/app/urlstate"
	"bilateral/data"
)

// TestLanguages opens the Russian and Azerbaijani pages: <html lang> says the
// language, no interface text is left in English, and the language switch
// goes to the same view with its whole state (and is remembered, so the
// English page then offers the chosen language with a quiet link).
func TestLanguages(t *testing.T) {
	english := untranslatedEnglish(t)
	const query = "fig=trade-2023&tab=table"
	for _, lang := range []string{"ru", "az"} {
		t.Run(lang, func(t *testing.T) {
			tb := newTab(t, 90*time.Second)
			if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+"/"+lang+"/trade?"+query)); err != nil {
				t.Fatalf("navigate: %v", err)
			}
			if err := tb.waitReady("trade", readyTimeout); err != nil {
				t.Fatal(err)
			}
			tb.screenshot(t, "languages-"+lang)
			var htmlLang string
			var texts []string
			if err := chromedp.Run(tb.ctx,
				chromedp.Evaluate(`document.documentElement.lang`, &htmlLang),
				chromedp.Evaluate(visibleTexts, &texts),
			); err != nil {
				t.Fatalf("evaluate: %v", err)
			}
			if htmlLang != lang {
				t.Errorf("<html lang=%q>, want %q", htmlLang, lang)
			}
			seen := map[string]bool{}
			for _, s := range texts {
				if key, ok := english[s]; ok && !seen[s] {
					seen[s] = true
					t.Errorf("English interface text %q (%s) on the %s page", s, key, lang)
				}
			}
			// English joining words inside a sentence: a hard-coded " and ".
			glue := regexp.MustCompile(`\b(and|the|of|with|from)\b`)
			for _, s := range texts {
				if w := glue.FindString(s); w != "" && !seen[s] {
					seen[s] = true
					t.Errorf("English %q in %q on the %s page", w, s, lang)
				}
			}
			if len(texts) < 50 {
				t.Errorf("read only %d texts; the page did not render", len(texts))
			}

			// The switch: English, same view, same state.
			var href string
			if err := chromedp.Run(tb.ctx,
				chromedp.Click(`.lang-switch a[hreflang="en"]`, chromedp.ByQuery),
			); err != nil {
				t.Fatalf("click English: %v", err)
			}
			if err := tb.waitReady("trade", readyTimeout); err != nil {
				t.Fatal(err)
			}
			if err := chromedp.Run(tb.ctx,
				chromedp.Evaluate(`location.pathname + location.search`, &href),
				chromedp.Evaluate(`document.documentElement.lang`, &htmlLang),
			); err != nil {
				t.Fatal(err)
			}
			if u, err := url.Parse(href); err != nil || u.Path != "/trade" || !sameQuery(u.RawQuery, query) {
				t.Errorf("switching to English went to %q, want /trade?%s", href, query)
			}
			if htmlLang != "en" {
				t.Errorf("after switching: <html lang=%q>, want en", htmlLang)
			}

			// Remembered: after choosing lang, the English page offers it.
			var offer string
			if err := chromedp.Run(tb.ctx,
				chromedp.Evaluate(`localStorage.setItem("bilateral-lang", "`+lang+`")`, nil),
				chromedp.Navigate(baseURL+"/trade?"+query),
			); err != nil {
				t.Fatal(err)
			}
			if err := tb.waitReady("trade", readyTimeout); err != nil {
				t.Fatal(err)
			}
			if err := chromedp.Run(tb.ctx,
				chromedp.WaitVisible(`.lang-offer`, chromedp.ByQuery),
				chromedp.AttributeValue(`.lang-offer`, "href", &offer, nil, chromedp.ByQuery),
			); err != nil {
				t.Fatalf("no offer of %s on the English page: %v", lang, err)
			}
			if u, err := url.Parse(offer); err != nil || u.Path != "/"+lang+"/trade" || !sameQuery(u.RawQuery, query) {
				t.Errorf("offer links to %q, want /%s/trade?%s", offer, lang, query)
			}
			checkConsoleAndOrigin(t, tb)
		})
	}
}

// visibleTexts are the page's own text nodes and accessible names (aria-label),
// each trimmed. Titles are left out: a translated dataset text carries its
// English original as its title, on purpose.
const visibleTexts = `(() => {
	const out = [];
	const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let n = walk.nextNode(); n; n = walk.nextNode()) {
		const p = n.parentElement;
		if (!p || p.closest('script,style,[hidden],.print-only,[lang="en"]')) continue;
		const s = n.textContent.trim();
		if (s) out.push(s);
	}
	for (const e of document.querySelectorAll('[aria-label]')) out.push(e.getAttribute('aria-label').trim());
	return out;
})()`

// untranslatedEnglish maps each English interface text a Russian or
// Azerbaijani page must not show to its key: texts whose translations differ
// (not "PNG" or "Caliber.az"), whole (not a pattern with %s or {n}), and not
// also a text of the dataset (its texts may be English until translated).
func untranslatedEnglish(t *testing.T) map[string]string {
	var raw any
	if err := json.Unmarshal(data.Default, &raw); err != nil {
		t.Fatal(err)
	}
	dataTexts := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			dataTexts[strings.TrimSpace(v)] = true
		case []any:
			for _, e := range v {
				walk(e)
			}
		case map[string]any:
			for _, e := range v {
				walk(e)
			}
		}
	}
	walk(raw)
	out := map[string]string{}
	for _, k := range i18n.Keys() {
		s := strings.TrimSpace(i18n.T("en", k))
		if s == "" || strings.ContainsAny(s, "%{") || dataTexts[s] || s == i18n.T("ru", k) || s == i18n.T("az", k) {
			continue
		}
		out[s] = k
	}
	if len(out) < 150 {
		t.Fatalf("only %d English interface texts to look for; the catalogue read is broken", len(out))
	}
	return out
}

func sameQuery(a, b string) bool {
	qa, err1 := url.ParseQuery(a)
	qb, err2 := url.ParseQuery(b)
	if err1 != nil || err2 != nil || len(qa) != len(qb) {
		return false
	}
	for k, v := range qa {
		if strings.Join(v, ",") != strings.Join(qb[k], ",") {
			return false
		}
	}
	return true
}

// TestLanguagesEveryView reads every view, as charts and as tables, in
// Russian and Azerbaijani, and fails on any English text of the interface or
// of the dataset (one whose translation differs) shown outside an element
// marked lang="en" (the article's title and quotes, kept in English).
func TestLanguagesEveryView(t *testing.T) {
	english := untranslatedEnglish(t)
	for _, lang := range []string{"ru", "az"} {
		forbidden := maps.Clone(english)
		for en, key := range translatedDatasetTexts(t, lang) {
			forbidden[en] = key
		}
		for _, v := range app.Views {
			for _, tab := range []string{"", "?tab=table"} {
				path := urlstate.WithLang(lang, v.Path) + tab
				t.Run(strings.TrimPrefix(path, "/"), func(t *testing.T) {
					tb := newTab(t, 90*time.Second)
					if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+path)); err != nil {
						t.Fatalf("navigate: %v", err)
					}
					if err := tb.waitReady(v.Name, readyTimeout); err != nil {
						t.Fatal(err)
					}
					var texts []string
					if err := chromedp.Run(tb.ctx, chromedp.Evaluate(visibleTexts, &texts)); err != nil {
						t.Fatal(err)
					}
					if len(texts) < 20 {
						t.Errorf("read only %d texts; the page did not render", len(texts))
					}
					seen := map[string]bool{}
					for _, s := range texts {
						if key, ok := forbidden[s]; ok && !seen[s] {
							seen[s] = true
							t.Errorf("English text %q (%s) on %s", s, key, path)
						}
					}
				})
			}
		}
	}
}

// translatedDatasetTexts maps the dataset's English texts that have a
// different text in lang to where they are (a short path), so a view that
// shows the English instead of the translation is caught.
func translatedDatasetTexts(t *testing.T, lang string) map[string]string {
	var raw any
	if err := json.Unmarshal(data.Default, &raw); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case []any:
			for i, e := range v {
				walk(fmt.Sprintf("%s[%d]", path, i), e)
			}
		case map[string]any:
			en, isText := v["en"].(string)
			tr, hasLang := v[lang].(string)
			if isText && hasLang {
				if en = strings.TrimSpace(en); en != strings.TrimSpace(tr) {
					out[en] = "dataset " + path
				}
				return
			}
			for k, e := range v {
				walk(path+"."+k, e)
			}
		}
	}
	walk("", raw)
	if len(out) < 100 {
		t.Fatalf("only %d translated dataset texts in %s; the dataset read is broken", len(out), lang)
	}
	return out
}
