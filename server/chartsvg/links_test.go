//go:build !wasm

package chartsvg

import (
	"strings"
	"testing"
)

func TestLinked(t *testing.T) {
	option := []byte(`{"series":[{"data":[1,2]},{"data":[{"value":3,"ref":"trade-2022"},{"value":4,"ref":"trade-2023"},{"value":5}]}]}`)
	svg := `<svg><path d="M0 0" ecmeta_series_index="0" ecmeta_data_index="1" ecmeta_ssr_type="chart"></path>` +
		`<path d="M1 1" ecmeta_series_index="1" ecmeta_data_index="0" ecmeta_ssr_type="chart" class="c"></path>` +
		`<path d="M2 2" ecmeta_series_index="1" ecmeta_data_index="1" ecmeta_ssr_type="chart"></path>` +
		`<path d="M3 3" ecmeta_series_index="1" ecmeta_data_index="2" ecmeta_ssr_type="chart"></path>` +
		`<path d="M4 4" ecmeta_series_index="7" ecmeta_data_index="0" ecmeta_ssr_type="chart"></path>` +
		`<path d="M5 5" fill="url(#p)"></path></svg>`
	links := map[string]string{"trade-2022": `/trade?fig=trade-2022&x="><script>`, "trade-2023": "/trade?fig=trade-2023"}
	got := Linked(svg, option, links)

	if n := strings.Count(got, "<a "); n != 2 {
		t.Fatalf("%d links, want 2 (only items with a known ref): %s", n, got)
	}
	for _, want := range []string{
		`<a href="/trade?fig=trade-2022&amp;x=&#34;&gt;&lt;script&gt;" tabindex="-1"><path d="M1 1" class="c"></path></a>`,
		`<a href="/trade?fig=trade-2023" tabindex="-1"><path d="M2 2"`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %s in %s", want, got)
		}
	}
	if strings.Contains(got, "<script>") {
		t.Error("an address reached the SVG unescaped")
	}
	if strings.Contains(got, "ecmeta_") {
		t.Errorf("the renderer's item indices are left in: %s", got)
	}
	plain := itemIndex.ReplaceAllString(svg, "")
	if Linked(svg, option, nil) != plain || Linked(svg, []byte("not json"), links) != plain {
		t.Error("without links, or with an option it cannot read, the drawing must stay as it was but for the indices")
	}
}
