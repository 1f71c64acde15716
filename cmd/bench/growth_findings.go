package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/teleworkmonth/platform/cmd/bench/explain"
)

// What the growth report calls flat, between the smallest and the largest scale measured: rows read
// by a request's SQL at most flatRowsFactor times as many, our throughput at least flatThroughput
// of what it was and our CPU per request at most flatCPU times (the machine is shared and noisy: a
// few tens of percent are within its noise).
const (
	flatRowsFactor = 2
	flatThroughput = 0.8
	flatCPU        = 1.25
)

// findings are the report's plain statements of what stayed flat from the smallest scale to the
// largest and what did not, with the figures that show it.
func (g *growth) findings() []string {
	if len(g.Steps) < 2 {
		return []string{"Only one scale was measured: nothing to compare."}
	}
	first, last := g.Steps[0], g.Steps[len(g.Steps)-1]
	growth := last.Scale / first.Scale
	var out []string
	for _, key := range g.operationKeys() {
		a, okA := first.operation(key)
		z, okZ := last.operation(key)
		if okA && okZ {
			out = append(out, throughputFinding(a, z, first.Scale, last.Scale))
		}
	}
	for _, name := range g.requestNames() {
		a, okA := first.explained(name)
		z, okZ := last.explained(name)
		if okA && okZ {
			out = append(out, sqlFinding(name, a, z, first.Scale, last.Scale, growth))
		}
	}
	out = append(out, g.pageSizeFinding())
	return out
}

// throughputFinding compares a measured read at two scales. When ours is not flat it gives what
// its process shows of why: its peak memory and the garbage collector's and the authorization
// layer's shares of its CPU.
func throughputFinding(a, z operation, from, to float64) string {
	oursTP, baseTP := ratio(z.Ours.Throughput, a.Ours.Throughput), 0.0
	oursCPU := cpuRatio(a.Ours, z.Ours)
	flat := oursTP >= flatThroughput && oursCPU <= flatCPU
	verdict := "**flat**"
	if !flat {
		verdict = "**not flat**"
	}
	s := fmt.Sprintf("%s, ours: %s from scale %g to %g: %.0f → %.0f req/s (×%.2f), CPU per 1000 requests %s → %s s",
		a.Name, verdict, from, to, a.Ours.Throughput, z.Ours.Throughput, oursTP,
		orNA(a.Ours.CPUSecondsPer1000, "%.2f"), orNA(z.Ours.CPUSecondsPer1000, "%.2f"))
	if oursCPU > 0 {
		s += fmt.Sprintf(" (×%.2f)", oursCPU)
	}
	s += fmt.Sprintf(", SQL statements per request %.1f → %.1f", a.Ours.StatementsPerRequest, z.Ours.StatementsPerRequest)
	if a.Baseline != nil && z.Baseline != nil {
		baseTP = ratio(z.Baseline.Throughput, a.Baseline.Throughput)
		s += fmt.Sprintf("; the baseline %.0f → %.0f req/s (×%.2f)", a.Baseline.Throughput, z.Baseline.Throughput, baseTP)
	}
	if flat {
		return s + "."
	}
	if baseTP >= flatThroughput {
		s += ": the baseline, on the same database, stayed flat, so the cost that grew is our server's"
	}
	var process []string
	if a.Ours.PeakRSSMiB != nil && z.Ours.PeakRSSMiB != nil {
		process = append(process, fmt.Sprintf("its peak memory %.0f → %.0f MiB", *a.Ours.PeakRSSMiB, *z.Ours.PeakRSSMiB))
	}
	if a.Ours.GCShare != nil && z.Ours.GCShare != nil {
		process = append(process, fmt.Sprintf("the garbage collector's share of its CPU %s → %s", percent(a.Ours.GCShare), percent(z.Ours.GCShare)))
	}
	if a.Ours.AuthzShare != nil && z.Ours.AuthzShare != nil {
		process = append(process, fmt.Sprintf("the authorization layer's %s → %s", percent(a.Ours.AuthzShare), percent(z.Ours.AuthzShare)))
	}
	if len(process) > 0 {
		s += " (" + strings.Join(process, ", ") + ")"
	}
	return s + "."
}

// sqlFinding compares what our SQL for an explained request read at two scales: flat, nearly flat
// (more rows, but far fewer than the data grew by: a bounded read whose plan changed, say), or
// growing with the data; and names the statements that read more and the plans that changed.
func sqlFinding(name string, a, z explain.Report, from, to, growth float64) string {
	rowsFactor := ratio(z.RowsRead, a.RowsRead)
	seq := z.Verdict != explain.VerdictIndex || a.Verdict != explain.VerdictIndex
	verdict := "**flat**"
	switch {
	case seq || rowsFactor >= growth/2:
		verdict = "**grows with the data**"
	case rowsFactor > flatRowsFactor:
		verdict = "**nearly flat**"
	}
	s := fmt.Sprintf("%s: %s from scale %g to %g (×%g the data): %s statements, rows read %s → %s (×%.1f), %.2f → %.2f ms in PostgreSQL, plans: %s",
		explainText(name), verdict, from, to, growth, countsText(a.Statements, z.Statements), thousands(int(a.RowsRead)),
		thousands(int(z.RowsRead)), rowsFactor, a.ExecutionMs, z.ExecutionMs, sameOrAll([]string{a.Verdict, z.Verdict}))
	var notes []string
	for i, p := range z.Plans {
		if i >= len(a.Plans) {
			break
		}
		before, after := planRowsRead(a.Plans[i]), planRowsRead(p)
		if ratio(after, before) > flatRowsFactor || len(p.SeqScans) > 0 {
			what := fmt.Sprintf("statement %d (`%s`) read %s → %s rows", i+1, statementText(p.SQL, 70), thousands(int(before)), thousands(int(after)))
			if strings.Contains(strings.ToLower(p.SQL), "count(") {
				what += ": it counts every matching row, which no index bounds"
			}
			if len(p.SeqScans) > 0 {
				what += "; it reads " + strings.Join(p.SeqScans, ", ") + " whole"
			}
			notes = append(notes, what)
		}
		if was, is := planShape(a.Plans[i].Scans), planShape(p.Scans); was != is {
			notes = append(notes, fmt.Sprintf("the plan of statement %d changed from %s at scale %g to %s at %g", i+1, was, from, is, to))
		}
	}
	if len(notes) > 0 {
		s += "; " + strings.Join(notes, "; ")
	}
	return s + "."
}

// pageSizeFinding says whether the statements per request depended on the page size anywhere.
func (g *growth) pageSizeFinding() string {
	var differ, same []string
	for _, read := range g.pageSizeReads() {
		counts := map[int64]bool{}
		for _, s := range g.Steps {
			for _, p := range s.PageSizes {
				if p.Read != read {
					continue
				}
				if !p.Same {
					differ = append(differ, fmt.Sprintf("%s at scale %g (%s)", explainText(read), s.Scale, pageCountsText(p.Counts)))
				}
				for _, c := range p.Counts {
					counts[c.Statements] = true
				}
			}
		}
		if len(counts) == 1 {
			for n := range counts {
				same = append(same, fmt.Sprintf("%s %d", shortName(read), n))
			}
		}
	}
	if len(differ) > 0 {
		return "SQL statements per request **depend on the page size**: " + strings.Join(differ, "; ") + "."
	}
	sizes := make([]string, len(pageSizesCounted))
	for i, n := range pageSizesCounted {
		sizes[i] = strconv.Itoa(n)
	}
	return fmt.Sprintf("SQL statements per request do **not** depend on the page size: %s, at first: %s, at every scale.",
		strings.Join(same, ", "), strings.Join(sizes, ", "))
}

// planShape is the table reads of a plan in a fixed order, so that a join whose sides swapped
// keeps its shape: "events: Index Scan (events_pkey); ministries: Seq Scan".
func planShape(scans []explain.Scan) string {
	parts := make([]string, len(scans))
	for i, s := range scans {
		parts[i] = scansText([]explain.Scan{s})
	}
	slices.Sort(parts)
	return strings.Join(parts, "; ")
}

// ratio is after/before, 1 when both are 0, 0 when only before is.
func ratio(after, before float64) float64 {
	switch {
	case before > 0:
		return after / before
	case after == 0:
		return 1
	default:
		return 0
	}
}

// percent writes a share as a percentage, "–" when unknown.
func percent(v *float64) string {
	if v == nil {
		return "–"
	}
	return fmt.Sprintf("%.0f %%", *v*100)
}

// cpuRatio is the CPU per request of z over a's; 0 when either is unknown.
func cpuRatio(a, z result) float64 {
	if a.CPUSecondsPer1000 == nil || z.CPUSecondsPer1000 == nil || *a.CPUSecondsPer1000 == 0 {
		return 0
	}
	return *z.CPUSecondsPer1000 / *a.CPUSecondsPer1000
}
