package chart

import (
	"math"
	"strconv"
	"strings"
)

// tick is one labelled position on an axis.
type tick struct {
	value float64
	label string
}

// logAxis maps concurrency to pixels on a log2 scale between from and to.
type logAxis struct {
	lo, hi   float64 // log2 of the domain's ends
	from, to float64 // pixels
}

// newLogAxis spans the concurrencies of the data. A single concurrency gets one step (a doubling)
// on each side, so that its point sits in the middle rather than on an edge.
func newLogAxis(minC, maxC int, from, to float64) logAxis {
	lo, hi := math.Log2(float64(minC)), math.Log2(float64(maxC))
	if hi-lo < 1e-9 {
		lo, hi = lo-1, hi+1
	}
	return logAxis{lo: lo, hi: hi, from: from, to: to}
}

func (a logAxis) pixel(concurrency int) float64 {
	return a.from + (math.Log2(float64(concurrency))-a.lo)/(a.hi-a.lo)*(a.to-a.from)
}

// ticks are the powers of two within the domain, every other one (or sparser) when there are many.
func (a logAxis) ticks() []tick {
	first, last := int(math.Ceil(a.lo-1e-9)), int(math.Floor(a.hi+1e-9))
	first = max(first, 0) // concurrency is at least 1
	step := 1
	for (last-first)/step+1 > 11 {
		step *= 2
	}
	var ticks []tick
	for e := first; e <= last; e += step {
		v := math.Exp2(float64(e))
		ticks = append(ticks, tick{value: v, label: strconv.FormatFloat(v, 'f', 0, 64)})
	}
	return ticks
}

// linearAxis maps values from 0 to a round maximum onto pixels (from is the pixel of 0).
type linearAxis struct {
	max, step float64
	from, to  float64
}

// newLinearAxis spans 0 to the data's largest value, rounded up to a whole number of steps of 1,
// 2, 2.5 or 5 times a power of ten, about five of them. All zeros get the axis 0 to 1.
func newLinearAxis(largest, from, to float64) linearAxis {
	if largest <= 0 {
		largest = 1
	}
	raw := largest / 5
	magnitude := math.Pow(10, math.Floor(math.Log10(raw)))
	step := 10 * magnitude
	for _, m := range []float64{1, 2, 2.5, 5} {
		if m*magnitude >= raw {
			step = m * magnitude
			break
		}
	}
	return linearAxis{max: math.Ceil(largest/step-1e-9) * step, step: step, from: from, to: to}
}

func (a linearAxis) pixel(v float64) float64 { return a.from + v/a.max*(a.to-a.from) }

func (a linearAxis) ticks() []tick {
	// Enough decimals to tell the steps apart: 0.25 needs two, 5 needs none.
	decimals := 0
	for s := a.step; s-math.Floor(s) > 1e-9 && decimals < 6; s *= 10 {
		decimals++
	}
	var ticks []tick
	for i := 0; float64(i)*a.step <= a.max+a.step/1e6; i++ {
		v := float64(i) * a.step
		label := formatNumber(v, decimals)
		if strings.Contains(label, ".") {
			label = strings.TrimRight(strings.TrimRight(label, "0"), ".") // 0.50 → 0.5, 1.0 → 1
		}
		ticks = append(ticks, tick{value: v, label: label})
	}
	return ticks
}

// formatNumber writes v with the given decimals and thousands separated by commas: 12,500.
func formatNumber(v float64, decimals int) string {
	s := strconv.FormatFloat(v, 'f', decimals, 64)
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	for i := len(intPart) - 3; i > 0; i -= 3 {
		intPart = intPart[:i] + "," + intPart[i:]
	}
	return intPart + frac
}
