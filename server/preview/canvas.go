//go:build !wasm

package preview

import (
	"embed"
	"image"
	"image/color"
	"image/draw"
	"math"
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

//go:embed fonts/DejaVuSans.ttf fonts/DejaVuSans-Bold.ttf
var fontFiles embed.FS

var (
	fontsOnce     sync.Once
	regular, bold *opentype.Font
	fontsErr      error
)

// fonts parses the embedded fonts once; they are read-only afterwards and
// shared by every drawing (a Face, which caches, is made per drawing).
func fonts() (*opentype.Font, *opentype.Font, error) {
	fontsOnce.Do(func() {
		parse := func(name string) *opentype.Font {
			b, err := fontFiles.ReadFile(name)
			if err == nil {
				var f *opentype.Font
				if f, err = opentype.Parse(b); err == nil {
					return f
				}
			}
			fontsErr = err
			return nil
		}
		regular, bold = parse("fonts/DejaVuSans.ttf"), parse("fonts/DejaVuSans-Bold.ttf")
	})
	return regular, bold, fontsErr
}

// Text is one run of text as drawn: after wrapping and shortening, so a
// test can assert what the picture says.
type Text struct {
	S    string
	X, Y int // left end of the baseline
	W    int // width drawn
	Size float64
	Bold bool
}

// canvas is a picture being drawn, with every text it received.
type canvas struct {
	img           *image.RGBA
	regular, bold *opentype.Font
	faces         map[faceKey]font.Face
	texts         []Text
}

type faceKey struct {
	size float64
	bold bool
}

func newCanvas(w, h int, bg color.Color) (*canvas, error) {
	r, b, err := fonts()
	if err != nil {
		return nil, err
	}
	c := &canvas{img: image.NewRGBA(image.Rect(0, 0, w, h)), regular: r, bold: b, faces: map[faceKey]font.Face{}}
	draw.Draw(c.img, c.img.Bounds(), image.NewUniform(bg), image.Point{}, draw.Src)
	return c, nil
}

func (c *canvas) face(size float64, isBold bool) font.Face {
	k := faceKey{size, isBold}
	if f, ok := c.faces[k]; ok {
		return f
	}
	src := c.regular
	if isBold {
		src = c.bold
	}
	f, err := opentype.NewFace(src, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		// Only a non-positive size fails, which the layout never asks for.
		panic(err)
	}
	c.faces[k] = f
	return f
}

// width is how wide s is drawn at size, in pixels.
func (c *canvas) width(s string, size float64, isBold bool) int {
	return font.MeasureString(c.face(size, isBold), s).Ceil()
}

// text draws s with its baseline's left end at (x, y) and returns its width.
func (c *canvas) text(s string, x, y int, size float64, isBold bool, col color.Color) int {
	if s == "" {
		return 0
	}
	d := font.Drawer{Dst: c.img, Src: image.NewUniform(col), Face: c.face(size, isBold), Dot: fixed.P(x, y)}
	d.DrawString(s)
	w := (d.Dot.X - fixed.I(x)).Ceil()
	c.texts = append(c.texts, Text{S: s, X: x, Y: y, W: w, Size: size, Bold: isBold})
	return w
}

// textRight draws s ending at x.
func (c *canvas) textRight(s string, x, y int, size float64, isBold bool, col color.Color) {
	c.text(s, x-c.width(s, size, isBold), y, size, isBold, col)
}

// textCentre draws s centred on x.
func (c *canvas) textCentre(s string, x, y int, size float64, isBold bool, col color.Color) {
	c.text(s, x-c.width(s, size, isBold)/2, y, size, isBold, col)
}

const ellipsis = "…"

// fit shortens s with an ellipsis, at a word if it can, until it is at most
// maxW wide.
func (c *canvas) fit(s string, maxW int, size float64, isBold bool) string {
	if c.width(s, size, isBold) <= maxW {
		return s
	}
	return c.shorten(s, maxW, size, isBold)
}

// shorten cuts s and ends it with an ellipsis, at most maxW wide.
func (c *canvas) shorten(s string, maxW int, size float64, isBold bool) string {
	r := []rune(s)
	for n := len(r); n > 0; n-- {
		cut := strings.TrimRight(string(r[:n]), " ,;:·–-")
		if c.width(cut+ellipsis, size, isBold) <= maxW {
			if i := strings.LastIndexByte(cut, ' '); i > len(cut)*2/3 {
				cut = strings.TrimRight(cut[:i], " ,;:·–-")
			}
			return cut + ellipsis
		}
	}
	return ""
}

// wrap breaks s into at most maxLines lines no wider than maxW, the last
// one shortened with an ellipsis when the text goes on. Newlines in s
// start a new line.
func (c *canvas) wrap(s string, maxW int, size float64, isBold bool, maxLines int) []string {
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, w := range strings.Fields(para) {
			try := w
			if line != "" {
				try = line + " " + w
			}
			if line == "" || c.width(try, size, isBold) <= maxW {
				line = try
				continue
			}
			lines = append(lines, line)
			line = w
		}
		lines = append(lines, line)
	}
	if len(lines) > maxLines {
		rest := strings.Join(lines[maxLines-1:], " ")
		lines = lines[:maxLines]
		lines[maxLines-1] = c.shorten(rest, maxW, size, isBold)
		if c.width(rest, size, isBold) <= maxW {
			// Lines were dropped even though their words would fit: say so.
			lines[maxLines-1] = c.shorten(rest, c.width(rest, size, isBold)-1, size, isBold)
		}
	}
	for i, l := range lines {
		lines[i] = c.fit(l, maxW, size, isBold)
	}
	return lines
}

// rect fills the rectangle from (x0, y0) to (x1, y1).
func (c *canvas) rect(x0, y0, x1, y1 float64, col color.Color) {
	r := image.Rect(int(math.Round(x0)), int(math.Round(y0)), int(math.Round(x1)), int(math.Round(y1)))
	draw.Draw(c.img, r, image.NewUniform(col), image.Point{}, draw.Over)
}

// outline strokes the rectangle's edges w wide, dashed if asked.
func (c *canvas) outline(x0, y0, x1, y1, w float64, dashed bool, col color.Color) {
	if !dashed {
		c.rect(x0, y0, x1, y0+w, col)
		c.rect(x0, y1-w, x1, y1, col)
		c.rect(x0, y0, x0+w, y1, col)
		c.rect(x1-w, y0, x1, y1, col)
		return
	}
	const dash, gap = 6.0, 4.0
	for x := x0; x < x1; x += dash + gap {
		e := math.Min(x+dash, x1)
		c.rect(x, y0, e, y0+w, col)
		c.rect(x, y1-w, e, y1, col)
	}
	for y := y0; y < y1; y += dash + gap {
		e := math.Min(y+dash, y1)
		c.rect(x0, y, x0+w, e, col)
		c.rect(x1-w, y, x1, e, col)
	}
}

// circle fills a circle, anti-aliased.
func (c *canvas) circle(cx, cy, r float64, col color.Color) {
	x0, y0 := int(math.Floor(cx-r)), int(math.Floor(cy-r))
	x1, y1 := int(math.Ceil(cx+r)), int(math.Ceil(cy+r))
	z := vector.NewRasterizer(x1-x0, y1-y0)
	lx, ly := float32(cx)-float32(x0), float32(cy)-float32(y0)
	// A circle from four cubic Béziers.
	const k = 0.5522848
	fr := float32(r)
	z.MoveTo(lx+fr, ly)
	z.CubeTo(lx+fr, ly+k*fr, lx+k*fr, ly+fr, lx, ly+fr)
	z.CubeTo(lx-k*fr, ly+fr, lx-fr, ly+k*fr, lx-fr, ly)
	z.CubeTo(lx-fr, ly-k*fr, lx-k*fr, ly-fr, lx, ly-fr)
	z.CubeTo(lx+k*fr, ly-fr, lx+fr, ly-k*fr, lx+fr, ly)
	z.ClosePath()
	z.Draw(c.img, image.Rect(x0, y0, x1, y1), image.NewUniform(col), image.Point{})
}

// capsule is a thick horizontal segment with round ends: a period on a
// timeline.
func (c *canvas) capsule(xa, xb, y, thick float64, col color.Color) {
	r := thick / 2
	c.circle(xa, y, r, col)
	c.circle(xb, y, r, col)
	c.rect(xa, y-r, xb, y+r, col)
}
