package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/teleworkmonth/platform/cmd/bench/chart"
)

// sweepChart is the file, beside the report, of the sweep's chart.
const sweepChart = "concurrency.svg"

// sweep is the public event list measured on both servers at increasing concurrency: where each
// stops gaining throughput, and what that costs in p99 latency.
type sweep struct {
	Operation string       `json:"operation"`
	Duration  string       `json:"duration"` // measured per server and point
	Warmup    string       `json:"warmup"`
	Rounds    int          `json:"rounds"`
	Points    []sweepPoint `json:"points"`
	Chart     string       `json:"chart"`
}

// sweepPoint is one concurrency of the sweep, measured on both servers in rounds (measureBoth).
type sweepPoint struct {
	Concurrency     int     `json:"concurrency"`
	Ours            result  `json:"ours"`
	Baseline        result  `json:"baseline"`
	ThroughputRatio float64 `json:"throughputRatio"`
}

// runSweep measures the public event list at each concurrency of o.sweep: one process of ours and
// one of the baseline for the whole sweep (started afresh, checked to give the same JSON), and at
// each point ours and then the baseline in turn, so that both see the same moment of a shared
// machine.
func runSweep(ctx context.Context, o options, bin string, env []string, f *fixtures) (*sweep, error) {
	s := specs[0] // the public event list
	ours, err := startOurs(ctx, bin, env)
	if err != nil {
		return nil, err
	}
	defer ours.stop()
	base, err := startBaseline(ctx, env)
	if err != nil {
		return nil, err
	}
	defer base.stop()
	oursTarget, baseTarget := s.ours(f, ours.url), s.base(f, base.url)
	if err := sameAnswers(ctx, oursTarget, baseTarget, s.compare(f)); err != nil {
		return nil, fmt.Errorf("sweep: %w", err)
	}
	point := o
	point.duration, point.warmup = o.sweepDuration, o.sweepWarmup
	sw := &sweep{Operation: s.title, Duration: o.sweepDuration.String(), Warmup: o.sweepWarmup.String(), Rounds: o.rounds, Chart: sweepChart}
	for _, c := range o.sweep {
		p := sweepPoint{Concurrency: c}
		if p.Ours, p.Baseline, err = measureBoth(ctx, point, c, fmt.Sprintf("sweep at %d in flight", c), ours, oursTarget, base, baseTarget); err != nil {
			return nil, err
		}
		if p.Baseline.Throughput > 0 {
			p.ThroughputRatio = p.Ours.Throughput / p.Baseline.Throughput
		}
		sw.Points = append(sw.Points, p)
	}
	return sw, nil
}

// markdown renders the sweep's section of report.md, with its chart.
func (s *sweep) markdown(b *strings.Builder) {
	fmt.Fprintf(b, "\n## Concurrency sweep: %s\n\n", s.Operation)
	fmt.Fprintf(b, "![Throughput and p99 latency against concurrency, ours and the baseline](%s)\n\n", s.Chart)
	fmt.Fprintf(b, "At each concurrency, both servers measured for %s after a warm-up of %s, in %d rounds that alternate them as above; "+
		"one process of each server for the whole sweep.\n\n", s.Duration, s.Warmup, s.Rounds)
	b.WriteString("| Concurrency | Ours req/s | Ours p50 / p99 ms | Baseline req/s | Baseline p50 / p99 ms | Throughput ratio | Ours CPU s per 1000 req | Baseline CPU s per 1000 req |\n")
	b.WriteString("|---:|---:|---|---:|---|---:|---:|---:|\n")
	for _, p := range s.Points {
		fmt.Fprintf(b, "| %d | %.0f | %.2f / %.2f | %.0f | %.2f / %.2f | %.2f | %s | %s |\n", p.Concurrency,
			p.Ours.Throughput, p.Ours.P50Ms, p.Ours.P99Ms, p.Baseline.Throughput, p.Baseline.P50Ms, p.Baseline.P99Ms,
			p.ThroughputRatio, orNA(p.Ours.CPUSecondsPer1000, "%.2f"), orNA(p.Baseline.CPUSecondsPer1000, "%.2f"))
	}
}

// writeChart draws the sweep into dir: throughput and p99 against concurrency, both servers, under
// a title that gives the scale, the time per point and the date.
func (s *sweep) writeChart(dir string, scale float64, date time.Time, m machine) error {
	series := []chart.Series{{Name: "ours (GraphQL server)"}, {Name: "baseline (hand-written net/http)"}}
	for _, p := range s.Points {
		series[0].Points = append(series[0].Points, chart.Point{Concurrency: p.Concurrency, Throughput: p.Ours.Throughput, P99Ms: p.Ours.P99Ms})
		series[1].Points = append(series[1].Points, chart.Point{Concurrency: p.Concurrency, Throughput: p.Baseline.Throughput, P99Ms: p.Baseline.P99Ms})
	}
	title := fmt.Sprintf("Public event list (events, first 50): throughput and p99 against concurrency\n"+
		"scale %g, %s per point after %s warm-up, %s; %s, %d cores", scale, s.Duration, s.Warmup, date.UTC().Format("2006-01-02"), m.CPU, m.Cores)
	f, err := os.Create(filepath.Join(dir, s.Chart))
	if err != nil {
		return err
	}
	if err := chart.Write(f, title, series); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
