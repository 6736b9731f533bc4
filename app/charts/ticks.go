package charts

import (
	"math"

	"bilateral/app/format"
)

// Value axes print their ticks in the page's language: "1 200" and "0,5" in
// Russian, not "1,200" (which reads as 1.2 there) and "0.5". ECharts writes
// a value axis' tick labels itself, always English style (its addCommas),
// and the only way to have them written otherwise is a formatter function,
// which an option sent as JSON (to the browser and to the server's goja
// alike) cannot hold. So every value axis has ticks we fix (0 to max by
// interval, in the wide and the narrow layout), keeps its ticks and split
// lines but not its labels, and a category axis laid over it puts one name
// per tick, at the tick (boundaryGap false spreads n names from the axis'
// start to its end): the numbers as app/format writes them. One option, so
// the server's SVG and the browser's drawing stay the same.

// niceNumber is ECharts' nice (util/number.ts) in its rounding mode: val
// rounded to 1, 2, 3, 5 or 10 times a power of ten.
func niceNumber(val float64) float64 {
	if val <= 0 {
		return 1
	}
	exp := math.Floor(math.Log10(val))
	exp10 := math.Pow(10, exp)
	f := val / exp10
	var nf float64
	switch {
	case f < 1.5:
		nf = 1
	case f < 2.5:
		nf = 2
	case f < 4:
		nf = 3
	case f < 7:
		nf = 5
	default:
		nf = 10
	}
	return round(nf * exp10)
}

// autoTicks is the top and step ECharts picks for a value axis starting at
// zero whose data run from dataMin to dataMax, with gap (a share of that
// span) added above and splitNumber intervals asked for: the ticks the axis
// showed when ECharts chose them, now fixed so we can write them.
func autoTicks(dataMin, dataMax, gap float64, splitNumber int) (top, step float64) {
	lo := math.Min(dataMin, 0)
	hi := dataMax + gap*(dataMax-math.Min(dataMin, dataMax))
	if hi <= lo {
		return 1, 0.2
	}
	step = niceNumber((hi - lo) / float64(splitNumber))
	return round(math.Ceil(hi/step) * step), step
}

// tickNames are the ticks 0, step, …, top written in lang.
func tickNames(top, step float64, lang string) []any {
	n := int(math.Round(top / step))
	names := make([]any, 0, n+1)
	for k := 0; k <= n; k++ {
		names = append(names, format.Plain(round(float64(k)*step), lang))
	}
	return names
}

// number reads a JSON number of an option.
func number(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case int:
		return float64(x), true
	}
	return 0, false
}

// localTicks gives every value axis of o (each with min 0, max and
// interval set, in the narrow layout too when it changes them) its tick
// names in lang, on a category axis over it; the value axis' own labels are
// hidden. An axis with its ticks left to ECharts is left as it is.
func (o Option) localTicks(lang string) {
	for _, kind := range []string{"xAxis", "yAxis"} {
		list, _ := o[kind].([]any)
		narrow := narrowPart(o, kind)
		var narrowOut []any
		changed := false
		for i, v := range list {
			ax, _ := v.(map[string]any)
			if ax == nil || ax["type"] != "value" {
				continue
			}
			top, ok1 := number(ax["max"])
			step, ok2 := number(ax["interval"])
			if !ok1 || !ok2 || step <= 0 {
				continue
			}
			if lo, ok := number(ax["min"]); ok && lo != 0 {
				continue
			}
			ax["min"] = 0
			label, _ := ax["axisLabel"].(map[string]any)
			if label == nil {
				label = map[string]any{}
			}
			label["show"] = false
			ax["axisLabel"] = label
			position := "bottom"
			if kind == "yAxis" {
				position = "left"
			}
			names := map[string]any{
				"type": "category", "data": tickNames(top, step, lang), "boundaryGap": false,
				"position": position, "silent": true,
				"axisLine":  map[string]any{"show": false},
				"axisTick":  map[string]any{"show": false},
				"splitLine": map[string]any{"show": false},
				"axisLabel": map[string]any{"interval": 0},
			}
			if g, ok := ax["gridIndex"]; ok {
				names["gridIndex"] = g
			}
			list = append(list, names)
			changed = true
			// The narrow layout's ticks, when it sets its own.
			if i < len(narrow) {
				n, _ := narrow[i].(map[string]any)
				nTop, ok1 := number(n["max"])
				nStep, ok2 := number(n["interval"])
				if ok1 && ok2 && nStep > 0 {
					for len(narrowOut) < len(list)-1 {
						narrowOut = append(narrowOut, nil)
					}
					narrowOut = append(narrowOut, map[string]any{"data": tickNames(nTop, nStep, lang)})
				}
			}
		}
		if !changed {
			continue
		}
		o[kind] = list
		if len(narrowOut) == 0 {
			continue
		}
		// The narrow list keeps what it set for the axes before; the
		// companions it renames take their place after them.
		merged := make([]any, max(len(narrow), len(narrowOut)))
		for i := range merged {
			switch {
			case i < len(narrowOut) && narrowOut[i] != nil:
				merged[i] = narrowOut[i]
			case i < len(narrow):
				merged[i] = narrow[i]
			default:
				merged[i] = map[string]any{}
			}
		}
		o.narrow(Option{kind: merged})
	}
}
