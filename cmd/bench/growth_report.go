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

// markdown renders the growth run's section of report.md.
func (g *growth) markdown(b *strings.Builder) {
	fmt.Fprintf(b, "- Scales asked for: %s; loading budget %s\n\n", scalesText(g.Requested), g.LoadBudget)
	fmt.Fprintf(b, "## Growth: the list, detail and filter reads at scales %s\n\n", scalesText(g.scales()))
	b.WriteString("One database, grown step by step: each step adds the rows from the previous scale to the next as a tranche " +
		"shaped like a whole load, then runs VACUUM (ANALYZE). At each scale, each read is measured on a fresh process of ours " +
		"and then of the baseline, and our server's SQL for it is explained (EXPLAIN (ANALYZE, BUFFERS), our handler in process " +
		"on the same database, the second of two runs).\n\n")
	if g.Stopped != "" {
		fmt.Fprintf(b, "**%s**\n\n", g.Stopped)
	}
	b.WriteString("| Scale | Registrants | Events | Applications | Staff | Grown in | Database |\n|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, s := range g.Steps {
		fmt.Fprintf(b, "| %g | %s | %s | %s | %s | %.0f s | %s |\n", s.Scale, thousands(s.Rows.Registrants), thousands(s.Rows.Events),
			thousands(s.Rows.Applications), thousands(s.Rows.Users), s.LoadSeconds, bytesText(uint64(s.DatabaseMiB*(1<<20))))
	}
	b.WriteString("\n### Flat or not\n\n")
	for _, f := range g.findings() {
		fmt.Fprintf(b, "- %s\n", f)
	}
	g.throughputMarkdown(b)
	g.requestsMarkdown(b)
	g.statementsMarkdown(b)
	g.pageSizesMarkdown(b)
}

func (g *growth) scales() []float64 {
	out := make([]float64, len(g.Steps))
	for i, s := range g.Steps {
		out[i] = s.Scale
	}
	return out
}

// throughputMarkdown renders each measured read at each scale, ours and the baseline.
func (g *growth) throughputMarkdown(b *strings.Builder) {
	b.WriteString("\n### Throughput and latency per scale\n\n")
	b.WriteString("Peak RSS is our server process's high-water mark; GC and authz are the garbage collector's and the authorization " +
		"layer's shares of its CPU profile over the measured window (`<read>-scale<N>.pprof` beside this report).\n\n")
	b.WriteString("| Read | Scale | Ours req/s | Ours p50 / p99 ms | Ours CPU s per 1000 req | Ours SQL/req | Ours peak RSS MiB | Ours GC / authz share of CPU | " +
		"Baseline req/s | Baseline p50 / p99 ms | Baseline CPU s per 1000 req | Baseline SQL/req | Throughput ratio |\n")
	b.WriteString("|---|---:|---:|---|---:|---:|---:|---|---:|---|---:|---:|---:|\n")
	for _, key := range g.operationKeys() {
		for i, s := range g.Steps {
			o, ok := s.operation(key)
			if !ok || o.Baseline == nil {
				continue
			}
			name := ""
			if i == 0 {
				name = o.Name
			}
			fmt.Fprintf(b, "| %s | %g | %.0f | %.2f / %.2f | %s | %.1f | %s | %s / %s | %.0f | %.2f / %.2f | %s | %.1f | %.2f |\n", name, s.Scale,
				o.Ours.Throughput, o.Ours.P50Ms, o.Ours.P99Ms, orNA(o.Ours.CPUSecondsPer1000, "%.2f"), o.Ours.StatementsPerRequest,
				orNA(o.Ours.PeakRSSMiB, "%.0f"), percent(o.Ours.GCShare), percent(o.Ours.AuthzShare),
				o.Baseline.Throughput, o.Baseline.P50Ms, o.Baseline.P99Ms, orNA(o.Baseline.CPUSecondsPer1000, "%.2f"),
				o.Baseline.StatementsPerRequest, o.ThroughputRatio)
		}
	}
}

// requestsMarkdown renders what our SQL for each explained request did at each scale.
func (g *growth) requestsMarkdown(b *strings.Builder) {
	b.WriteString("\n### Our SQL per request (EXPLAIN ANALYZE)\n\n")
	b.WriteString("Rows read are the rows the plans' scans returned or filtered out, over all loops; buffers the 8 kB pages they touched. " +
		"A verdict of \"index\" means every table of more than 1,000 rows is read through an index.\n\n")
	b.WriteString("| Request | Scale | Statements | Verdict | Rows read | Buffers | Execution ms |\n|---|---:|---:|---|---:|---:|---:|\n")
	for _, name := range g.requestNames() {
		for i, s := range g.Steps {
			r, ok := s.explained(name)
			if !ok {
				continue
			}
			shown := ""
			if i == 0 {
				shown = explainText(name)
			}
			fmt.Fprintf(b, "| %s | %g | %d | %s | %s | %s | %.2f |\n", shown, s.Scale, r.Statements, explainText(r.Verdict),
				thousands(int(r.RowsRead)), thousands(int(r.SharedBlocks)), r.ExecutionMs)
		}
	}
}

// statementsMarkdown renders each statement of each explained request with its figures at every
// scale side by side.
func (g *growth) statementsMarkdown(b *strings.Builder) {
	if len(g.Steps) == 0 {
		return
	}
	last := g.Steps[len(g.Steps)-1]
	at := scalesText(g.scales())
	fmt.Fprintf(b, "\n### Our SQL per statement\n\nFigures at scales %s, in that order.\n\n", strings.ReplaceAll(at, ", ", " / "))
	fmt.Fprintf(b, "| Request | # | Statement | Tables read at scale %g | Verdict | Rows read | ms |\n|---|---:|---|---|---|---|---|\n", last.Scale)
	for _, name := range g.requestNames() {
		lastReport, _ := last.explained(name)
		for i, p := range lastReport.Plans {
			var verdicts, rows, ms []string
			for _, s := range g.Steps {
				r, ok := s.explained(name)
				if !ok || i >= len(r.Plans) {
					verdicts, rows, ms = append(verdicts, "–"), append(rows, "–"), append(ms, "–")
					continue
				}
				q := r.Plans[i]
				verdicts = append(verdicts, q.Verdict)
				rows = append(rows, thousands(int(planRowsRead(q))))
				ms = append(ms, fmt.Sprintf("%.2f", q.ExecutionMs))
			}
			shown := ""
			if i == 0 {
				shown = explainText(name)
			}
			fmt.Fprintf(b, "| %s | %d | `%s` | %s | %s | %s | %s |\n", shown, i+1, statementText(p.SQL, 100), explainText(scansText(p.Scans)),
				explainText(sameOrAll(verdicts)), strings.Join(rows, " / "), strings.Join(ms, " / "))
		}
	}
}

// pageSizesMarkdown renders the statements of the paged reads at each page size.
func (g *growth) pageSizesMarkdown(b *strings.Builder) {
	b.WriteString("\n### SQL statements per request by page size\n\n")
	header := "| Read | Scale |"
	rule := "|---|---:|"
	for _, n := range pageSizesCounted {
		header += fmt.Sprintf(" first: %d |", n)
		rule += "---:|"
	}
	b.WriteString(header + " Same |\n" + rule + "---|\n")
	for _, read := range g.pageSizeReads() {
		for i, s := range g.Steps {
			for _, p := range s.PageSizes {
				if p.Read != read {
					continue
				}
				shown := ""
				if i == 0 {
					shown = explainText(read)
				}
				fmt.Fprintf(b, "| %s | %g |", shown, s.Scale)
				for _, c := range p.Counts {
					fmt.Fprintf(b, " %d |", c.Statements)
				}
				fmt.Fprintf(b, " %s |\n", map[bool]string{true: "yes", false: "**no**"}[p.Same])
			}
		}
	}
}

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
		if was, is := scansText(a.Plans[i].Scans), scansText(p.Scans); was != is {
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

func (s growthStep) operation(key string) (operation, bool) {
	for _, o := range s.Operations {
		if o.Key == key {
			return o, true
		}
	}
	return operation{}, false
}

func (s growthStep) explained(name string) (explain.Report, bool) {
	for _, r := range s.Explained {
		if r.Name == name {
			return r, true
		}
	}
	return explain.Report{}, false
}

// operationKeys, requestNames and pageSizeReads list what any step measured, in the order first met.
func (g *growth) operationKeys() []string {
	var out []string
	for _, s := range g.Steps {
		for _, o := range s.Operations {
			out = appendNew(out, o.Key)
		}
	}
	return out
}

func (g *growth) requestNames() []string {
	var out []string
	for _, s := range g.Steps {
		for _, r := range s.Explained {
			out = appendNew(out, r.Name)
		}
	}
	return out
}

func (g *growth) pageSizeReads() []string {
	var out []string
	for _, s := range g.Steps {
		for _, p := range s.PageSizes {
			out = appendNew(out, p.Read)
		}
	}
	return out
}

func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

func planRowsRead(p explain.Plan) float64 {
	n := 0.0
	for _, s := range p.Scans {
		n += s.RowsRead
	}
	return n
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

// sameOrAll writes values once when they are all the same, else all of them in order.
func sameOrAll(values []string) string {
	for _, v := range values {
		if v != values[0] {
			return strings.Join(values, " / ")
		}
	}
	if len(values) == 0 {
		return ""
	}
	return values[0]
}

func countsText(a, z int) string {
	if a == z {
		return strconv.Itoa(a)
	}
	return fmt.Sprintf("%d → %d", a, z)
}

func pageCountsText(counts []explain.PageCount) string {
	parts := make([]string, len(counts))
	for i, c := range counts {
		parts[i] = fmt.Sprintf("first %d: %d", c.First, c.Statements)
	}
	return strings.Join(parts, ", ")
}

// shortName is a read's name up to its colon: "list", "detail", "filter".
func shortName(read string) string {
	name, _, _ := strings.Cut(read, ":")
	return name
}

func scalesText(scales []float64) string {
	parts := make([]string, len(scales))
	for i, s := range scales {
		parts[i] = strconv.FormatFloat(s, 'f', -1, 64)
	}
	return strings.Join(parts, ", ")
}

// thousands writes n with commas: 1,250,000.
func thousands(n int) string {
	if n < 0 {
		return "-" + thousands(-n)
	}
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// explainText escapes what would break a Markdown table cell.
func explainText(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ", "<", "&lt;", ">", "&gt;").Replace(s)
}

// statementText shortens a statement to max runes for a code span in a table cell.
func statementText(s string, max int) string {
	if r := []rune(s); len(r) > max {
		s = string(r[:max-1]) + "…"
	}
	return strings.NewReplacer("`", "'", "|", `\|`).Replace(s)
}

// scansText lists the table reads of a plan: "events: Index Scan (events_starts_idx); ministries:
// Seq Scan".
func scansText(scans []explain.Scan) string {
	var parts []string
	for _, s := range scans {
		part := s.Relation + ": " + s.Node
		if s.Index != "" {
			part += " (" + s.Index + ")"
		}
		parts = append(parts, part)
	}
	if len(parts) == 0 {
		return "–"
	}
	return strings.Join(parts, "; ")
}
