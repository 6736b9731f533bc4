//go:build browser

package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// typeYear empties a year input and types year into it, key by key, as a
// reader would; nothing else is pressed, so the years apply as typed.
func typeYear(t *testing.T, tb *tab, id, year string) {
	t.Helper()
	// Focus first and let the field left behind apply (its change event),
	// then clear and type, as selecting a field's text and typing would.
	if err := chromedp.Run(tb.ctx,
		chromedp.Focus("#"+id, chromedp.ByQuery),
		chromedp.Sleep(300*time.Millisecond),
		chromedp.SetValue("#"+id, "", chromedp.ByQuery),
		chromedp.SendKeys("#"+id, year, chromedp.ByQuery),
	); err != nil {
		t.Fatalf("type %s into #%s: %v", year, id, err)
	}
}

// TestEnergyYearsFilterEveryChart types years into Energy's range and
// checks they act on every chart of the view (the oil bars as well as the
// gas timeline) without Enter, that the first edit adds one history entry
// and later ones replace it, that Back stays on the site, that empty years
// are said in words and that a swapped pair is explained.
func TestEnergyYearsFilterEveryChart(t *testing.T) {
	tb := newTab(t, 120*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+"/energy")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("energy", readyTimeout); err != nil {
		t.Fatal(err)
	}
	var before int
	tb.eval(t, `history.length`, &before)

	typeYear(t, tb, "year-to", "2019")
	tb.waitURL(t, "/energy?to=2019", "energy")
	var oil []string
	tb.eval(t, `echarts.getInstanceByDom(document.querySelector('[data-chart="energy-oil"]')).getOption().xAxis[0].data`, &oil)
	if strings.Join(oil, ",") != "2018,2019" {
		t.Errorf("oil bars up to 2019 show %v, want 2018 and 2019", oil)
	}
	var lastGas float64
	tb.eval(t, `echarts.getInstanceByDom(document.querySelector('[data-chart="energy-gas"]')).getOption().xAxis[0].max`, &lastGas)
	// The axis runs a little past the years shown (app/charts' timePad),
	// so marks at the end stand clear of it; well short of another year.
	if end := float64(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).UnixMilli()); lastGas < end || lastGas >= end+365*24*3600*1000 {
		t.Errorf("gas timeline ends at %v, want the end of 2019 (%v) and its padding", lastGas, end)
	}

	typeYear(t, tb, "year-from", "2005")
	tb.waitURL(t, "/energy?from=2005&to=2019", "energy")
	typeYear(t, tb, "year-to", "2010")
	tb.waitURL(t, "/energy?from=2005&to=2010", "energy")
	var after int
	tb.eval(t, `history.length`, &after)
	if after != before+1 {
		t.Errorf("three edits made %d history entries, want 1 (the first pushes, the rest replace)", after-before)
	}
	var empty string
	tb.eval(t, `(document.querySelector('[data-empty="energy-oil"]') || {}).textContent || ""`, &empty)
	if !strings.Contains(empty, "reports nothing for these years") {
		t.Errorf("oil for 2005–2010: %q, want words saying the article reports nothing", empty)
	}
	var blank int
	tb.eval(t, `document.querySelectorAll('[data-chart="energy-oil"], [data-table="energy-oil"]').length`, &blank)
	if blank != 0 {
		t.Errorf("an empty oil chart or table is still drawn for 2005–2010")
	}

	typeYear(t, tb, "year-to", "2001")
	tb.waitURL(t, "/energy?from=2001&to=2005", "energy")
	var note string
	tb.eval(t, `document.querySelector('.range-note').textContent`, &note)
	if !strings.Contains(note, "swapped") {
		t.Errorf("To before From changed the years silently; note %q", note)
	}

	if err := chromedp.Run(tb.ctx, chromedp.Evaluate(`history.back()`, nil)); err != nil {
		t.Fatal(err)
	}
	tb.waitURL(t, "/energy", "energy")
	checkConsoleAndOrigin(t, tb)
}

// TestBadLinkNamesEveryChange opens a link whose years lie outside the
// data and whose category has no events, and checks the notice names each
// parameter the view changed or dropped, not only the unreadable ones.
func TestBadLinkNamesEveryChange(t *testing.T) {
	tb := newTab(t, 60*time.Second)
	if err := chromedp.Run(tb.ctx, chromedp.Navigate(baseURL+"/timeline?from=abc&to=1980&cat=foo")); err != nil {
		t.Fatal(err)
	}
	if err := tb.waitReady("timeline", readyTimeout); err != nil {
		t.Fatal(err)
	}
	var text string
	tb.eval(t, `[...document.querySelectorAll('.url-notice')].map(n => n.textContent).join(' | ')`, &text)
	for _, want := range []string{"from=abc", "to=1980", "cat=foo"} {
		if !strings.Contains(text, want) {
			t.Errorf("notice does not name %s: %q", want, text)
		}
	}
	var lanes int
	tb.eval(t, `echarts.getInstanceByDom(document.querySelector('[data-chart="timeline-events"]')).getOption().yAxis[0].data.length`, &lanes)
	if lanes == 0 {
		t.Error("the unknown category filtered every event away")
	}
}
