//go:build !wasm

package preview

import (
	"testing"

	"bilateral/app"
	"bilateral/app/i18n"
)

// BenchmarkPicture is the cost of one picture not yet cached, from the
// link's state to the PNG: go test -bench . -benchmem ./server/preview
// (the README's Link previews section has the last figures).
func BenchmarkPicture(b *testing.B) {
	for _, l := range [][2]string{{"trade", "fig=trade-2023"}, {"timeline", ""}} {
		b.Run(l[0], func(b *testing.B) {
			d := dataset(b)
			v, _ := app.PreviewView(l[0])
			b.ReportAllocs()
			size := 0
			for b.Loop() {
				png, _, err := Draw(CardOf(app.PreviewOf(d, v, l[1], i18n.Lang), i18n.Lang))
				if err != nil {
					b.Fatal(err)
				}
				size = len(png)
			}
			b.ReportMetric(float64(size), "png-bytes")
		})
	}
}
