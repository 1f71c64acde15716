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

// stats summarizes the latencies of one measured run of an operation.
type stats struct {
	Requests   int     `json:"requests"`
	Errors     int     `json:"errors"`
	Seconds    float64 `json:"seconds"`
	Throughput float64 `json:"requestsPerSecond"`
	P50Ms      float64 `json:"p50Ms"`
	P95Ms      float64 `json:"p95Ms"`
	P99Ms      float64 `json:"p99Ms"`
}

// sample is what a closed loop recorded over measured windows: the latency of each request that
// succeeded, the requests that failed, and the windows' length.
type sample struct {
	latencies []time.Duration
	errors    int
	elapsed   time.Duration
}

// add appends another window's sample.
func (s *sample) add(o sample) {
	s.latencies = append(s.latencies, o.latencies...)
	s.errors += o.errors
	s.elapsed += o.elapsed
}

func (s sample) stats() stats { return summarize(s.latencies, s.errors, s.elapsed) }

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

// result is what one server did on one operation: the client's view (stats) and the server's:
// SQL statements per request (from its request log), CPU time and peak memory (from /proc; nil
// where there is none), and for ours the authorization layer's and the garbage collector's shares
// of its CPU profile. Beside the server's CPU time, PostgreSQL's and the load generator's over the
// same window (nil where there is none), since all three share the machine's cores.
type result struct {
	stats
	StatementsPerRequest           float64  `json:"statementsPerRequest"`
	CPUSeconds                     *float64 `json:"cpuSeconds"`
	CPUSecondsPer1000              *float64 `json:"cpuSecondsPer1000Requests"`
	PostgresCPUSeconds             *float64 `json:"postgresCpuSeconds"`
	PostgresCPUSecondsPer1000      *float64 `json:"postgresCpuSecondsPer1000Requests"`
	LoadGeneratorCPUSeconds        *float64 `json:"loadGeneratorCpuSeconds"`
	LoadGeneratorCPUSecondsPer1000 *float64 `json:"loadGeneratorCpuSecondsPer1000Requests"`
	PeakRSSMiB                     *float64 `json:"peakRssMiB"`
	AuthzShare                     *float64 `json:"authzShareOfCpu,omitempty"`
	GCShare                        *float64 `json:"gcShareOfCpu,omitempty"` // the garbage collector's
	Profile                        string   `json:"profile,omitempty"`      // the CPU profile's file, beside the report
}

// operation is one operation of the report: ours, and the raw baseline where there is one.
type operation struct {
	Key             string  `json:"key"`
	Name            string  `json:"name"`
	Workers         int     `json:"workers"`
	Ours            result  `json:"ours"`
	Baseline        *result `json:"baseline,omitempty"`
	ThroughputRatio float64 `json:"throughputRatio,omitempty"`
	P50Ratio        float64 `json:"p50Ratio,omitempty"`
	Goal            float64 `json:"throughputRatioGoal,omitempty"`
}

// report is the whole run, written as report.json and report.md: a normal run's operations at one
// scale and its concurrency sweep, or a growth run's scales.
type report struct {
	Date        time.Time   `json:"date"`
	Machine     machine     `json:"machine"`
	Scale       float64     `json:"scale,omitempty"`
	Concurrency int         `json:"concurrency"`
	Duration    string      `json:"duration"`
	Warmup      string      `json:"warmup"`
	Rounds      int         `json:"rounds"`        // windows per server of an operation with a baseline
	Runtime     []string    `json:"serverRuntime"` // the Go runtime's tuning of both servers, e.g. GOGC=400
	LoadSeconds float64     `json:"loadSeconds,omitempty"`
	Rows        dataSize    `json:"rows,omitzero"`
	Operations  []operation `json:"operations,omitempty"`
	Sweep       *sweep      `json:"sweep,omitempty"`
	Growth      *growth     `json:"growth,omitempty"`
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

// writeRounds says how the operations with a baseline were measured, when in rounds.
func (r report) writeRounds(b *strings.Builder) {
	if r.Rounds > 1 {
		fmt.Fprintf(b, "- Operations with a baseline: their %s split into %d rounds, each measuring both servers in turn "+
			"(ours first in the odd rounds, the baseline first in the even ones; %s of warm-up before each round after the first), "+
			"so that both see the same moments of the machine's other load; ours' CPU profile taken afterwards in a window of its own\n",
			r.Duration, r.Rounds, roundWarmup)
	}
}

// markdown renders the report as a Markdown document.
func (r report) markdown() string {
	var b strings.Builder
	m := r.Machine
	fmt.Fprintf(&b, "# Benchmark report\n\n")
	fmt.Fprintf(&b, "- Date: %s\n", r.Date.UTC().Format(time.RFC3339))
	fmt.Fprintf(&b, "- Machine: %s, %d cores, %s memory; %s", m.CPU, m.Cores, gib(m.MemoryGiB), m.OS)
	if m.Kernel != "" {
		fmt.Fprintf(&b, ", kernel %s", m.Kernel)
	}
	fmt.Fprintf(&b, "; %s; %s\n", m.Postgres, m.Go)
	if r.Growth != nil {
		fmt.Fprintf(&b, "- Closed loop over loopback: %d workers for %s after a warm-up of %s; "+
			"each server a process of its own, started afresh for each read and scale, on the same machine as PostgreSQL and the load generator; "+
			"both servers run with %s\n",
			r.Concurrency, r.Duration, r.Warmup, strings.Join(r.Runtime, " "))
		r.writeRounds(&b)
		r.Growth.markdown(&b)
		return b.String()
	}
	fmt.Fprintf(&b, "- Scale: %g (%d registrants, %d events, %d applications, %d staff added; loaded in %.1f s)\n",
		r.Scale, r.Rows.Registrants, r.Rows.Events, r.Rows.Applications, r.Rows.Users, r.LoadSeconds)
	fmt.Fprintf(&b, "- Closed loop over loopback: %d workers%s for %s after a warm-up of %s; "+
		"each server a process of its own, started afresh for each operation, on the same machine as PostgreSQL and the load generator; "+
		"both servers run with %s\n",
		r.Concurrency, r.fewerWorkers(), r.Duration, r.Warmup, strings.Join(r.Runtime, " "))
	r.writeRounds(&b)
	b.WriteString("\n")
	if len(r.Operations) > 0 {
		r.operationsMarkdown(&b)
	}
	if r.Sweep != nil {
		r.Sweep.markdown(&b)
	}
	return b.String()
}

// operationsMarkdown renders the operations: what each server did, then ours against the baseline.
func (r report) operationsMarkdown(b *strings.Builder) {
	b.WriteString("| Operation | Server | Requests | req/s | p50 / p95 / p99 ms | Errors | SQL statements/req | CPU s | CPU s per 1000 req " +
		"| PostgreSQL CPU s per 1000 req | Load generator CPU s per 1000 req | Peak RSS MiB | Authz share of CPU |\n")
	b.WriteString("|---|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, o := range r.Operations {
		row(b, o.Name, "ours", o.Ours)
		if o.Baseline != nil {
			row(b, "", "baseline", *o.Baseline)
		}
	}

	var compared []operation
	for _, o := range r.Operations {
		if o.Baseline != nil {
			compared = append(compared, o)
		}
	}
	if len(compared) > 0 {
		b.WriteString("\nOurs against the raw baseline (a hand-written net/http handler running the same SQL by hand):\n\n")
		b.WriteString("| Operation | Throughput ratio | p50 ratio | Goal | Met |\n|---|---:|---:|---:|---|\n")
		for _, o := range compared {
			goal, met := "–", "–"
			if o.Goal > 0 {
				goal = fmt.Sprintf("≥ %.1f", o.Goal)
				met = map[bool]string{true: "yes", false: "no"}[o.ThroughputRatio >= o.Goal]
			}
			fmt.Fprintf(b, "| %s | %.2f | %.2f | %s | %s |\n", o.Name, o.ThroughputRatio, o.P50Ratio, goal, met)
		}
	}
	b.WriteString("\nCPU s is the server process's user and system time over its measured windows (Linux /proc; n/a elsewhere); " +
		"PostgreSQL CPU is the user and system time over the same windows of every process named `postgres` on this machine, " +
		"whatever it did meanwhile, less that of backends whose connections closed within a window, which is lost " +
		"(n/a when PostgreSQL runs elsewhere); load generator CPU is that of this benchmark's own process, which sends the requests " +
		"and reads the server's log. Peak RSS is the server's high-water mark since it started (VmHWM). SQL statements/req come from each server's request log. " +
		"The authorization share is the part of our server's CPU profile (`<operation>.pprof` beside this report; " +
		"taken in a window of its own after the rounds of an operation with a baseline, else in the measured window) " +
		"whose samples have a function of `internal/authz` or `github.com/casbin` on the stack. " +
		"A single Casbin decision with 10,000 users is measured by `BenchmarkDecision` in `internal/authz` (`make bench-go`).\n")
}

// fewerWorkers names the operations that ran with fewer workers than asked for, e.g. " (login: 16)".
func (r report) fewerWorkers() string {
	var parts []string
	for _, o := range r.Operations {
		if o.Workers > 0 && o.Workers < r.Concurrency {
			parts = append(parts, fmt.Sprintf("%s: %d", o.Key, o.Workers))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

func row(b *strings.Builder, name, server string, r result) {
	share := "–"
	if r.AuthzShare != nil {
		share = fmt.Sprintf("%.1f %%", *r.AuthzShare*100)
	}
	fmt.Fprintf(b, "| %s | %s | %d | %.0f | %s | %d | %.1f | %s | %s | %s | %s | %s | %s |\n", name, server, r.Requests, r.Throughput, latencies(r.stats),
		r.Errors, r.StatementsPerRequest, orNA(r.CPUSeconds, "%.1f"), orNA(r.CPUSecondsPer1000, "%.2f"),
		orNA(r.PostgresCPUSecondsPer1000, "%.2f"), orNA(r.LoadGeneratorCPUSecondsPer1000, "%.2f"), orNA(r.PeakRSSMiB, "%.0f"), share)
}

func latencies(s stats) string { return fmt.Sprintf("%.2f / %.2f / %.2f", s.P50Ms, s.P95Ms, s.P99Ms) }

func orNA(v *float64, format string) string {
	if v == nil {
		return "n/a"
	}
	return fmt.Sprintf(format, *v)
}

func gib(v float64) string {
	if v == 0 {
		return "unknown"
	}
	return fmt.Sprintf("%.1f GiB", v)
}

// write stores report.md and report.json in dir, and the sweep's chart when there is one.
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
	if r.Sweep != nil {
		if err := r.Sweep.writeChart(dir, r.Scale, r.Date, r.Machine); err != nil {
			return err
		}
	}
	return os.WriteFile(filepath.Join(dir, "report.md"), []byte(r.markdown()), 0o644)
}
