//go:build !wasm

package preview

import (
	"bytes"
	"image/color"
	"image/png"
	"strconv"
	"strings"
	"time"

	"bilateral/app"
	"bilateral/app/i18n"
)

// Width and Height are the picture's size: the 1.91:1 of large link cards.
const (
	Width  = 1200
	Height = 630
)

// The fixed light style of every picture, the site's colours
// (web/bilateral.css): a preview looks the same in every messenger.
var (
	background = color.RGBA{0xf7, 0xf7, 0xf4, 0xff}
	theme      = color.RGBA{0x12, 0x35, 0x5b, 0xff}
	ink        = color.RGBA{0x1a, 0x1a, 0x1a, 0xff}
	muted      = color.RGBA{0x55, 0x55, 0x55, 0xff}
	rule       = color.RGBA{0xd6, 0xd6, 0xd0, 0xff}
	gapFill    = color.RGBA{0xea, 0xea, 0xe4, 0xff}
)

// Card is everything a picture says, in the words and numbers it draws;
// the drawing only lays it out.
type Card struct {
	Site     string // "Bilateral"
	Tagline  string
	Section  string // the view's title
	Headline string // figure label, event title or view title
	Stated   string // "over $8.7 billion · 2023", an event's date, or ""
	Figure   bool   // Stated is a figure (drawn large)
	Chart    string // the chart's title
	Lead     string // the view's lead, said when there is no chart
	Article  string // the source article's title, likewise
	Gap      string // what a gap in a bar chart says
	Source   string // "Source: Caliber.az, 17 August 2024"
	plot     *plot
}

// CardOf is the card of a resolved preview.
func CardOf(p app.Preview, lang string) Card {
	plot := plotOf(p.Chart)
	if plot != nil && strings.Contains(p.ChartTitle, plot.axis) {
		plot.axis = "" // the title names the unit already
	}
	return Card{
		Site:     i18n.T(lang, "app.name"),
		Tagline:  i18n.T(lang, "app.tagline"),
		Section:  p.View.Title(lang),
		Headline: p.Headline(lang),
		Stated:   p.Stated(lang),
		Figure:   p.Figure != nil,
		Chart:    strings.Trim(p.ChartTitle+" · "+p.Filter, " ·"),
		Lead:     p.View.Lead(lang),
		Article:  p.Article,
		Gap:      i18n.T(lang, "fig.gap"),
		Source:   p.Source,
		plot:     plot,
	}
}

const margin = 56

// Draw lays the card out on a picture and returns it as PNG, with the
// texts drawn (after wrapping and shortening).
func Draw(c Card) ([]byte, []Text, error) {
	cv, err := newCanvas(Width, Height, background)
	if err != nil {
		return nil, nil, err
	}
	right := Width - margin
	textW := right - margin

	// Brand band and line: the site, then the view.
	cv.rect(0, 0, Width, 10, theme)
	x := margin + cv.text(c.Site, margin, 62, 28, true, theme)
	if c.Section != "" && c.Section != c.Headline {
		cv.text(cv.fit("·  "+c.Section, right-x-16, 26, false), x+16, 62, 26, false, muted)
	}

	y := 62
	switch {
	case c.Figure:
		for _, l := range cv.wrap(c.Headline, textW, 32, false, 2) {
			y += 44
			cv.text(l, margin, y, 32, false, ink)
		}
		size := 64.0
		for size > 40 && cv.width(c.Stated, size, true) > textW {
			size -= 6
		}
		y += int(size) + 16
		cv.text(cv.fit(c.Stated, textW, size, true), margin, y, size, true, theme)
	case c.Stated != "": // an event: its date, then its title
		y += 48
		cv.text(cv.fit(c.Stated, textW, 30, true), margin, y, 30, true, theme)
		for _, l := range cv.wrap(c.Headline, textW, 40, true, 2) {
			y += 50
			cv.text(l, margin, y, 40, true, ink)
		}
	default:
		y += 70
		cv.text(cv.fit(c.Headline, textW, 56, true), margin, y, 56, true, ink)
	}

	// The chart, under its title, down to the footer.
	footTop := Height - 70
	if c.Chart != "" {
		y += 46
		cv.text(cv.fit(c.Chart, textW, 24, false), margin, y, 24, false, muted)
	}
	if c.plot != nil {
		cv.drawPlot(c.plot, margin, y+18, right, footTop-16, c.Gap)
	} else {
		// No chart (the sources view): what the view is about, and the
		// article everything comes from.
		y += 30
		for _, l := range cv.wrap(c.Lead, textW, 34, false, 3) {
			y += 46
			cv.text(l, margin, y, 34, false, ink)
		}
		if c.Article != "" && y+90 < footTop {
			y += 30
			for _, l := range cv.wrap("“"+c.Article+"”", textW, 28, false, (footTop-y-20)/38) {
				y += 38
				cv.text(l, margin, y, 28, false, muted)
			}
		}
	}

	// Footer: the source and the site.
	cv.rect(margin, float64(footTop), float64(right), float64(footTop+1), rule)
	sourceW := cv.width(c.Source, 22, false)
	cv.text(cv.fit(c.Source, textW, 22, false), margin, Height-28, 22, false, ink)
	if tag := c.Site + " · " + c.Tagline; sourceW+40+cv.width(tag, 20, false) <= textW {
		cv.textRight(tag, right, Height-28, 20, false, muted)
	}

	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, cv.img); err != nil {
		return nil, nil, err
	}
	return buf.Bytes(), cv.texts, nil
}

// drawPlot draws p inside the box (x0, y0)–(x1, y1).
func (cv *canvas) drawPlot(p *plot, x0, y0, x1, y1 int, gapText string) {
	if y1-y0 < 80 {
		return
	}
	switch {
	case len(p.lanes) > 0:
		cv.drawTimeline(p, x0, y0, x1, y1)
	case p.horizontal:
		cv.drawHBars(p, x0, y0, x1, y1, gapText)
	default:
		cv.drawVBars(p, x0, y0, x1, y1, gapText)
	}
}

func maxHigh(bars []bar) float64 {
	top := 0.0
	for _, b := range bars {
		top = max(top, b.high)
	}
	if top <= 0 {
		top = 1
	}
	return top * 1.08
}

// drawVBars: categories along the bottom, each bar labelled above.
func (cv *canvas) drawVBars(p *plot, x0, y0, x1, y1 int, gapText string) {
	if len(p.bars) == 0 {
		return
	}
	const labelSize, catSize = 18.0, 18.0
	if p.axis != "" {
		cv.text(cv.fit(p.axis, x1-x0, 16, false), x0, y0+14, 16, false, muted)
		y0 += 22
	}
	base := y1 - 28      // category labels below
	top := y0 + 2*22 + 4 // two label lines above the tallest bar
	scale := float64(base-top) / maxHigh(p.bars)
	slot := float64(x1-x0) / float64(len(p.bars))
	barW := min(slot*0.55, 140)
	for i, b := range p.bars {
		cx := float64(x0) + slot*(float64(i)+0.5)
		bx0, bx1 := cx-barW/2, cx+barW/2
		cv.textCentre(cv.fit(b.category, int(slot)-8, catSize, b.selected), int(cx), y1-4, catSize, b.selected, ink)
		if b.gap {
			cv.rect(bx0, float64(top), bx1, float64(base), gapFill)
			cv.outline(bx0, float64(top), bx1, float64(base), 1, true, rule)
			lines := cv.wrap(gapText, int(barW)-8, 16, false, 2)
			for j, l := range lines {
				cv.textCentre(l, int(cx), (top+base)/2+j*20, 16, false, muted)
			}
			continue
		}
		yHigh := float64(base) - b.high*scale
		yLow := float64(base) - b.low*scale
		cv.fillBar(b, bx0, yHigh, bx1, yLow)
		lines := cv.wrap(b.label, int(slot)-6, labelSize, b.selected, 2)
		for j := range lines {
			ly := int(yHigh) - 8 - (len(lines)-1-j)*22
			cv.textCentre(lines[j], int(cx), ly, labelSize, b.selected, ink)
		}
	}
	cv.rect(float64(x0), float64(base), float64(x1), float64(base+2), muted)
}

// drawHBars: categories down the left, each bar labelled at its end.
func (cv *canvas) drawHBars(p *plot, x0, y0, x1, y1 int, gapText string) {
	if len(p.bars) == 0 {
		return
	}
	const size = 18.0
	if p.axis != "" {
		cv.textRight(cv.fit(p.axis, x1-x0, 16, false), x1, y1, 16, false, muted)
		y1 -= 24
	}
	catW := (x1 - x0) * 3 / 10
	labelW := 230
	barX := x0 + catW + 12
	scale := float64(x1-labelW-barX) / maxHigh(p.bars)
	slot := float64(y1-y0) / float64(len(p.bars))
	barH := min(slot*0.6, 56)
	lines := 2
	if slot < 48 {
		lines = 1
	}
	for i, b := range p.bars {
		cy := float64(y0) + slot*(float64(i)+0.5)
		cat := cv.wrap(b.category, catW, size, b.selected, lines)
		for j, l := range cat {
			cv.text(l, x0, int(cy)+6-(len(cat)-1)*11+j*22, size, b.selected, ink)
		}
		if b.gap {
			cv.text(gapText, barX, int(cy)+6, size, false, muted)
			continue
		}
		xa, xb := float64(barX)+b.low*scale, float64(barX)+b.high*scale
		cv.fillBar(b, xa, cy-barH/2, max(xb, xa+2), cy+barH/2)
		label := strings.ReplaceAll(b.label, "\n", " ")
		cv.text(cv.fit(label, x1-int(xb)-10, size, b.selected), int(xb)+10, int(cy)+6, size, b.selected, ink)
	}
	cv.rect(float64(barX), float64(y0), float64(barX+2), float64(y1), muted)
}

// fillBar draws a bar in the chart's style: its fill, a dashed border if
// derived, and the ink border when selected.
func (cv *canvas) fillBar(b bar, xa, ya, xb, yb float64) {
	cv.rect(xa, ya, xb, yb, b.fill)
	switch {
	case b.selected:
		cv.outline(xa, ya, xb, yb, 4, b.dashed, ink)
	case b.dashed || b.border != b.fill:
		cv.outline(xa, ya, xb, yb, 2, b.dashed, b.border)
	}
}

// drawTimeline: lanes down the left, years along the bottom, events as
// dots and periods, the selected one larger and ringed.
func (cv *canvas) drawTimeline(p *plot, x0, y0, x1, y1 int) {
	const size = 16.0
	laneW := min((x1-x0)/4, 220)
	ax0, ax1 := float64(x0+laneW+16), float64(x1-12)
	base := y1 - 26
	rowH := float64(base-y0) / float64(len(p.lanes))
	lines := 2
	if rowH < 44 {
		lines = 1
	}
	for i, name := range p.lanes {
		cy := float64(y0) + rowH*(float64(i)+0.5)
		ls := cv.wrap(name, laneW, size, false, lines)
		for j, l := range ls {
			cv.text(l, x0, int(cy)+5-(len(ls)-1)*10+j*20, size, false, muted)
		}
		cv.rect(ax0, cy, ax1, cy+1, rule)
	}
	xAt := func(ms float64) float64 { return ax0 + (ms-p.min)/(p.max-p.min)*(ax1-ax0) }
	// Year ticks, thinned to fit.
	from := time.UnixMilli(int64(p.min)).UTC().Year()
	to := time.UnixMilli(int64(p.max)).UTC().Year()
	step := 100
	for _, s := range []int{1, 2, 5, 10, 20, 25, 50} {
		if (to-from)/s <= 10 {
			step = s
			break
		}
	}
	for yr := from + (step-from%step)%step; yr <= to; yr += step {
		ms := float64(time.Date(yr, 1, 1, 0, 0, 0, 0, time.UTC).UnixMilli())
		if ms < p.min || ms > p.max {
			continue
		}
		x := xAt(ms)
		cv.rect(x, float64(y0), x+1, float64(base), rule)
		label := strconv.Itoa(yr)
		w := cv.width(label, size, false)
		cv.text(label, min(int(x)-w/2, x1-w), y1-4, size, false, muted)
	}
	cv.rect(ax0, float64(base), ax1, float64(base+2), muted)
	rowY := func(lane int) float64 { return float64(y0) + rowH*(float64(lane)+0.5) }
	var sel []mark
	for _, m := range p.marks {
		if m.selected {
			sel = append(sel, m) // drawn last, on top
			continue
		}
		if m.period {
			cv.capsule(xAt(m.start), xAt(m.end), rowY(m.lane), 10, m.color)
		} else {
			cv.circle(xAt(m.start), rowY(m.lane), 7, ink)
			cv.circle(xAt(m.start), rowY(m.lane), 6, m.color)
		}
	}
	for _, m := range sel {
		if m.period {
			cv.capsule(xAt(m.start), xAt(m.end), rowY(m.lane), 22, ink)
			cv.capsule(xAt(m.start), xAt(m.end), rowY(m.lane), 16, m.color)
		} else {
			cv.circle(xAt(m.start), rowY(m.lane), 15, ink)
			cv.circle(xAt(m.start), rowY(m.lane), 11, m.color)
		}
	}
}
