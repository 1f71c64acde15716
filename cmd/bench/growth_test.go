package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/cmd/bench/explain"
)

func TestNextScale(t *testing.T) {
	t.Parallel()
	const mb = 1 << 20
	for _, tt := range []struct {
		name     string
		from     float64
		want     float64
		lim      loadLimits
		scale    float64
		whyHas   []string
		whyEmpty bool
	}{
		{name: "the first scale, on the guess", from: 0, want: 1,
			lim: loadLimits{secondsLeft: 1800, secondsPerScale: secondsPerScaleGuess, bytesPerScale: bytesPerScale}, scale: 1, whyEmpty: true},
		{name: "within budget and disk", from: 10, want: 100,
			lim: loadLimits{secondsLeft: 3000, secondsPerScale: 24, freeKnown: true, freeBytes: 60 << 30, bytesPerScale: 230 * mb}, scale: 100, whyEmpty: true},
		{name: "the free space unknown", from: 10, want: 100,
			lim: loadLimits{secondsLeft: 3000, secondsPerScale: 24, bytesPerScale: 230 * mb}, scale: 100, whyEmpty: true},
		{name: "too long to load", from: 10, want: 100,
			lim: loadLimits{secondsLeft: 1500, secondsPerScale: 24, bytesPerScale: 230 * mb}, scale: 50,
			whyHas: []string{"Scale 100 was not reached", "about 36 min to load", "24.0 s per unit of scale", "25 min are left", "went to 50 instead"}},
		{name: "too large for the disk", from: 10, want: 100,
			lim: loadLimits{secondsLeft: 9000, secondsPerScale: 24, freeKnown: true, freeBytes: 10 << 30, bytesPerScale: 230 * mb}, scale: 30,
			whyHas: []string{"Scale 100 was not reached", "22.2 GB of free disk (10.0 GB is free)", "went to 30 instead"}},
		{name: "too long and too large", from: 1, want: 100,
			lim: loadLimits{secondsLeft: 600, secondsPerScale: 24, freeKnown: true, freeBytes: 10 << 30, bytesPerScale: 230 * mb}, scale: 20,
			whyHas: []string{"to load", "free disk", ", and ", "went to 20 instead"}},
		{name: "nothing fits", from: 10, want: 20,
			lim: loadLimits{secondsLeft: 10, secondsPerScale: 24, bytesPerScale: 230 * mb}, scale: 0,
			whyHas: []string{"Scale 20 was not reached", "no round scale between 10 and 20 fits"}},
		{name: "the budget spent", from: 10, want: 30,
			lim: loadLimits{secondsLeft: -5, secondsPerScale: 24, bytesPerScale: 230 * mb}, scale: 0,
			whyHas: []string{"0 min are left"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			scale, why := nextScale(tt.from, tt.want, tt.lim)
			if scale != tt.scale {
				t.Errorf("nextScale = %g (%s), want %g", scale, why, tt.scale)
			}
			if tt.whyEmpty != (why == "") {
				t.Errorf("why = %q", why)
			}
			for _, w := range tt.whyHas {
				if !strings.Contains(why, w) {
					t.Errorf("why %q lacks %q", why, w)
				}
			}
		})
	}
}

func TestRoundScales(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		from, to float64
		want     []float64
	}{
		{10, 100, []float64{50, 30, 20}},
		{1, 10, []float64{5, 3, 2}},
		{10, 20, nil},
		{3, 60, []float64{50, 30, 20, 10, 5}},
		{0.5, 1, nil},
	} {
		if got := roundScales(tt.from, tt.to); !slices.Equal(got, tt.want) {
			t.Errorf("roundScales(%g, %g) = %v, want %v", tt.from, tt.to, got, tt.want)
		}
	}
	if got := roundScales(0, 1); len(got) == 0 || got[0] != 0.5 || got[len(got)-1] < 1e-3 {
		t.Errorf("roundScales(0, 1) = %v, want 0.5 down to a thousandth", got)
	}
}

// growthOf is a growth run of two scales: the list stays flat, the filter's totalCount counts
// every matching row and our event list slows down while the baseline does not.
func growthOf(t *testing.T) *growth {
	t.Helper()
	// The list's join reads its two tables in the other order at the larger scale: the same plan.
	listPlans := func(rows float64, swapped bool) []explain.Plan {
		scans := []explain.Scan{{Relation: "events", Node: "Index Scan", Index: "events_starts_idx", RowsRead: rows},
			{Relation: "ministries", Node: "Seq Scan", TableRows: 9}}
		if swapped {
			scans[0], scans[1] = scans[1], scans[0]
		}
		return []explain.Plan{{SQL: "SELECT e.id FROM events e ORDER BY e.starts_at, e.id LIMIT $1", Verdict: explain.VerdictIndex,
			ExecutionMs: 0.1, Scans: scans}}
	}
	totalPlans := func(counted float64, verdict string, seq []string) []explain.Plan {
		return []explain.Plan{
			{SQL: "SELECT r.id FROM registrants r WHERE r.kind = $1 ORDER BY r.id LIMIT $2", Verdict: explain.VerdictIndex,
				Scans: []explain.Scan{{Relation: "registrants", Node: "Index Scan", Index: "registrants_public_idx", RowsRead: 1200}}},
			{SQL: "SELECT count(*) FROM registrants r WHERE r.kind = $1", Verdict: verdict, SeqScans: seq,
				Scans: []explain.Scan{{Relation: "registrants", Node: "Seq Scan", RowsRead: counted}}},
		}
	}
	filterPlans := func(rows float64, index string) []explain.Plan {
		return []explain.Plan{
			{SQL: "SELECT r.id FROM registrants r WHERE r.kind = $1 ORDER BY r.id LIMIT $2", Verdict: explain.VerdictIndex,
				Scans: []explain.Scan{{Relation: "registrants", Node: "Index Scan", Index: index, RowsRead: rows}}},
		}
	}
	step := func(scale, oursTP, oursCPU, rss, gc float64, counted float64, verdict string, seq []string, sameSizes bool) growthStep {
		filterRows, filterIndex := 1236.0, "registrants_public_idx"
		if scale > 1 {
			filterRows, filterIndex = 2953, "registrants_pkey"
		}
		events := operation{Key: "events", Name: "events(first: 50)", Workers: 16,
			Ours: result{stats: stats{Throughput: oursTP, P50Ms: 60, P99Ms: 150}, StatementsPerRequest: 3, CPUSecondsPer1000: ptr(oursCPU),
				PeakRSSMiB: ptr(rss), GCShare: ptr(gc), AuthzShare: ptr(0)},
			Baseline: &result{stats: stats{Throughput: 700, P50Ms: 18, P99Ms: 90}, StatementsPerRequest: 2, CPUSecondsPer1000: ptr(1)}}
		events.ratios()
		counts := []explain.PageCount{{First: 5, Statements: 3}, {First: 50, Statements: 3}, {First: 100, Statements: 3}}
		if !sameSizes {
			counts[2].Statements = 4
		}
		return growthStep{Scale: scale, Rows: sizes(scale), LoadSeconds: 24 * scale, DatabaseMiB: 230 * scale,
			Operations: []operation{events},
			Explained: []explain.Report{
				{Name: "list: events(first: 50)", Statements: 1, Verdict: explain.VerdictIndex, RowsRead: 51, ExecutionMs: 0.1, Plans: listPlans(51, scale > 1)},
				{Name: "filter: registrants", Statements: 1, Verdict: explain.VerdictIndex, RowsRead: filterRows, Plans: filterPlans(filterRows, filterIndex)},
				{Name: "filter with totalCount: registrants", Statements: 2, Verdict: verdict, RowsRead: 1200 + counted, ExecutionMs: counted / 1000,
					Plans: totalPlans(counted, verdict, seq)},
			},
			PageSizes: []pageSizes{{Read: "list: events(first: 50)", Counts: counts, Same: sameSizes}},
		}
	}
	return &growth{Requested: []float64{1, 10, 100}, LoadBudget: "30m0s",
		Stopped: "Scale 100 was not reached: growing to it from 10 would take about 36 min to load; the run went to 50 instead.",
		Steps: []growthStep{
			step(1, 250, 5.5, 72, 0.17, 16_000, explain.VerdictIndex, nil, true),
			step(50, 120, 9.0, 1833, 0.41, 800_000, "seq scan on registrants", []string{"registrants"}, false),
		}}
}

func TestGrowthMarkdown(t *testing.T) {
	t.Parallel()
	g := growthOf(t)
	r := report{Date: time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC), Concurrency: 16, Duration: "8s", Warmup: "2s",
		Machine: machine{CPU: "AMD EPYC", Cores: 2, MemoryGiB: 23.5, OS: "Debian GNU/Linux 12", Postgres: "PostgreSQL 15.20", Go: "go1.26"},
		Growth:  g}
	dir, md := writeReport(t, r)
	wantInReport(t, md,
		"## Growth: the list, detail and filter reads at scales 1, 50",
		"- Scales asked for: 1, 10, 100; loading budget 30m0s",
		"**Scale 100 was not reached: growing to it from 10 would take about 36 min to load; the run went to 50 instead.**",
		"| 50 | 5,000,000 | 1,000,000 | 25,000,000 | 500,000 | 1200 s | 11.2 GB |",
		// our event list slowed down and the baseline did not: named as ours
		"events(first: 50), ours: **not flat** from scale 1 to 50: 250 → 120 req/s (×0.48), CPU per 1000 requests 5.50 → 9.00 s (×1.64)",
		"so the cost that grew is our server's (its peak memory 72 → 1833 MiB, the garbage collector's share of its CPU 17 % → 41 %, the authorization layer's 0 % → 0 %).",
		"list: events(first: 50): **flat** from scale 1 to 50 (×50 the data): 1 statements, rows read 51 → 51 (×1.0), 0.10 → 0.10 ms in PostgreSQL, plans: index.\n",
		// the count that grows is named, with why, and its seq scan
		"filter with totalCount: registrants: **grows with the data**",
		"statement 2 (`SELECT count(*) FROM registrants r WHERE r.kind = $1`) read 16,000 → 800,000 rows: it counts every matching row, which no index bounds; it reads registrants whole",
		"plans: index / seq scan on registrants",
		"SQL statements per request **depend on the page size**: list: events(first: 50) at scale 50 (first 5: 3, first 50: 3, first 100: 4)",
		"| events(first: 50) | 1 | 250 | 60.00 / 150.00 | 5.50 | 3.0 | 72 | 17 % / 0 % | 700 | 18.00 / 90.00 | 1.00 | 2.0 | 0.36 |",
		"|  | 50 | 120 | 60.00 / 150.00 | 9.00 | 3.0 | 1833 | 41 % / 0 % | 700 | 18.00 / 90.00 | 1.00 | 2.0 | 0.17 |",
		// a bounded read that reads more because its plan changed is named as such
		"filter: registrants: **nearly flat** from scale 1 to 50 (×50 the data): 1 statements, rows read 1,236 → 2,953 (×2.4)",
		"the plan of statement 1 changed from registrants: Index Scan (registrants_public_idx) at scale 1 to registrants: Index Scan (registrants_pkey) at 50.",
		"| list: events(first: 50) | 1 | `SELECT e.id FROM events e ORDER BY e.starts_at, e.id LIMIT $1` | ministries: Seq Scan; events: Index Scan (events_starts_idx) | index | 51 / 51 | 0.10 / 0.10 |",
		"|  | 2 | `SELECT count(*) FROM registrants r WHERE r.kind = $1` | registrants: Seq Scan | index / seq scan on registrants | 16,000 / 800,000 |",
		"|  | 50 | 3 | 3 | 4 | **no** |",
	)
	if strings.Contains(md, "plan of statement 2 changed") {
		t.Errorf("report.md says a plan changed that did not:\n%s", md)
	}
	if strings.Contains(md, "Scale: ") || strings.Contains(md, "Concurrency sweep") {
		t.Errorf("a growth report has a normal run's scale line or a sweep:\n%s", md)
	}
	var back report
	js, err := os.ReadFile(filepath.Join(dir, "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(js, &back); err != nil || back.Growth == nil || len(back.Growth.Steps) != 2 ||
		back.Growth.Steps[1].Explained[2].Plans[1].Verdict != "seq scan on registrants" || back.Growth.Stopped == "" {
		t.Errorf("report.json = %s (%v)", js, err)
	}
}

func TestGrowthFindingsFlat(t *testing.T) {
	t.Parallel()
	g := growthOf(t)
	// The same figures at both scales: everything is flat and the page sizes agree.
	g.Steps[1] = g.Steps[0]
	g.Steps[1].Scale = 10
	for _, f := range g.findings() {
		if strings.Contains(f, "not flat") || strings.Contains(f, "grows") || strings.Contains(f, "depend on the page size**") {
			t.Errorf("finding %q on unchanged figures", f)
		}
	}
	if got := g.findings(); !strings.Contains(got[len(got)-1], "do **not** depend on the page size: list 3, at first: 5, 50, 100") {
		t.Errorf("page size finding = %q", got[len(got)-1])
	}
	g.Steps = g.Steps[:1]
	if got := g.findings(); len(got) != 1 || !strings.Contains(got[0], "Only one scale") {
		t.Errorf("findings of one scale = %q", got)
	}
}

func TestThousands(t *testing.T) {
	t.Parallel()
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 25_000_000: "25,000,000", -1234: "-1,234"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}
