package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// stats summarizes one measured run of an operation.
type stats struct {
	Requests   int     `json:"requests"`
	Errors     int     `json:"errors"`
	Seconds    float64 `json:"seconds"`
	Throughput float64 `json:"requestsPerSecond"`
	P50Ms      float64 `json:"p50Ms"`
	P95Ms      float64 `json:"p95Ms"`
	P99Ms      float64 `json:"p99Ms"`
}

// summarize computes throughput and latency percentiles from the latencies of a run of elapsed time.
func summarize(latencies []time.Duration, errors int, elapsed time.Duration) stats {
	s := stats{Requests: len(latencies), Errors: errors, Seconds: elapsed.Seconds()}
	if elapsed > 0 {
		s.Throughput = float64(len(latencies)) / elapsed.Seconds()
	}
	sorted := slices.Clone(latencies)
	slices.Sort(sorted)
	s.P50Ms = ms(percentile(sorted, 50))
	s.P95Ms = ms(percentile(sorted, 95))
	s.P99Ms = ms(percentile(sorted, 99))
	return s
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// percentile returns the nearest-rank p-th percentile of sorted latencies, 0 when there are none.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(p/100*float64(len(sorted)) + 0.9999999)
	rank = min(max(rank, 1), len(sorted))
	return sorted[rank-1]
}

// operation is one row of the report: our server against the raw baseline.
type operation struct {
	Name                  string  `json:"name"`
	Ours                  stats   `json:"ours"`
	Baseline              *stats  `json:"baseline,omitempty"`
	ThroughputRatio       float64 `json:"throughputRatio,omitempty"`
	P50Ratio              float64 `json:"p50Ratio,omitempty"`
	StatementsPerRequest  float64 `json:"statementsPerRequest"`
	BaselineStatementsReq float64 `json:"baselineStatementsPerRequest,omitempty"`
}

// report is the whole run, written as report.json and report.md.
type report struct {
	Date        time.Time   `json:"date"`
	GoVersion   string      `json:"goVersion"`
	CPUs        int         `json:"cpus"`
	Scale       float64     `json:"scale"`
	Concurrency int         `json:"concurrency"`
	Duration    string      `json:"duration"`
	Warmup      string      `json:"warmup"`
	LoadSeconds float64     `json:"loadSeconds"`
	Rows        dataSize    `json:"rows"`
	Operations  []operation `json:"operations"`
}

// dataSize is how many rows the synthetic campaign added.
type dataSize struct {
	Registrants  int `json:"registrants"`
	Events       int `json:"events"`
	Applications int `json:"applications"`
	Users        int `json:"users"`
}

// ratios fills in the ratios of ours to the baseline.
func (o *operation) ratios() {
	if o.Baseline == nil || o.Baseline.Throughput == 0 {
		return
	}
	o.ThroughputRatio = o.Ours.Throughput / o.Baseline.Throughput
	if o.Baseline.P50Ms > 0 {
		o.P50Ratio = o.Ours.P50Ms / o.Baseline.P50Ms
	}
}

// markdown renders the report as a Markdown document.
func (r report) markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Benchmark report\n\n")
	fmt.Fprintf(&b, "- Date: %s\n- Go: %s, CPUs: %d\n- Scale: %g (%d registrants, %d events, %d applications, %d staff added; loaded in %.1f s)\n",
		r.Date.UTC().Format(time.RFC3339), r.GoVersion, r.CPUs, r.Scale,
		r.Rows.Registrants, r.Rows.Events, r.Rows.Applications, r.Rows.Users, r.LoadSeconds)
	fmt.Fprintf(&b, "- Closed loop: %d workers for %s after a warm-up of %s, over loopback\n\n", r.Concurrency, r.Duration, r.Warmup)
	b.WriteString("| Operation | Ours req/s | Baseline req/s | Ratio | Ours p50/p95/p99 ms | Baseline p50/p95/p99 ms | Statements/request (ours / baseline) | Errors (ours / baseline) |\n")
	b.WriteString("|---|---:|---:|---:|---|---|---|---|\n")
	for _, o := range r.Operations {
		base, ratio, baseLat, baseStmts, baseErr := "–", "–", "–", "–", "–"
		if o.Baseline != nil {
			base = fmt.Sprintf("%.0f", o.Baseline.Throughput)
			ratio = fmt.Sprintf("%.2f", o.ThroughputRatio)
			baseLat = latencies(*o.Baseline)
			baseStmts = fmt.Sprintf("%.1f", o.BaselineStatementsReq)
			baseErr = fmt.Sprint(o.Baseline.Errors)
		}
		fmt.Fprintf(&b, "| %s | %.0f | %s | %s | %s | %s | %.1f / %s | %d / %s |\n",
			o.Name, o.Ours.Throughput, base, ratio, latencies(o.Ours), baseLat, o.StatementsPerRequest, baseStmts, o.Ours.Errors, baseErr)
	}
	return b.String()
}

func latencies(s stats) string { return fmt.Sprintf("%.2f / %.2f / %.2f", s.P50Ms, s.P95Ms, s.P99Ms) }

// write stores report.md and report.json in dir.
func (r report) write(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	js, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "report.json"), append(js, '\n'), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "report.md"), []byte(r.markdown()), 0o644)
}
