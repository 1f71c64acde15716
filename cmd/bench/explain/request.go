package explain

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"

	"github.com/teleworkmonth/platform/internal/store"
)

// Request is a GraphQL request to explain, sent as POST /graphql.
type Request struct {
	Name      string         // how the report names it, e.g. "list: events(first: 50)"
	Query     string         // the GraphQL document
	Variables map[string]any // may be nil
	Header    http.Header    // extra headers, e.g. Authorization or Accept-Language; may be nil
}

// Report is what one request ran and how PostgreSQL plans it.
type Report struct {
	Name string `json:"name"`
	// Statements is how many SQL statements the request ran, explained or not.
	Statements int `json:"statements"`
	// Verdict is "seq scan on <table>, …" naming every table above the small-table rows that a
	// plan of the request reads whole, else VerdictIndex (VerdictNoTable when no plan reads a
	// table).
	Verdict string `json:"verdict"`
	// TotalCost is the sum of the plans' estimated costs.
	TotalCost float64 `json:"totalCost"`
	// Measured under Options.Analyze, summed over the plans: execution time, rows read by the
	// scans, and 8 kB buffers touched (found in shared buffers or read). The flat-cost claim is
	// that these stay the same as the tables grow.
	ExecutionMs  float64 `json:"executionMs,omitempty"`
	RowsRead     float64 `json:"rowsRead,omitempty"`
	SharedBlocks int64   `json:"sharedBlocks,omitempty"`
	Plans        []Plan  `json:"plans"`
}

// Requests sends each request through handler (the server's whole HTTP handler, whose database was
// opened with store.Open) with a context that records its SQL, checks that the answer has no
// errors, and explains the statements it ran on db (see Statements). ctx must not record
// statements itself.
func Requests(ctx context.Context, handler http.Handler, db DB, requests []Request, opts Options) ([]Report, error) {
	var reports []Report
	for _, r := range requests {
		recording, log := store.RecordStatements(ctx)
		if err := send(recording, handler, r); err != nil {
			return nil, err
		}
		statements := log.Statements()
		plans, err := Statements(ctx, db, statements, opts)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", r.Name, err)
		}
		reports = append(reports, summarize(r.Name, len(statements), plans))
	}
	return reports, nil
}

// summarize adds the plans of a request up.
func summarize(name string, statements int, plans []Plan) Report {
	r := Report{Name: name, Statements: statements, Plans: plans}
	var seqScans []string
	readsTables := false
	for _, p := range plans {
		r.TotalCost += p.TotalCost
		r.ExecutionMs += p.ExecutionMs
		r.SharedBlocks += p.SharedHitBlocks + p.SharedReadBlocks
		for _, s := range p.Scans {
			r.RowsRead += s.RowsRead
		}
		readsTables = readsTables || len(p.Scans) > 0
		for _, t := range p.SeqScans {
			seqScans = appendNew(seqScans, t)
		}
	}
	r.Verdict = verdict(seqScans, readsTables)
	return r
}

// PageCount is how many SQL statements one request ran for a page size.
type PageCount struct {
	First      int   `json:"first"`
	Statements int64 `json:"statements"`
}

// StatementsByPageSize sends the request once per page size, with the variable $first set to it,
// and counts the statements each ran; the request's query must take its page size as $first. A
// list whose edges are loaded in batches runs the same number at every size (see SamePerPage).
func StatementsByPageSize(ctx context.Context, handler http.Handler, r Request, sizes []int) ([]PageCount, error) {
	var counts []PageCount
	for _, first := range sizes {
		sized := r
		sized.Variables = maps.Clone(r.Variables)
		if sized.Variables == nil {
			sized.Variables = map[string]any{}
		}
		sized.Variables["first"] = first
		sized.Name = fmt.Sprintf("%s (first: %d)", r.Name, first)
		counting, counter := store.CountStatements(ctx)
		if err := send(counting, handler, sized); err != nil {
			return nil, err
		}
		counts = append(counts, PageCount{First: first, Statements: counter.Count()})
	}
	return counts, nil
}

// SamePerPage reports whether every page size ran the same number of statements, and at least one.
func SamePerPage(counts []PageCount) bool {
	if len(counts) == 0 || counts[0].Statements == 0 {
		return false
	}
	return !slices.ContainsFunc(counts, func(c PageCount) bool { return c.Statements != counts[0].Statements })
}

// send posts r to handler with ctx; it fails when the status is not 200 or the answer carries
// GraphQL errors.
func send(ctx context.Context, handler http.Handler, r Request) error {
	body, err := json.Marshal(map[string]any{"query": r.Query, "variables": r.Variables})
	if err != nil {
		return fmt.Errorf("%s: encode the request: %w", r.Name, err)
	}
	req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range r.Header {
		req.Header[k] = v
	}
	rec := httptest.NewRecorder()
	handler.ServeHTTP(rec, req)
	var answer struct {
		Errors []json.RawMessage `json:"errors"`
	}
	if rec.Code != http.StatusOK {
		return fmt.Errorf("%s: status %d: %.300s", r.Name, rec.Code, rec.Body.Bytes())
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &answer); err != nil {
		return fmt.Errorf("%s: read the answer: %w", r.Name, err)
	}
	if len(answer.Errors) > 0 {
		return fmt.Errorf("%s: the answer has errors: %.300s", r.Name, answer.Errors[0])
	}
	return nil
}
