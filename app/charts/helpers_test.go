package charts

import (
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"

	"bilateral/data"
)

// dataset is the real dataset, so the charts are tested on what readers
// will see. It is read from the file rather than through data.LoadDefault,
// which native builds alone have, so that the tests also vet for Wasm.
func dataset(t *testing.T) *data.Dataset {
	t.Helper()
	const file = "../../data/relations.json"
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("reading the dataset: %v", err)
	}
	d, err := data.Parse(file, b)
	if err != nil {
		t.Fatalf("the dataset does not validate: %v", err)
	}
	return d
}

// checkCommon asserts what every chart owes: pure JSON data with no script
// in it, legend and grid placed explicitly, and an accessible description
// that reads out every given text.
func checkCommon(t *testing.T, c Chart, mentions ...string) {
	t.Helper()
	js := c.Option.JSON()
	low := strings.ToLower(js)
	for _, bad := range []string{"function", "__f__", "=>"} {
		if strings.Contains(low, bad) {
			t.Errorf("option holds %q, which is script, not data", bad)
		}
	}
	// Round-trip: what the view sends must be plain JSON.
	var back map[string]any
	if err := json.Unmarshal([]byte(js), &back); err != nil {
		t.Fatalf("option is not JSON: %v", err)
	}
	legend, ok := back["legend"].(map[string]any)
	if !ok {
		t.Errorf("legend not set explicitly (ECharts 6 would put it at the bottom)")
	} else if legend["show"] != false && (legend["top"] == nil || legend["left"] == nil) {
		t.Errorf("shown legend without explicit top/left: %v", legend)
	}
	grids, _ := back["grid"].([]any) // panels have a grid each
	if g, ok := back["grid"].(map[string]any); ok {
		grids = []any{g}
	}
	if len(grids) == 0 {
		t.Errorf("grid not set explicitly")
	}
	for _, g := range grids {
		grid, _ := g.(map[string]any)
		for _, k := range []string{"top", "right", "bottom", "left"} {
			if grid[k] == nil {
				t.Errorf("grid.%s not set", k)
			}
		}
	}
	if back["animation"] != false {
		t.Errorf("animation = %v, want false", back["animation"])
	}
	desc := ariaDescription(back)
	if desc == "" || desc != c.Description {
		t.Errorf("aria description %q differs from Chart.Description %q", desc, c.Description)
	}
	for _, m := range mentions {
		if !strings.Contains(desc, m) {
			t.Errorf("aria description lacks %q: %s", m, desc)
		}
	}
}

func ariaDescription(o map[string]any) string {
	aria, _ := o["aria"].(map[string]any)
	if aria["enabled"] != true {
		return ""
	}
	label, _ := aria["label"].(map[string]any)
	s, _ := label["description"].(string)
	return s
}

// rowIDs lists a table's row ids, with flags, for comparison.
func rowIDs(t Table) []string {
	ids := make([]string, len(t.Rows))
	for i, r := range t.Rows {
		ids[i] = r.ID
	}
	return ids
}

func selectedRows(t Table) []string {
	var ids []string
	for _, r := range t.Rows {
		if r.Selected {
			ids = append(ids, r.ID)
		}
	}
	return ids
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// num reads a number whether it came through JSON (float64) or was set by
// our code straight into the map (int, int64).
func num(v any) float64 {
	switch n := v.(type) {
	case float64:
		return n
	case int:
		return float64(n)
	case int64:
		return float64(n)
	}
	return math.NaN()
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// style is the itemStyle of a data item, or nil.
func style(item map[string]any) map[string]any {
	s, _ := item["itemStyle"].(map[string]any)
	return s
}

func labelText(item map[string]any) string {
	l, _ := item["label"].(map[string]any)
	s, _ := l["formatter"].(string)
	return s
}

func tooltipText(item map[string]any) string {
	l, _ := item["tooltip"].(map[string]any)
	s, _ := l["formatter"].(string)
	return s
}

func mustFigure(t *testing.T, d *data.Dataset, id string) *data.Figure {
	t.Helper()
	f, ok := d.Figure(id)
	if !ok {
		t.Fatalf("dataset lacks figure %q the test relies on", id)
	}
	return f
}

func errorNames(t *testing.T, err error, ids ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error; want one naming %v", ids)
	}
	for _, id := range ids {
		if !strings.Contains(err.Error(), id) {
			t.Errorf("error %q does not name %q", err, id)
		}
	}
}

// valueAxes is the value axes of an option's axis list, without the
// category axes that write their ticks (ticks.go).
func valueAxes(list any) []any {
	all, _ := list.([]any)
	var out []any
	for _, a := range all {
		if m, _ := a.(map[string]any); m != nil && m["type"] == "value" {
			out = append(out, a)
		}
	}
	return out
}
