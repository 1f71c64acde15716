package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/teleworkmonth/platform/cmd/bench/explain"
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
