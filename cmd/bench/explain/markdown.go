package explain

import (
	"fmt"
	"strings"
)

// Markdown renders reports for the benchmark's report.md: per request a heading with its verdict
// and statement count, then one row per statement with the tables it reads and how, the estimated
// cost, and under ANALYZE the measured time.
func Markdown(reports []Report) string {
	var b strings.Builder
	for _, r := range reports {
		fmt.Fprintf(&b, "#### %s: %s\n\n", markdownText(r.Name), r.Verdict)
		fmt.Fprintf(&b, "%d SQL statements, estimated cost %.1f in all", r.Statements, r.TotalCost)
		if r.ExecutionMs > 0 {
			fmt.Fprintf(&b, "; measured: %.2f ms, %.0f rows read, %d buffers", r.ExecutionMs, r.RowsRead, r.SharedBlocks)
		}
		b.WriteString(".\n\n| # | statement | tables read | est. cost | est. rows | ms | rows read | verdict |\n")
		b.WriteString("|---:|---|---|---:|---:|---:|---:|---|\n")
		for i, p := range r.Plans {
			verdict, ms, read := p.Verdict, "–", "–"
			if p.Skipped != "" {
				verdict += " (" + p.Skipped + ")"
			}
			if len(p.SmallSeqScans) > 0 {
				verdict += "; small tables read whole: " + strings.Join(p.SmallSeqScans, ", ")
			}
			if p.ExecutionMs > 0 {
				ms, read = fmt.Sprintf("%.2f", p.ExecutionMs), fmt.Sprintf("%.0f", rowsRead(p.Scans))
			}
			fmt.Fprintf(&b, "| %d | `%s` | %s | %.1f | %.0f | %s | %s | %s |\n", i+1, markdownCode(p.SQL, 110),
				markdownText(scansText(p.Scans)), p.TotalCost, p.Rows, ms, read, markdownText(verdict))
		}
		b.WriteString("\n")
	}
	return b.String()
}

func rowsRead(scans []Scan) float64 {
	n := 0.0
	for _, s := range scans {
		n += s.RowsRead
	}
	return n
}

// scansText lists the table reads of a plan: "events: Index Scan (events_starts_idx); ministries:
// Seq Scan of a 9-row table".
func scansText(scans []Scan) string {
	var parts []string
	for _, s := range scans {
		part := s.Relation + ": " + s.Node
		switch {
		case s.Index != "":
			part += " (" + s.Index + ")"
		case s.Node == "Seq Scan":
			part += fmt.Sprintf(" of a %d-row table", s.TableRows)
		}
		parts = append(parts, part)
	}
	if len(parts) == 0 {
		return "–"
	}
	return strings.Join(parts, "; ")
}

// markdownText escapes what would break a table cell.
func markdownText(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ", "<", "&lt;", ">", "&gt;").Replace(s)
}

// markdownCode shortens a statement to max runes for a code span in a table cell.
func markdownCode(s string, max int) string {
	if r := []rune(s); len(r) > max {
		s = string(r[:max-1]) + "…"
	}
	return strings.NewReplacer("`", "'", "|", `\|`).Replace(s)
}
