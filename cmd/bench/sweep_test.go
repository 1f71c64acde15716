package main

import (
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestSweepReport(t *testing.T) {
	t.Parallel()
	point := func(c int, ours, base float64) sweepPoint {
		return sweepPoint{Concurrency: c, ThroughputRatio: ours / base,
			Ours:     result{stats: stats{Throughput: ours, P50Ms: float64(c) * 4, P99Ms: float64(c) * 10}, CPUSecondsPer1000: ptr(5.6)},
			Baseline: result{stats: stats{Throughput: base, P50Ms: float64(c), P99Ms: float64(c) * 3}, CPUSecondsPer1000: ptr(1)}}
	}
	r := report{Date: time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC), Scale: 1, Concurrency: 16, Duration: "20s", Warmup: "3s",
		Machine: machine{CPU: "AMD EPYC", Cores: 2, OS: "Debian GNU/Linux 12", Postgres: "PostgreSQL 15.20", Go: "go1.26"},
		Sweep: &sweep{Operation: "events(first: 50)", Duration: "6s", Warmup: "2s", Rounds: 3, Chart: sweepChart,
			Points: []sweepPoint{point(1, 150, 400), point(16, 250, 625), point(64, 240, 600)}}}
	dir, md := writeReport(t, r)
	wantInReport(t, md,
		"## Concurrency sweep: events(first: 50)",
		"![Throughput and p99 latency against concurrency, ours and the baseline](concurrency.svg)",
		"both servers measured for 6s after a warm-up of 2s, in 3 rounds",
		"| 1 | 150 | 4.00 / 10.00 | 400 | 1.00 / 3.00 | 0.38 | 5.60 | 1.00 |",
		"| 64 | 240 | 256.00 / 640.00 | 600 | 64.00 / 192.00 | 0.40 | 5.60 | 1.00 |",
	)

	svg, err := os.ReadFile(filepath.Join(dir, sweepChart))
	if err != nil {
		t.Fatal(err)
	}
	d := xml.NewDecoder(strings.NewReader(string(svg)))
	for {
		if _, err := d.Token(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("concurrency.svg is not XML: %v", err)
		}
	}
	for _, want := range []string{"ours (GraphQL server)", "baseline (hand-written net/http)", "scale 1, 6s per point after 2s warm-up, 2026-11-24", ">64<"} {
		if !strings.Contains(string(svg), want) {
			t.Errorf("concurrency.svg lacks %q", want)
		}
	}

	var back report
	js, err := os.ReadFile(filepath.Join(dir, "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(js, &back); err != nil || back.Sweep == nil || len(back.Sweep.Points) != 3 ||
		back.Sweep.Points[2].Concurrency != 64 || back.Sweep.Points[2].Baseline.Throughput != 600 || back.Sweep.Chart != "concurrency.svg" {
		t.Errorf("report.json = %s (%v)", js, err)
	}
}

func TestReportWithoutSweepWritesNoChart(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	r := report{Date: time.Now(), Scale: 1, Operations: []operation{{Key: "stats", Name: "stats"}}}
	if err := r.write(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, sweepChart)); !os.IsNotExist(err) {
		t.Errorf("a run without a sweep wrote %s (%v)", sweepChart, err)
	}
}
