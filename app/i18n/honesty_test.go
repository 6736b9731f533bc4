package i18n

import (
	"strings"
	"testing"
)

// The interface's own words say no more than the article: an unhedged
// figure is not "exact" (the article only states no hedge), Azerbaijan's
// NAM chairmanship is over (2019–2022, extended by a year), the overview's
// events are "key", not "defining" (a judgement the article does not
// make), and the /legal timeline, which shows the establishment of
// diplomatic relations, is not titled as documents alone.
func TestInterfaceSaysNoMoreThanTheArticle(t *testing.T) {
	for _, c := range []struct {
		key       string
		want, not map[string][]string
	}{
		{"chart.hedge.exact",
			map[string][]string{"en": {"no hedge"}, "ru": {"без оговор"}, "az": {"qeyd-şərtsiz"}},
			map[string][]string{"en": {"exact"}, "ru": {"точно"}, "az": {"dəqiq"}}},
		{"lead.diplomacy",
			map[string][]string{"en": {"chaired", "2019–2022"}, "ru": {"председательствовал", "2019–2022"}, "az": {"sədrlik edib", "2019–2022"}},
			map[string][]string{"en": {"leads"}, "ru": {"возглавляет"}, "az": {"sədrlik edir"}}},
		{"h.moments",
			map[string][]string{"en": {"Key events"}, "ru": {"Ключевые события"}, "az": {"Əsas hadisələr"}},
			map[string][]string{"en": {"Defining"}, "ru": {"Поворотн"}, "az": {"Həlledici"}}},
		{"chart.moments",
			map[string][]string{"en": {"Key events"}, "ru": {"Ключевые события"}, "az": {"Əsas hadisələr"}},
			map[string][]string{"en": {"Defining"}, "ru": {"Поворотн"}, "az": {"Həlledici"}}},
		{"h.documents",
			map[string][]string{"en": {"Diplomatic relations"}, "ru": {"Дипломатические отношения"}, "az": {"iplomatik münasibətlər"}}, nil},
		{"chart.documents",
			map[string][]string{"en": {"Diplomatic relations"}, "ru": {"Дипломатические отношения"}, "az": {"iplomatik münasibətlər"}}, nil},
	} {
		for _, lang := range Languages {
			s := T(lang, c.key)
			for _, w := range c.want[lang] {
				if !strings.Contains(s, w) {
					t.Errorf("%s %s = %q, want it to contain %q", lang, c.key, s, w)
				}
			}
			for _, w := range c.not[lang] {
				if strings.Contains(s, w) {
					t.Errorf("%s %s = %q says more than the article: %q", lang, c.key, s, w)
				}
			}
		}
	}
}
