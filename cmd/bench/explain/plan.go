package explain

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// DefaultSmallTableRows is the largest table, in rows, that a Seq Scan may read without the
// verdict calling it out. A Seq Scan reads the whole table, so its cost grows with the table: on a
// table that grows with the campaign (events, registrants, applications, users) it is exactly what
// the growth benchmark must catch. But 1,000 rows fit in a few dozen 8 kB pages, and there
// PostgreSQL rightly prefers reading the table whole to descending an index; the lookup tables
// (9 ministries and their divisions, one campaign a year, its committee and a handful of award
// programs) stay far below it however large a campaign gets, while the growing tables pass it
// already at a tenth of the benchmark's smallest scale. The demo data of the tests stays under
// it too: there the planner may read anything whole, and the verdict lets it.
const DefaultSmallTableRows = 1000

// Scan is one read of a table in a plan.
type Scan struct {
	Relation string `json:"relation"`
	// Node is PostgreSQL's name for the read: "Index Scan", "Index Only Scan", "Bitmap Heap Scan",
	// "Seq Scan", "Tid Scan", …
	Node string `json:"node"`
	// Index is the index used: for a Bitmap Heap Scan, those of its Bitmap Index Scans.
	Index string `json:"index,omitempty"`
	// Rows is the planner's estimate of the rows the node returns per loop.
	Rows float64 `json:"rows"`
	// TableRows is the planner's estimate of the rows of the whole table (pg_class.reltuples); for
	// a table never analyzed, a count of at most Options.SmallTableRows+1 rows.
	TableRows int64 `json:"tableRows"`
	// Measured under ANALYZE: rows returned per loop, loops, and rows read in all (returned, and
	// removed by a filter or an index recheck, over every loop). Rows read is what grows with a
	// table when a read is not bounded by its index.
	ActualRows float64 `json:"actualRows,omitempty"`
	Loops      float64 `json:"loops,omitempty"`
	RowsRead   float64 `json:"rowsRead,omitempty"`
}

// planNode is one node of EXPLAIN (FORMAT JSON), with the fields the summary uses.
type planNode struct {
	NodeType     string     `json:"Node Type"`
	RelationName string     `json:"Relation Name"`
	IndexName    string     `json:"Index Name"`
	TotalCost    float64    `json:"Total Cost"`
	PlanRows     float64    `json:"Plan Rows"`
	ActualRows   float64    `json:"Actual Rows"`
	ActualLoops  float64    `json:"Actual Loops"`
	FilterOut    float64    `json:"Rows Removed by Filter"`
	RecheckOut   float64    `json:"Rows Removed by Index Recheck"`
	SharedHit    int64      `json:"Shared Hit Blocks"`
	SharedRead   int64      `json:"Shared Read Blocks"`
	Plans        []planNode `json:"Plans"`
}

// explainOutput is the document EXPLAIN (FORMAT JSON) returns: an array of one element.
type explainOutput []struct {
	Plan          planNode `json:"Plan"`
	PlanningTime  float64  `json:"Planning Time"`
	ExecutionTime float64  `json:"Execution Time"`
}

// parsePlan reads EXPLAIN (FORMAT JSON) output into p: its cost, rows, timings and table reads.
// TableRows is left for the caller.
func parsePlan(raw []byte, p *Plan) error {
	var out explainOutput
	if err := json.Unmarshal(raw, &out); err != nil {
		return fmt.Errorf("read the plan: %w", err)
	}
	if len(out) != 1 {
		return errors.New("read the plan: want one plan, got " + fmt.Sprint(len(out)))
	}
	root := out[0].Plan
	p.TotalCost, p.Rows = root.TotalCost, root.PlanRows
	p.PlanningMs, p.ExecutionMs = out[0].PlanningTime, out[0].ExecutionTime
	p.SharedHitBlocks, p.SharedReadBlocks = root.SharedHit, root.SharedRead
	p.Scans = nil
	collectScans(root, &p.Scans)
	p.Explain = json.RawMessage(raw)
	return nil
}

// collectScans appends the table reads of n and its children, in plan order.
func collectScans(n planNode, scans *[]Scan) {
	if n.RelationName != "" && strings.HasSuffix(n.NodeType, "Scan") {
		s := Scan{Relation: n.RelationName, Node: n.NodeType, Index: n.IndexName, Rows: n.PlanRows,
			ActualRows: n.ActualRows, Loops: n.ActualLoops, RowsRead: (n.ActualRows + n.FilterOut + n.RecheckOut) * n.ActualLoops}
		if n.NodeType == "Bitmap Heap Scan" {
			s.Index = strings.Join(bitmapIndexes(n, nil), ", ")
		}
		*scans = append(*scans, s)
	}
	for _, c := range n.Plans {
		collectScans(c, scans)
	}
}

// bitmapIndexes returns the indexes of the Bitmap Index Scans under a Bitmap Heap Scan (through
// BitmapAnd and BitmapOr).
func bitmapIndexes(n planNode, names []string) []string {
	for _, c := range n.Plans {
		if c.NodeType == "Bitmap Index Scan" && !slices.Contains(names, c.IndexName) {
			names = append(names, c.IndexName)
		}
		names = bitmapIndexes(c, names)
	}
	return names
}

// Verdicts of a plan or a request.
const (
	VerdictIndex   = "index"         // every table of more than the small-table rows is read through an index
	VerdictNoTable = "no table read" // e.g. SELECT now()
	VerdictSkipped = "not explained" // a write, or a statement Options say not to run
)

// judge sets the verdict of an explained plan from its scans and their tables' sizes: "seq scan
// on <table>, …" for every table above smallRows read whole, else VerdictIndex (or VerdictNoTable).
func (p *Plan) judge(smallRows int64) {
	p.SeqScans, p.SmallSeqScans = nil, nil
	for _, s := range p.Scans {
		if s.Node != "Seq Scan" && s.Node != "Sample Scan" {
			continue
		}
		if s.TableRows > smallRows {
			p.SeqScans = appendNew(p.SeqScans, s.Relation)
		} else {
			p.SmallSeqScans = appendNew(p.SmallSeqScans, s.Relation)
		}
	}
	p.Verdict = verdict(p.SeqScans, len(p.Scans) > 0)
}

func verdict(seqScans []string, readsTables bool) string {
	switch {
	case len(seqScans) > 0:
		return "seq scan on " + strings.Join(seqScans, ", ")
	case readsTables:
		return VerdictIndex
	default:
		return VerdictNoTable
	}
}

func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}
