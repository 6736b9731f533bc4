// Command icons draws the Bilateral app icons and writes them as PNG files
// under web/icons (run from the repository root: go run ./tools/icons).
//
// The drawing: two interlinked rings on a deep-blue field, the left one
// amber, the right one off-white, woven like chain links (amber passes over
// at the top crossing, off-white at the bottom) — two sides, bound
// together. A thin background-coloured gap separates the upper strand at
// each crossing so the weave stays legible. It is defined in a
// 512×512 design space (the same one as web/icons/icon.svg) and rendered
// with 4×4 supersampling per output pixel, so edges are anti-aliased and
// the output is byte-for-byte deterministic.
package main

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
)

// Palette.
var (
	deepBlue = rgb{0x12, 0x35, 0x5b}
	amber    = rgb{0xe8, 0xa3, 0x3d}
	offWhite = rgb{0xf7, 0xf7, 0xf4}
)

// Geometry in the 512×512 design space.
const (
	design  = 512.0
	centre  = design / 2
	radius  = 104.0 // ring radius, measured to the middle of the stroke
	half    = 24.0  // half the stroke width (outer edge at radius+half)
	gap     = 8.0   // gap around the upper strand at a crossing
	offset  = 68.0  // horizontal distance of each ring centre from the middle
	cornerR = 112.0 // corner radius of the rounded-square background
	samples = 4     // supersampling per axis
)

type rgb struct{ r, g, b float64 }

// background selects the shape of the blue field.
type background int

const (
	roundedSquare background = iota // transparent corners
	fullBleed                       // opaque everywhere
)

type icon struct {
	name string
	size int
	bg   background
}

var icons = []icon{
	{"icon-192.png", 192, roundedSquare},
	{"icon-512.png", 512, roundedSquare},
	{"icon-maskable-512.png", 512, fullBleed},
	{"apple-touch-icon.png", 180, fullBleed},
	{"favicon-32.png", 32, roundedSquare},
}

func main() {
	out := flag.String("out", filepath.Join("web", "icons"), "output directory")
	flag.Parse()
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fail(err)
	}
	for _, ic := range icons {
		path := filepath.Join(*out, ic.name)
		if err := write(path, render(ic.size, ic.bg)); err != nil {
			fail(err)
		}
		fmt.Println("wrote", path)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "icons:", err)
	os.Exit(1)
}

func write(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// sample returns the colour and opacity (0 or 1) of the design at (x, y).
func sample(x, y float64, bg background) (rgb, float64) {
	if bg == roundedSquare && !inRoundedSquare(x, y) {
		return rgb{}, 0
	}
	// The rings cross once above and once below the horizontal midline;
	// amber is on top at the upper crossing, off-white at the lower one.
	dl := ringDist(x, y, centre-offset)
	dr := ringDist(x, y, centre+offset)
	topD, topC, lowD, lowC := dl, amber, dr, offWhite
	if y > centre {
		topD, topC, lowD, lowC = dr, offWhite, dl, amber
	}
	switch {
	case topD <= half:
		return topC, 1
	case topD <= half+gap:
		return deepBlue, 1
	case lowD <= half:
		return lowC, 1
	}
	return deepBlue, 1
}

// ringDist is the distance from (x, y) to the centre line of the ring
// centred at (cx, centre).
func ringDist(x, y, cx float64) float64 {
	return math.Abs(math.Hypot(x-cx, y-centre) - radius)
}

func inRoundedSquare(x, y float64) bool {
	// Distance from the inner rectangle whose corners are the arc centres.
	dx := math.Max(math.Abs(x-centre)-(centre-cornerR), 0)
	dy := math.Max(math.Abs(y-centre)-(centre-cornerR), 0)
	return dx*dx+dy*dy <= cornerR*cornerR
}

// render draws the icon at size×size pixels. Colours are averaged in
// premultiplied form over a regular samples×samples grid per pixel.
func render(size int, bg background) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	scale := design / float64(size)
	n := float64(samples * samples)
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var r, g, b, a float64
			for sy := 0; sy < samples; sy++ {
				for sx := 0; sx < samples; sx++ {
					x := (float64(px) + (float64(sx)+0.5)/samples) * scale
					y := (float64(py) + (float64(sy)+0.5)/samples) * scale
					c, alpha := sample(x, y, bg)
					r += c.r * alpha
					g += c.g * alpha
					b += c.b * alpha
					a += alpha
				}
			}
			if a == 0 {
				continue // fully transparent
			}
			img.SetNRGBA(px, py, color.NRGBA{
				R: to8(r / a),
				G: to8(g / a),
				B: to8(b / a),
				A: to8(255 * a / n),
			})
		}
	}
	return img
}

func to8(v float64) uint8 {
	return uint8(math.Max(0, math.Min(255, math.Round(v))))
}
