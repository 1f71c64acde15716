package main

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/teleworkmonth/platform/cmd/bench/explain"
)

// A growth run measures the reads that have a baseline (the public event list, the host's read of
// an event, the filtered registrant list) at increasing scales, and explains our server's SQL for
// them at each, to show whether the cost of a request stays flat as the tables grow.
//
// It grows one database step by step rather than loading each scale afresh: a step adds the rows
// from the previous scale to the next as a tranche of its own (see loadBulk), then VACUUM (ANALYZE),
// so that 1, 10 and 50 cost the loading of 50, not of 61, and the largest scale, whose loading is
// what limits the run, starts from what is already there. The tranches have the shape of a whole
// load, so the grown database reads like one loaded at once.

// secondsPerScaleGuess is how long one unit of scale takes to load before the run has measured it:
// about what a 2-core machine takes (24 s from scale 1 to 10). It only matters when the first scale
// asked for is already large.
const secondsPerScaleGuess = 25

// growth is the growth run's part of the report.
type growth struct {
	Requested  []float64    `json:"requestedScales"`
	LoadBudget string       `json:"loadBudget"`
	Steps      []growthStep `json:"steps"`
	// Stopped says why the run went to a smaller scale than the largest asked for, or stopped
	// before it; "" when it went all the way.
	Stopped string `json:"stopped,omitempty"`
}

// growthStep is what was measured at one scale.
type growthStep struct {
	Scale float64  `json:"scale"`
	Rows  dataSize `json:"rows"`
	// LoadSeconds is the time to grow from the previous scale (from nothing for the first),
	// VACUUM (ANALYZE) included; DatabaseMiB the database's size after.
	LoadSeconds float64          `json:"loadSeconds"`
	DatabaseMiB float64          `json:"databaseMiB"`
	Operations  []operation      `json:"operations"`
	Explained   []explain.Report `json:"explained"`
	PageSizes   []pageSizes      `json:"pageSizes"`
}

// pageSizes is how many statements one read ran at each page size.
type pageSizes struct {
	Read   string              `json:"read"`
	Counts []explain.PageCount `json:"counts"`
	Same   bool                `json:"same"`
}

// growth runs the growth run. It returns what it measured so far with any error, so that a run cut
// short still reports the scales it finished.
func (b *bench) growth(ctx context.Context) (*growth, error) {
	g := &growth{Requested: b.o.growth, LoadBudget: b.o.loadBudget.String()}
	var (
		from             dataSize
		fromScale, spent float64
		lim              = loadLimits{secondsPerScale: secondsPerScaleGuess, bytesPerScale: bytesPerScale}
		f                *fixtures
	)
	sizeBefore, err := databaseBytes(ctx, b.db.DB)
	if err != nil {
		return nil, err
	}
	for _, want := range b.o.growth {
		lim.secondsLeft = b.o.loadBudget.Seconds() - spent
		lim.freeBytes, lim.freeKnown = b.disk.free, b.disk.unknown == ""
		scale, why := nextScale(fromScale, want, lim)
		if why != "" {
			g.Stopped = why
			fmt.Println(why)
		}
		if scale == 0 {
			break
		}
		step := growthStep{Scale: scale, Rows: sizes(scale)}
		fmt.Printf("growth: scale %g …\n", scale)
		if err := b.disk.check(fmt.Sprintf("scale %g", scale), scale-fromScale, lim.bytesPerScale); err != nil {
			return g, err
		}
		start := time.Now()
		if err := loadBulk(ctx, b.db, from, step.Rows); err != nil {
			return g, err
		}
		step.LoadSeconds = time.Since(start).Seconds()
		spent += step.LoadSeconds
		size, err := databaseBytes(ctx, b.db.DB)
		if err != nil {
			return g, err
		}
		step.DatabaseMiB = float64(size) / (1 << 20)
		lim.secondsPerScale = step.LoadSeconds / (scale - fromScale)
		lim.bytesPerScale = max(float64(size-min(size, sizeBefore))/(scale-fromScale), 1)
		b.disk = dataDiskSpace(ctx, b.db.DB, b.adminURL)
		sizeBefore = size
		fmt.Printf("grown to scale %g in %.1f s: %s\n", scale, step.LoadSeconds, bytesText(size))

		if f, err = b.growthFixtures(ctx, f, step.Rows); err != nil {
			return g, err
		}
		if err := b.measureStep(ctx, f, &step); err != nil {
			return g, err
		}
		g.Steps = append(g.Steps, step)
		from, fromScale = step.Rows, scale
		if scale != want {
			break
		}
	}
	return g, nil
}

// growthFixtures makes the fixtures at the first scale, with the host's account and its session
// token, and finds the events again at the next ones.
func (b *bench) growthFixtures(ctx context.Context, f *fixtures, n dataSize) (*fixtures, error) {
	if f != nil {
		return f, f.grown(ctx, b.db, n)
	}
	f, err := prepareFixtures(ctx, b.db, n)
	if err != nil {
		return nil, err
	}
	f.token, err = hostToken(ctx, b.bin, b.env)
	return f, err
}

// measureStep measures the compared reads on both servers at the step's scale, then explains our
// server's SQL for them and counts its statements per page size.
func (b *bench) measureStep(ctx context.Context, f *fixtures, step *growthStep) error {
	for _, s := range specs {
		if s.base == nil {
			continue
		}
		profile := filepath.Join(b.o.out, fmt.Sprintf("%s-scale%s.pprof", s.key, strconv.FormatFloat(step.Scale, 'f', -1, 64)))
		op, err := runOperation(ctx, b.o, s, b.bin, b.env, f, profile)
		if err != nil {
			return fmt.Errorf("scale %g: %w", step.Scale, err)
		}
		step.Operations = append(step.Operations, op)
	}
	fmt.Printf("scale %g: explaining our SQL …\n", step.Scale)
	var err error
	step.Explained, step.PageSizes, err = explainReads(ctx, b.env, f)
	if err != nil {
		return fmt.Errorf("scale %g: %w", step.Scale, err)
	}
	return nil
}

// loadLimits are what the next step of a growth run may take.
type loadLimits struct {
	secondsLeft     float64 // of the loading budget
	secondsPerScale float64 // the loading rate measured so far (a guess before the first step)
	freeKnown       bool    // whether freeBytes was read
	freeBytes       uint64  // free on the disk of PostgreSQL's data
	bytesPerScale   float64 // disk per unit of scale measured so far (an estimate before)
}

// nextScale chooses the scale to grow to from the scale from: want when its loading fits the time
// left of the budget and the free disk (diskNeed), else the largest round scale between the two (1,
// 2, 3 or 5 times a power of ten) that fits, or 0 when none does. Unless it chooses want,
// it says why, in a sentence for the report.
func nextScale(from, want float64, lim loadLimits) (scale float64, why string) {
	fits := func(s float64) bool {
		if lim.secondsPerScale*(s-from) > lim.secondsLeft {
			return false
		}
		return !lim.freeKnown || diskNeed(s-from, lim.bytesPerScale) <= lim.freeBytes
	}
	if fits(want) {
		return want, ""
	}
	var reasons []string
	if minutes := lim.secondsPerScale * (want - from) / 60; minutes*60 > lim.secondsLeft {
		reasons = append(reasons, fmt.Sprintf("would take about %.0f min to load at the %.1f s per unit of scale measured so far, "+
			"and %.0f min are left of the loading budget", minutes, lim.secondsPerScale, math.Max(lim.secondsLeft, 0)/60))
	}
	if need := diskNeed(want-from, lim.bytesPerScale); lim.freeKnown && need > lim.freeBytes {
		reasons = append(reasons, fmt.Sprintf("would need about %s of free disk (%s is free)", bytesText(need), bytesText(lim.freeBytes)))
	}
	why = fmt.Sprintf("Scale %g was not reached: growing to it from %g %s", want, from, strings.Join(reasons, ", and "))
	for _, s := range roundScales(from, want) {
		if fits(s) {
			return s, why + fmt.Sprintf("; the run went to %g instead.", s)
		}
	}
	return 0, why + fmt.Sprintf("; no round scale between %g and %g fits either.", from, want)
}

// roundScales are the scales 1, 2, 3 and 5 times a power of ten strictly between from and to,
// largest first, down to a thousandth.
func roundScales(from, to float64) []float64 {
	var out []float64
	for p := math.Pow(10, math.Floor(math.Log10(to))); p*5 > from && p >= 1e-3; p /= 10 {
		for _, m := range []float64{5, 3, 2, 1} {
			if s := m * p; s > from && s < to {
				out = append(out, s)
			}
		}
	}
	return out
}
