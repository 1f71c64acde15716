package explain_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/cmd/bench/explain"
	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/store"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// eventsList is the benchmark's public event list, with the page size as a variable.
const eventsList = `query($first: Int) { events(first: $first) { pageInfo { hasNextPage endCursor } edges { cursor node {
	id title { ja en } startsAt endsAt feeYen capacity seatsRemaining
	venue { name { ja en } prefecture } host { code name { ja en } } coHosts { code name { ja en } } } } } }`

// The reads of the growth benchmark: the list, one event, and a filtered list.
var reads = []explain.Request{
	{Name: "list", Query: eventsList, Variables: map[string]any{"first": 50}},
	{Name: "detail", Query: `query($id: ID!) { event(id: $id) { id title { text } startsAt venue { name { text } }
		host { code } coHosts { code } programParts { title { ja } } seatsRemaining } }`},
	{Name: "filter", Query: `{ events(filter: {fiscalYear: 2026, prefecture: TOKYO, hasSeats: true}, first: 20) {
		totalCount edges { node { id title { text } host { code } } } } }`},
}

func TestStatementsDoNotDependOnPageSize(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	counts, err := explain.StatementsByPageSize(t.Context(), s.App.Handler, reads[0], []int{5, 50, 100})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("statements per page size: %+v", counts)
	if len(counts) != 3 || !explain.SamePerPage(counts) {
		t.Errorf("statements per page size differ: %+v", counts)
	}
	if explain.SamePerPage([]explain.PageCount{{First: 5, Statements: 3}, {First: 100, Statements: 4}}) {
		t.Error("SamePerPage of 3 and 4 statements is true")
	}
}

// TestRequests explains the benchmark's reads on the demo data. The tables are tiny there, so the
// planner may read them whole: the test checks that every statement was explained and its plan
// read, not which scans were chosen.
func TestRequests(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	var list struct {
		Events struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	s.Query(`{ events(first: 1) { edges { node { id } } } }`, nil).Decode(t, &list)
	if len(list.Events.Edges) == 0 {
		t.Fatal("the demo data has no public event")
	}
	requests := append([]explain.Request(nil), reads...)
	requests[1].Variables = map[string]any{"id": list.Events.Edges[0].Node.ID}

	for _, opts := range []explain.Options{{}, {Analyze: true}} {
		reports, err := explain.Requests(t.Context(), s.App.Handler, s.DB, requests, opts)
		if err != nil {
			t.Fatalf("analyze %v: %v", opts.Analyze, err)
		}
		if len(reports) != len(requests) {
			t.Fatalf("%d reports for %d requests", len(reports), len(requests))
		}
		t.Logf("analyze %v:\n%s", opts.Analyze, explain.Markdown(reports))
		for _, r := range reports {
			t.Logf("analyze %v: %s: %d statements, cost %.1f, %s", opts.Analyze, r.Name, r.Statements, r.TotalCost, r.Verdict)
			if r.Statements == 0 || len(r.Plans) != r.Statements || r.Verdict == "" {
				t.Errorf("%s: %d statements, %d plans, verdict %q", r.Name, r.Statements, len(r.Plans), r.Verdict)
			}
			if opts.Analyze && (r.ExecutionMs <= 0 || r.RowsRead <= 0 || r.SharedBlocks <= 0) {
				t.Errorf("%s: ANALYZE measured %v ms, %v rows read, %d buffers", r.Name, r.ExecutionMs, r.RowsRead, r.SharedBlocks)
			}
			for _, p := range r.Plans {
				if p.Skipped != "" {
					t.Errorf("%s: a public read ran a statement that is not explained (%s): %s", r.Name, p.Skipped, p.SQL)
					continue
				}
				if !json.Valid(p.Explain) || p.TotalCost <= 0 || len(p.Scans) == 0 {
					t.Errorf("%s: plan of %.80s: cost %v, %d scans", r.Name, p.SQL, p.TotalCost, len(p.Scans))
				}
				if opts.Analyze && p.ExecutionMs <= 0 {
					t.Errorf("%s: ANALYZE measured no execution time for %.80s", r.Name, p.SQL)
				}
			}
		}
	}
}

// TestStatements explains recorded statements directly: a read whose table is above the
// small-table rows is called out when read whole, and a write is listed but not run.
func TestStatements(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	ctx, log := store.RecordStatements(t.Context())
	var n int
	if err := s.DB.GetContext(ctx, &n, `SELECT count(*) FROM events WHERE title_ja LIKE $1`, "%テレワーク%"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB.ExecContext(ctx, `UPDATE events SET version = version WHERE id = $1`, 1); err != nil {
		t.Fatal(err)
	}
	if err := s.DB.GetContext(ctx, &n, `SELECT 1`); err != nil {
		t.Fatal(err)
	}
	statements := log.Statements()

	plans, err := explain.Statements(t.Context(), s.DB, statements, explain.Options{SmallTableRows: 1, Analyze: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(plans) != 3 {
		t.Fatalf("%d plans, want 3", len(plans))
	}
	if p := plans[0]; p.Verdict != "seq scan on events" || p.Scans[0].TableRows <= 1 {
		t.Errorf("count of events by title: verdict %q, scans %+v; want a seq scan on events", p.Verdict, p.Scans)
	}
	if p := plans[1]; p.Verdict != explain.VerdictSkipped || !strings.Contains(p.Skipped, "UPDATE") || p.Explain != nil {
		t.Errorf("update: verdict %q, skipped %q; want it skipped as a write", p.Verdict, p.Skipped)
	}
	if p := plans[2]; p.Verdict != explain.VerdictNoTable {
		t.Errorf("SELECT 1: verdict %q, want %q", p.Verdict, explain.VerdictNoTable)
	}

	// EXPLAIN fails on what PostgreSQL cannot plan, naming the statement.
	_, err = explain.Statements(t.Context(), s.DB, []store.Statement{{SQL: "SELECT * FROM no_such_table"}}, explain.Options{})
	if err == nil || !strings.Contains(err.Error(), "no_such_table") {
		t.Errorf("explain of a missing table: %v, want an error naming the statement", err)
	}
}
