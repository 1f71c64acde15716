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
	op := operation{Name: "events", Ours: stats{Throughput: 800, P50Ms: 10, P95Ms: 20, P99Ms: 30},
		Baseline: &stats{Throughput: 1000, P50Ms: 8, P95Ms: 16, P99Ms: 24}, StatementsPerRequest: 3, BaselineStatementsReq: 2}
	op.ratios()
	if op.ThroughputRatio != 0.8 || op.P50Ratio != 1.25 {
		t.Fatalf("ratios = %v, %v", op.ThroughputRatio, op.P50Ratio)
	}
	r := report{Date: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), GoVersion: "go1.26", CPUs: 2, Scale: 0.05,
		Concurrency: 16, Duration: "5s", Warmup: "1s", Rows: sizes(0.05), Operations: []operation{op}}
	dir := t.TempDir()
	if err := r.write(dir); err != nil {
		t.Fatal(err)
	}
	md, err := os.ReadFile(filepath.Join(dir, "report.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"| events | 800 | 1000 | 0.80 | 10.00 / 20.00 / 30.00 | 8.00 / 16.00 / 24.00 | 3.0 / 2.0 |", "Scale: 0.05 (5000 registrants, 1000 events, 25000 applications, 500 staff"} {
		if !strings.Contains(string(md), want) {
			t.Errorf("report.md lacks %q:\n%s", want, md)
		}
	}
	var back report
	js, err := os.ReadFile(filepath.Join(dir, "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(js, &back); err != nil || back.Operations[0].ThroughputRatio != 0.8 || back.Scale != 0.05 {
		t.Errorf("report.json = %s (%v)", js, err)
	}
}

func TestParseFlags(t *testing.T) {
	env := map[string]string{"DATABASE_URL": "postgres://x@127.0.0.1/db"}
	o, err := parseFlags([]string{"-scale", "0.05"}, &strings.Builder{}, func(k string) string { return env[k] })
	if err != nil || o.databaseURL != env["DATABASE_URL"] || o.scale != 0.05 || o.concurrency != 16 || o.duration != 20*time.Second {
		t.Errorf("parseFlags = %+v, %v", o, err)
	}
	if _, err := parseFlags([]string{"-scale", "0"}, &strings.Builder{}, func(string) string { return "" }); err == nil {
		t.Error("scale 0 accepted")
	}
}
