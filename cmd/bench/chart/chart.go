// Package chart draws the benchmark's concurrency sweep as an SVG image: throughput and p99
// latency against the number of requests in flight, one line per server (ours and the baseline),
// in two panels side by side.
//
// The SVG is written by hand (SVG 1.1, no script, no external font or style), so the report needs
// no plotting dependency and the image shows the same in a browser and in a Markdown file on a
// code host. Concurrency is on a log2 axis, since a sweep doubles it (1, 2, 4, … 64).
package chart

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
)

// Point is one measurement of a server at one concurrency.
type Point struct {
	Concurrency int     // requests in flight, at least 1
	Throughput  float64 // requests per second
	P99Ms       float64 // 99th percentile latency in milliseconds
}

// Series is the measurements of one server, in any order.
type Series struct {
	Name   string
	Points []Point
}

// Layout of the image, in pixels. The plots start below the title, subtitle lines and legend.
const (
	width       = 960
	plotHeight  = 300
	panelGap    = 56
	marginLeft  = 72 // room for the y tick labels and the axis name
	marginRight = 24
	marginBelow = 64 // x tick labels and the axis name
	plotInset   = 14 // keeps points off the frame at the ends of the x axis
	panelWidth  = (width - marginLeft*2 - marginRight - panelGap) / 2
	lineHeight  = 18
	fontFamily  = "Helvetica, Arial, sans-serif"
	colorText   = "#24292f"
	colorMuted  = "#57606a"
	colorGrid   = "#d8dee4"
	colorFrame  = "#8c959f"
)

// palette gives each series a color; the second and later series are also dashed, and each has a
// marker shape of its own, so the lines stay apart in grey print and for color-blind readers.
var palette = []string{"#0969da", "#d1242f", "#1a7f37", "#8250df", "#bc4c00", "#bf3989"}

// Write draws the series as an SVG document on w. The title's first line is the heading and any
// further lines ("\n") a smaller subtitle. It fails, writing nothing, when there is no series, a
// series has no point, or a point has a concurrency below 1 or a value that is negative, NaN or
// infinite.
func Write(w io.Writer, title string, series []Series) error {
	if err := check(series); err != nil {
		return fmt.Errorf("chart: %w", err)
	}
	var b strings.Builder
	draw(&b, title, series)
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("chart: write: %w", err)
	}
	return nil
}

func check(series []Series) error {
	if len(series) == 0 {
		return errors.New("no series to draw")
	}
	for _, s := range series {
		if len(s.Points) == 0 {
			return fmt.Errorf("series %q has no point", s.Name)
		}
		for _, p := range s.Points {
			switch {
			case p.Concurrency < 1:
				return fmt.Errorf("series %q: concurrency %d is below 1", s.Name, p.Concurrency)
			case !usable(p.Throughput) || !usable(p.P99Ms):
				return fmt.Errorf("series %q at concurrency %d: throughput %v and p99 %v must be finite and not negative",
					s.Name, p.Concurrency, p.Throughput, p.P99Ms)
			}
		}
	}
	return nil
}

func usable(v float64) bool { return v >= 0 && !math.IsInf(v, 0) && !math.IsNaN(v) }

// panel is one of the two plots: which value it shows and how it names it.
type panel struct {
	title, unit string
	value       func(Point) float64
	suffix      string // after the value in a point's tooltip
}

var panels = []panel{
	{title: "Throughput", unit: "requests per second", value: func(p Point) float64 { return p.Throughput }, suffix: " req/s"},
	{title: "p99 latency", unit: "milliseconds", value: func(p Point) float64 { return p.P99Ms }, suffix: " ms"},
}

// draw writes the document: title, subtitle lines and legend on top, then the panels side by side.
func draw(b *strings.Builder, title string, series []Series) {
	lines := strings.Split(title, "\n")
	legendY := 60 + lineHeight*(len(lines)-1)
	top := legendY + 48
	bottom := top + plotHeight
	height := bottom + marginBelow
	fmt.Fprintf(b, `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="%d" height="%d" viewBox="0 0 %d %d" font-family="%s" font-size="13" fill="%s">
<title>%s</title>
<rect width="%d" height="%d" fill="#ffffff"/>
<text x="%d" y="30" text-anchor="middle" font-size="19" font-weight="bold">%s</text>
`, width, height, width, height, fontFamily, colorText, escape(strings.Join(lines, " — ")), width, height, width/2, escape(lines[0]))
	for i, line := range lines[1:] {
		fmt.Fprintf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"%s\">%s</text>\n",
			width/2, 30+lineHeight*(i+1), colorMuted, escape(line))
	}
	drawLegend(b, series, legendY)
	minC, maxC := concurrencyRange(series)
	for i, p := range panels {
		left := float64(marginLeft + i*(panelWidth+marginLeft+panelGap))
		drawPanel(b, p, series, box{left: left, right: left + panelWidth, top: float64(top), bottom: float64(bottom)}, minC, maxC)
	}
	b.WriteString("</svg>\n")
}

// box is the frame of a plot, in pixels.
type box struct{ left, right, top, bottom float64 }

func concurrencyRange(series []Series) (minC, maxC int) {
	minC, maxC = math.MaxInt, 1
	for _, s := range series {
		for _, p := range s.Points {
			minC, maxC = min(minC, p.Concurrency), max(maxC, p.Concurrency)
		}
	}
	return minC, maxC
}

// drawPanel draws one plot in frame f: its axes for the data, then a line per series.
func drawPanel(b *strings.Builder, p panel, series []Series, f box, minC, maxC int) {
	x := newLogAxis(minC, maxC, f.left+plotInset, f.right-plotInset)
	largest := 0.0
	for _, s := range series {
		for _, pt := range s.Points {
			largest = max(largest, p.value(pt))
		}
	}
	y := newLinearAxis(largest, f.bottom, f.top)
	b.WriteString("<g>\n")
	drawAxes(b, p, f, x, y)
	for i, s := range series {
		points := slices.SortedStableFunc(slices.Values(s.Points), func(a, b Point) int { return a.Concurrency - b.Concurrency })
		var path strings.Builder
		for j, pt := range points {
			cmd := "L"
			if j == 0 {
				cmd = "M"
			}
			fmt.Fprintf(&path, "%s%.1f %.1f ", cmd, x.pixel(pt.Concurrency), y.pixel(p.value(pt)))
		}
		fmt.Fprintf(b, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\" stroke-linejoin=\"round\"%s/>\n",
			strings.TrimSpace(path.String()), color(i), dash(i))
		for _, pt := range points {
			tip := fmt.Sprintf("%s, concurrency %d: %s%s", s.Name, pt.Concurrency, formatNumber(p.value(pt), 1), p.suffix)
			marker(b, i, x.pixel(pt.Concurrency), y.pixel(p.value(pt)), tip)
		}
	}
	b.WriteString("</g>\n")
}

// drawAxes draws a plot's title, grid, tick labels, frame and axis names.
func drawAxes(b *strings.Builder, p panel, f box, x logAxis, y linearAxis) {
	fmt.Fprintf(b, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"15\" font-weight=\"bold\">%s</text>\n", f.left, f.top-12, escape(p.title))
	for _, t := range y.ticks() {
		py := y.pixel(t.value)
		fmt.Fprintf(b, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1\"/>\n", f.left, py, f.right, py, colorGrid)
		fmt.Fprintf(b, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" fill=\"%s\">%s</text>\n", f.left-6, py+4, colorMuted, t.label)
	}
	for _, t := range x.ticks() {
		px := x.pixel(int(t.value))
		fmt.Fprintf(b, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1\"/>\n", px, f.top, px, f.bottom, colorGrid)
		fmt.Fprintf(b, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"%s\">%s</text>\n", px, f.bottom+18, colorMuted, t.label)
	}
	fmt.Fprintf(b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" stroke=\"%s\" stroke-width=\"1\"/>\n",
		f.left, f.top, f.right-f.left, f.bottom-f.top, colorFrame)
	fmt.Fprintf(b, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">concurrency (requests in flight, log scale)</text>\n",
		(f.left+f.right)/2, f.bottom+42)
	cx, cy := f.left-52, (f.top+f.bottom)/2
	fmt.Fprintf(b, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 %.1f %.1f)\">%s</text>\n",
		cx, cy, cx, cy, escape(p.unit))
}

// drawLegend writes one entry per series, centered on a row at y.
func drawLegend(b *strings.Builder, series []Series, y int) {
	const gap, sample = 28, 34
	widths := make([]float64, len(series))
	total := 0.0
	for i, s := range series {
		widths[i] = sample + 8 + textWidth(s.Name)
		total += widths[i]
	}
	total += gap * float64(len(series)-1)
	x := (width - total) / 2
	b.WriteString("<g>\n")
	for i, s := range series {
		fmt.Fprintf(b, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2.5\"%s/>\n", x, y, x+sample, y, color(i), dash(i))
		marker(b, i, x+sample/2, float64(y), "")
		fmt.Fprintf(b, "<text x=\"%.1f\" y=\"%d\">%s</text>\n", x+sample+8, y+5, escape(s.Name))
		x += widths[i] + gap
	}
	b.WriteString("</g>\n")
}

// textWidth estimates the width of s at the legend's size: wide characters (CJK) count double.
func textWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		if r > 0x2E80 {
			w += 13
		} else {
			w += 7.5
		}
	}
	return w
}

func color(series int) string { return palette[series%len(palette)] }

func dash(series int) string {
	if series == 0 {
		return ""
	}
	return ` stroke-dasharray="7 4"`
}

// marker draws the shape of a series at (x, y): circle, square, triangle, diamond, in turn; with a
// tooltip when tip is not empty.
func marker(b *strings.Builder, series int, x, y float64, tip string) {
	const r = 4.5
	var element string
	switch series % 4 {
	case 0:
		element = "circle"
		fmt.Fprintf(b, `<circle cx="%.1f" cy="%.1f" r="%.1f"`, x, y, r)
	case 1:
		element = "rect"
		fmt.Fprintf(b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f"`, x-r, y-r, 2*r, 2*r)
	case 2:
		element = "polygon"
		fmt.Fprintf(b, `<polygon points="%.1f,%.1f %.1f,%.1f %.1f,%.1f"`, x, y-r-1, x+r+1, y+r, x-r-1, y+r)
	default:
		element = "polygon"
		fmt.Fprintf(b, `<polygon points="%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f"`, x, y-r-1, x+r+1, y, x, y+r+1, x-r-1, y)
	}
	fmt.Fprintf(b, ` fill="#ffffff" stroke="%s" stroke-width="2"`, color(series))
	if tip == "" {
		b.WriteString("/>\n")
		return
	}
	b.WriteString("><title>" + escape(tip) + "</title></" + element + ">\n")
}

// escape makes s safe as the text of an element; characters XML does not allow become U+FFFD.
func escape(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // a strings.Builder does not fail
	return b.String()
}
