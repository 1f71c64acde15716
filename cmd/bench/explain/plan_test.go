package explain

import (
	"slices"
	"testing"
)

// samplePlan is EXPLAIN (FORMAT JSON) output trimmed to the fields the summary reads, with every
// kind of table read.
const samplePlan = `[{"Plan": {"Node Type": "Limit", "Total Cost": 42.5, "Plan Rows": 51,
  "Plans": [{"Node Type": "Nested Loop", "Total Cost": 40, "Plan Rows": 51, "Plans": [
    {"Node Type": "Index Scan", "Relation Name": "events", "Index Name": "events_starts_idx", "Total Cost": 20, "Plan Rows": 51},
    {"Node Type": "Bitmap Heap Scan", "Relation Name": "event_cohosts", "Total Cost": 8, "Plan Rows": 3, "Plans": [
      {"Node Type": "BitmapOr", "Plans": [
        {"Node Type": "Bitmap Index Scan", "Index Name": "event_cohosts_pkey"},
        {"Node Type": "Bitmap Index Scan", "Index Name": "event_cohosts_ministry_idx"}]}]},
    {"Node Type": "Seq Scan", "Relation Name": "ministries", "Total Cost": 1, "Plan Rows": 9},
    {"Node Type": "Seq Scan", "Relation Name": "registrants", "Total Cost": 9, "Plan Rows": 2,
     "Actual Rows": 2, "Actual Loops": 3, "Rows Removed by Filter": 98},
    {"Node Type": "Index Only Scan", "Relation Name": "registrants", "Index Name": "registrants_campaign_idx", "Total Cost": 1, "Plan Rows": 1},
    {"Node Type": "Function Scan", "Total Cost": 1, "Plan Rows": 10}]}]},
  "Planning Time": 0.2, "Execution Time": 1.5}]`

func TestParseAndJudge(t *testing.T) {
	t.Parallel()
	var p Plan
	if err := parsePlan([]byte(samplePlan), &p); err != nil {
		t.Fatal(err)
	}
	if p.TotalCost != 42.5 || p.Rows != 51 || p.PlanningMs != 0.2 || p.ExecutionMs != 1.5 {
		t.Errorf("cost %v, rows %v, planning %v ms, execution %v ms; want 42.5, 51, 0.2, 1.5", p.TotalCost, p.Rows, p.PlanningMs, p.ExecutionMs)
	}
	want := []Scan{
		{Relation: "events", Node: "Index Scan", Index: "events_starts_idx", Rows: 51},
		{Relation: "event_cohosts", Node: "Bitmap Heap Scan", Index: "event_cohosts_pkey, event_cohosts_ministry_idx", Rows: 3},
		{Relation: "ministries", Node: "Seq Scan", Rows: 9},
		{Relation: "registrants", Node: "Seq Scan", Rows: 2, ActualRows: 2, Loops: 3, RowsRead: 300},
		{Relation: "registrants", Node: "Index Only Scan", Index: "registrants_campaign_idx", Rows: 1},
	}
	if !slices.Equal(p.Scans, want) {
		t.Fatalf("scans\n got %+v\nwant %+v", p.Scans, want)
	}

	rows := map[string]int64{"events": 20_000, "event_cohosts": 5_000, "ministries": 9, "registrants": 100_000}
	for i := range p.Scans {
		p.Scans[i].TableRows = rows[p.Scans[i].Relation]
	}
	p.judge(DefaultSmallTableRows)
	if p.Verdict != "seq scan on registrants" || !slices.Equal(p.SmallSeqScans, []string{"ministries"}) {
		t.Errorf("verdict %q, small seq scans %v; want seq scan on registrants, [ministries]", p.Verdict, p.SmallSeqScans)
	}

	rows["registrants"] = 500 // the demo data's size: small enough to read whole
	for i := range p.Scans {
		p.Scans[i].TableRows = rows[p.Scans[i].Relation]
	}
	p.judge(DefaultSmallTableRows)
	if p.Verdict != VerdictIndex || !slices.Equal(p.SmallSeqScans, []string{"ministries", "registrants"}) {
		t.Errorf("verdict %q, small seq scans %v; want index, [ministries registrants]", p.Verdict, p.SmallSeqScans)
	}
}

func TestParseRejectsWhatIsNotAPlan(t *testing.T) {
	t.Parallel()
	for _, raw := range []string{``, `{}`, `[]`, `[{"Plan": {}}, {"Plan": {}}]`} {
		var p Plan
		if err := parsePlan([]byte(raw), &p); err == nil {
			t.Errorf("parsePlan(%q) = nil error, want one", raw)
		}
	}
}

func TestNoTableRead(t *testing.T) {
	t.Parallel()
	var p Plan
	if err := parsePlan([]byte(`[{"Plan": {"Node Type": "Result", "Total Cost": 0.01, "Plan Rows": 1}}]`), &p); err != nil {
		t.Fatal(err)
	}
	p.judge(DefaultSmallTableRows)
	if p.Verdict != VerdictNoTable {
		t.Errorf("verdict %q, want %q", p.Verdict, VerdictNoTable)
	}
}
