package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
)

// maxScale is the largest -scale and growth scale: 10 million registrants, 2 million events, 50
// million applications and a million staff, about 25 GB of PostgreSQL data. Past it the
// synthetic dates run for decades and the authorization policy of a million staff is the size of
// a server's memory; what a machine's disk allows is checked before every load (see diskNeed).
const maxScale = 100

// Defaults of the growth run, whose every scale measures three reads on two servers: short
// measurements, so that three scales take minutes, not the hour the loading may already take.
const (
	growthDuration = 8 * time.Second
	growthWarmup   = 2 * time.Second
	growthOut      = "bench-report/growth"
)

type options struct {
	databaseURL string
	scale       float64
	concurrency int
	duration    time.Duration
	warmup      time.Duration
	rounds      int // measured windows per server of an operation with a baseline
	ops         []spec
	out         string
	keep        bool

	// sweep are the concurrencies at which the public event list is measured on both servers, in
	// increasing order; none: no sweep.
	sweep         []int
	sweepDuration time.Duration
	sweepWarmup   time.Duration

	// growth are the scales of a growth run, in increasing order; none: a normal run (the
	// operations at -scale, then the sweep).
	growth     []float64
	loadBudget time.Duration // the most a growth run spends loading, all scales together
}

// roundOf is a round's share of a measured time split into the rounds.
func (o options) roundOf(d time.Duration) time.Duration { return d / time.Duration(o.rounds) }

func parseFlags(args []string, stderr io.Writer, getenv func(string) string) (options, error) {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	def := getenv("TEST_DATABASE_URL")
	if def == "" {
		def = getenv("DATABASE_URL")
	}
	var (
		o                          options
		ops, sweep, growthScales   string
		growth                     bool
		defaultSweep, defaultScale = "1,2,4,8,16,32,64", "1,10,100"
	)
	fs.StringVar(&o.databaseURL, "database-url", def, "a PostgreSQL server on which the benchmark may create and drop a database (default: 127.0.0.1:5432 as postgres when it answers, else a private cluster)")
	fs.Float64Var(&o.scale, "scale", 1, fmt.Sprintf("size of the synthetic campaign, at most %d: 1 is 20,000 events and 500,000 applications; 0.05 for a quick run", maxScale))
	fs.IntVar(&o.concurrency, "concurrency", 16, "requests in flight at once (closed loop)")
	fs.DurationVar(&o.duration, "duration", 20*time.Second, fmt.Sprintf("measured time per operation and server (%s in a growth run)", growthDuration))
	fs.IntVar(&o.rounds, "rounds", 4, "rounds into which -duration is split for the operations with a baseline, each measuring both servers in turn, ours first in the odd rounds, after a warm-up of at most 1s")
	fs.DurationVar(&o.warmup, "warmup", 3*time.Second, fmt.Sprintf("unmeasured time before each measurement (%s in a growth run)", growthWarmup))
	fs.StringVar(&ops, "ops", "all", "operations to measure, comma-separated: "+strings.Join(specKeys(), ", "))
	fs.StringVar(&o.out, "out", "bench-report", fmt.Sprintf("folder for report.md, report.json, concurrency.svg and the CPU profiles (%s for a growth run)", growthOut))
	fs.BoolVar(&o.keep, "keep", false, "keep the benchmark's database")
	fs.StringVar(&sweep, "sweep", defaultSweep, `concurrencies at which to measure the public event list on both servers, after the operations; "none" for no sweep`)
	fs.DurationVar(&o.sweepDuration, "sweep-duration", 10*time.Second, "measured time per server at each concurrency of the sweep")
	fs.DurationVar(&o.sweepWarmup, "sweep-warmup", 2*time.Second, "unmeasured time before each measurement of the sweep")
	fs.BoolVar(&growth, "growth", false, "a growth run instead: the list, detail and filter reads, ours and the baseline, with their SQL explained, at each of -growth-scales in one database grown step by step")
	fs.StringVar(&growthScales, "growth-scales", defaultScale, "scales of the growth run, increasing (implies -growth); it stops early, and says why, when the next would not fit -growth-load-budget or the disk")
	fs.DurationVar(&o.loadBudget, "growth-load-budget", 30*time.Minute, "the most time the growth run spends loading data, all scales together")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	growth = growth || set["growth-scales"]

	switch {
	case fs.NArg() > 0:
		return o, fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " "))
	case o.scale <= 0 || o.scale > maxScale:
		return o, fmt.Errorf("-scale must be above 0 and at most %d", maxScale)
	case o.concurrency < 1 || o.concurrency > 1024:
		return o, errors.New("-concurrency must be 1 to 1024")
	case o.duration <= 0 || o.warmup < 0:
		return o, errors.New("-duration must be positive and -warmup not negative")
	case o.rounds < 1 || o.roundOf(o.duration) < time.Second || o.roundOf(o.sweepDuration) < time.Second:
		return o, errors.New("-rounds must be at least 1, and -duration and -sweep-duration at least 1s a round")
	case o.sweepDuration <= 0 || o.sweepWarmup < 0:
		return o, errors.New("-sweep-duration must be positive and -sweep-warmup not negative")
	case o.loadBudget <= 0:
		return o, errors.New("-growth-load-budget must be positive")
	}
	if growth {
		return growthOptions(o, set, growthScales)
	}
	var err error
	if o.ops, err = selectSpecs(ops); err != nil {
		return o, err
	}
	o.sweep, err = parseConcurrencies(sweep)
	return o, err
}

// growthOptions completes the options of a growth run: its scales, and its own defaults for what
// was not set. It refuses the flags that only a normal run uses.
func growthOptions(o options, set map[string]bool, scales string) (options, error) {
	for _, name := range []string{"scale", "ops", "sweep", "sweep-duration", "sweep-warmup"} {
		if set[name] {
			return o, fmt.Errorf("-%s is for a normal run: a growth run measures the list, detail and filter reads at each of -growth-scales", name)
		}
	}
	if !set["duration"] {
		o.duration = growthDuration
	}
	if !set["warmup"] {
		o.warmup = growthWarmup
	}
	if !set["out"] {
		o.out = growthOut
	}
	if o.roundOf(o.duration) < time.Second {
		return o, errors.New("-rounds must leave -duration at least 1s a round")
	}
	var err error
	o.growth, err = parseScales(scales)
	return o, err
}

// parseConcurrencies reads -sweep: distinct concurrencies of 1 to 1024, comma-separated, returned in
// increasing order; "none" or nothing for none.
func parseConcurrencies(list string) ([]int, error) {
	list = strings.TrimSpace(list)
	if list == "" || list == "none" {
		return nil, nil
	}
	var out []int
	for part := range strings.SplitSeq(list, ",") {
		c, err := strconv.Atoi(strings.TrimSpace(part))
		if err != nil || c < 1 || c > 1024 {
			return nil, fmt.Errorf("-sweep: %q is not a concurrency of 1 to 1024", strings.TrimSpace(part))
		}
		if slices.Contains(out, c) {
			return nil, fmt.Errorf("-sweep: %d is there twice", c)
		}
		out = append(out, c)
	}
	slices.Sort(out)
	return out, nil
}

// parseScales reads -growth-scales: scales above 0 and at most maxScale, comma-separated, in
// increasing order (the run only adds rows).
func parseScales(list string) ([]float64, error) {
	var out []float64
	for part := range strings.SplitSeq(list, ",") {
		part = strings.TrimSpace(part)
		s, err := strconv.ParseFloat(part, 64)
		if err != nil || s <= 0 || s > maxScale {
			return nil, fmt.Errorf("-growth-scales: %q is not a scale above 0 and at most %d", part, maxScale)
		}
		if len(out) > 0 && s <= out[len(out)-1] {
			return nil, fmt.Errorf("-growth-scales must increase: %g comes after %g", s, out[len(out)-1])
		}
		out = append(out, s)
	}
	return out, nil
}
