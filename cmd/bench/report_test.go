package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestPercentile(t *testing.T) {
	var sorted []time.Duration
	for i := 1; i <= 100; i++ {
		sorted = append(sorted, time.Duration(i)*time.Millisecond)
	}
	for _, c := range []struct {
		p    float64
		want time.Duration
	}{{50, 50 * time.Millisecond}, {95, 95 * time.Millisecond}, {99, 99 * time.Millisecond}, {100, 100 * time.Millisecond}, {0, time.Millisecond}} {
		if got := percentile(sorted, c.p); got != c.want {
			t.Errorf("percentile(%v) = %v, want %v", c.p, got, c.want)
		}
	}
	if got := percentile(nil, 50); got != 0 {
		t.Errorf("percentile of nothing = %v, want 0", got)
	}
	if got := percentile([]time.Duration{7}, 99); got != 7 {
		t.Errorf("percentile of one = %v, want 7", got)
	}
}

func TestSummarize(t *testing.T) {
	lat := []time.Duration{4 * time.Millisecond, time.Millisecond, 3 * time.Millisecond, 2 * time.Millisecond}
	s := summarize(lat, 1, 2*time.Second)
	if s.Requests != 4 || s.Errors != 1 || s.Throughput != 2 || s.P50Ms != 2 || s.P95Ms != 4 || s.P99Ms != 4 {
		t.Errorf("summarize = %+v", s)
	}
	if lat[0] != 4*time.Millisecond {
		t.Error("summarize sorted its argument in place")
	}
}

func TestReportWrite(t *testing.T) {
	events := operation{Key: "events", Name: "events", Workers: 16, Goal: 0.8,
		Ours: result{stats: stats{Requests: 8000, Throughput: 800, P50Ms: 10, P95Ms: 20, P99Ms: 30}, StatementsPerRequest: 3,
			CPUSeconds: ptr(12), CPUSecondsPer1000: ptr(1.5), PostgresCPUSeconds: ptr(3.2), PostgresCPUSecondsPer1000: ptr(0.4),
			LoadGeneratorCPUSeconds: ptr(2.4), LoadGeneratorCPUSecondsPer1000: ptr(0.3), PeakRSSMiB: ptr(80.4), AuthzShare: ptr(0.042), Profile: "events.pprof"},
		Baseline: &result{stats: stats{Requests: 10000, Throughput: 1000, P50Ms: 8, P95Ms: 16, P99Ms: 24}, StatementsPerRequest: 2,
			CPUSeconds: ptr(6), CPUSecondsPer1000: ptr(0.6), PostgresCPUSeconds: ptr(3.5), PostgresCPUSecondsPer1000: ptr(0.35),
			LoadGeneratorCPUSeconds: ptr(2.5), LoadGeneratorCPUSecondsPer1000: ptr(0.25), PeakRSSMiB: ptr(20)}}
	events.ratios()
	if events.ThroughputRatio != 0.8 || events.P50Ratio != 1.25 {
		t.Fatalf("ratios = %v, %v", events.ThroughputRatio, events.P50Ratio)
	}
	login := operation{Key: "login", Name: "login", Workers: 8, Ours: result{stats: stats{Throughput: 3, P50Ms: 5000, P95Ms: 6000, P99Ms: 6100, Errors: 2}}}
	login.ratios()
	if login.ThroughputRatio != 0 {
		t.Errorf("a ratio without a baseline: %v", login.ThroughputRatio)
	}
	r := report{Date: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), Scale: 0.05, Concurrency: 16, Duration: "5s", Warmup: "1s", Rounds: 4,
		Machine: machine{CPU: "AMD EPYC", Cores: 2, MemoryGiB: 23.5, OS: "Debian GNU/Linux 12", Kernel: "6.1", Postgres: "PostgreSQL 15.20", Go: "go1.26"},
		Rows:    sizes(0.05), Operations: []operation{events, login}}
	dir, md := writeReport(t, r)
	wantInReport(t, md,
		"| CPU s per 1000 req | PostgreSQL CPU s per 1000 req | Load generator CPU s per 1000 req | Peak RSS MiB |",
		"| events | ours | 8000 | 800 | 10.00 / 20.00 / 30.00 | 0 | 3.0 | 12.0 | 1.50 | 0.40 | 0.30 | 80 | 4.2 % |",
		"|  | baseline | 10000 | 1000 | 8.00 / 16.00 / 24.00 | 0 | 2.0 | 6.0 | 0.60 | 0.35 | 0.25 | 20 | – |",
		"| login | ours | 0 | 3 | 5000.00 / 6000.00 / 6100.00 | 2 | 0.0 | n/a | n/a | n/a | n/a | n/a | – |",
		"| events | 0.80 | 1.25 | ≥ 0.8 | yes |",
		"Scale: 0.05 (5000 registrants, 1000 events, 25000 applications, 500 staff",
		"AMD EPYC, 2 cores, 23.5 GiB memory; Debian GNU/Linux 12, kernel 6.1; PostgreSQL 15.20; go1.26",
		"BenchmarkDecision",
		"16 workers (login: 8) for 5s after a warm-up of 1s",
		"their 5s split into 4 rounds, each measuring both servers in turn",
	)
	if strings.Contains(md, "| login | 0.00") {
		t.Errorf("report.md compares login, which has no baseline:\n%s", md)
	}
	var back report
	js, err := os.ReadFile(filepath.Join(dir, "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(js, &back); err != nil || back.Operations[0].ThroughputRatio != 0.8 || back.Scale != 0.05 ||
		back.Operations[0].Ours.Requests != 8000 || *back.Operations[0].Ours.AuthzShare != 0.042 ||
		*back.Operations[0].Baseline.PostgresCPUSecondsPer1000 != 0.35 || *back.Operations[0].Ours.LoadGeneratorCPUSeconds != 2.4 ||
		back.Operations[1].Ours.CPUSeconds != nil || back.Operations[1].Ours.PostgresCPUSeconds != nil || back.Machine.Cores != 2 {
		t.Errorf("report.json = %s (%v)", js, err)
	}
}

func TestWindowsOfTheRoundsAddUp(t *testing.T) {
	ms := time.Millisecond
	var w windowResult
	w.add(windowResult{sample: sample{latencies: []time.Duration{ms, 3 * ms}, elapsed: time.Second}, windows: 1,
		cpu: ptr(0.5), postgres: ptr(0.25), loadGenerator: ptr(0.125), loggedRequests: 2, statements: 4, peakRSSMiB: ptr(90)})
	w.add(windowResult{sample: sample{latencies: []time.Duration{2 * ms, 4 * ms}, errors: 1, elapsed: time.Second}, windows: 1,
		cpu: ptr(1.5), postgres: ptr(0.75), loggedRequests: 3, statements: 6, peakRSSMiB: ptr(80)})
	r := w.result()
	if r.Requests != 4 || r.Errors != 1 || r.Throughput != 2 || r.P50Ms != 2 || r.P99Ms != 4 {
		t.Errorf("stats of the windows = %+v", r.stats)
	}
	if *r.CPUSeconds != 2 || *r.CPUSecondsPer1000 != 400 || *r.PostgresCPUSeconds != 1 || *r.PeakRSSMiB != 90 || r.StatementsPerRequest != 2 {
		t.Errorf("CPU %v, per 1000 %v, PostgreSQL %v, peak %v, statements %v", *r.CPUSeconds, *r.CPUSecondsPer1000,
			*r.PostgresCPUSeconds, *r.PeakRSSMiB, r.StatementsPerRequest)
	}
	// The load generator's time was not read in the second window: the sum would understate it.
	if r.LoadGeneratorCPUSeconds != nil {
		t.Errorf("load generator CPU %v, want none", *r.LoadGeneratorCPUSeconds)
	}
}

// writeReport writes r into a folder of the test's own and returns the folder and report.md.
func writeReport(t *testing.T, r report) (dir, md string) {
	t.Helper()
	dir = t.TempDir()
	if err := r.write(dir); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "report.md"))
	if err != nil {
		t.Fatal(err)
	}
	return dir, string(b)
}

// wantInReport reports every line that report.md lacks.
func wantInReport(t *testing.T, md string, lines ...string) {
	t.Helper()
	for _, want := range lines {
		if !strings.Contains(md, want) {
			t.Errorf("report.md lacks %q:\n%s", want, md)
		}
	}
}
