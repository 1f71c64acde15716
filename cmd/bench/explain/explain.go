// Package explain shows how PostgreSQL runs the SQL of a GraphQL request: it sends the request
// through the server's handler while recording its statements (store.RecordStatements), runs
// EXPLAIN on each read with the arguments it ran with, and sums the plan up: which tables are read
// and how (Index Scan, Index Only Scan, Bitmap Heap Scan, Seq Scan), the estimated cost, and a
// verdict, "index" or "seq scan on <table>". It also counts the statements of one query at
// several page sizes.
//
// The benchmark uses it to show that the reads stay flat as the tables grow: at every scale the
// list, detail and filter reads reach the large tables through indexes, and the statements per
// request do not depend on the page size. The verdict means something only on data of a realistic
// size: on a few hundred rows the planner rightly reads tables whole (see DefaultSmallTableRows).
//
// EXPLAIN runs in a read-only transaction that is rolled back, on the statements that read only;
// writes are listed but never explained. With Options.Analyze the reads are run (EXPLAIN ANALYZE,
// BUFFERS), except locking reads and reads that call functions with effects outside the
// transaction.
package explain

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/lib/pq"

	"github.com/teleworkmonth/platform/internal/store"
)

// DB is where statements are explained: a *sql.DB or a *sqlx.DB of the same database as the
// server's.
type DB interface {
	BeginTx(ctx context.Context, opts *sql.TxOptions) (*sql.Tx, error)
}

// Options change how statements are explained. The zero value estimates only.
type Options struct {
	// Analyze runs each read (EXPLAIN (ANALYZE, BUFFERS)) and reports its timings, rows and
	// buffers. Off, EXPLAIN only plans: it runs nothing and is as fast on any data.
	Analyze bool
	// SmallTableRows is the largest table a Seq Scan may read without the verdict calling it out;
	// 0 means DefaultSmallTableRows.
	SmallTableRows int64
}

func (o Options) smallTableRows() int64 {
	if o.SmallTableRows > 0 {
		return o.SmallTableRows
	}
	return DefaultSmallTableRows
}

// Plan is what EXPLAIN says of one recorded statement.
type Plan struct {
	// SQL is the statement's text with its whitespace collapsed. Its arguments are kept in Args
	// but left out of JSON: a report may be published, and arguments can be credentials' hashes.
	SQL  string `json:"sql"`
	Args []any  `json:"-"`
	// Skipped says why the statement was not explained ("" when it was): a write, say.
	Skipped string `json:"skipped,omitempty"`
	// Verdict is VerdictIndex, VerdictNoTable, VerdictSkipped or "seq scan on <table>, …".
	Verdict string `json:"verdict"`
	// SeqScans are the tables above the small-table rows read whole; SmallSeqScans those below.
	SeqScans      []string `json:"seqScans,omitempty"`
	SmallSeqScans []string `json:"smallSeqScans,omitempty"`
	// TotalCost and Rows are the planner's estimates for the whole statement, in its cost units.
	TotalCost float64 `json:"totalCost"`
	Rows      float64 `json:"rows"`
	Scans     []Scan  `json:"scans,omitempty"`
	// Measured under Options.Analyze only.
	PlanningMs       float64 `json:"planningMs,omitempty"`
	ExecutionMs      float64 `json:"executionMs,omitempty"`
	SharedHitBlocks  int64   `json:"sharedHitBlocks,omitempty"`
	SharedReadBlocks int64   `json:"sharedReadBlocks,omitempty"`
	// Explain is EXPLAIN's own JSON document.
	Explain json.RawMessage `json:"explain,omitempty"`
}

// Statements explains each statement, in order, in one read-only transaction on db that is rolled
// back. ctx must not record statements itself (the EXPLAINs would join the log). It fails on the
// first statement that PostgreSQL cannot explain, naming it.
func Statements(ctx context.Context, db DB, statements []store.Statement, opts Options) (plans []Plan, err error) {
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("explain: begin a read-only transaction: %w", err)
	}
	defer func() {
		if rerr := tx.Rollback(); rerr != nil && err == nil {
			err = fmt.Errorf("explain: roll back: %w", rerr)
		}
	}()
	sizes := tableSizes{tx: tx, limit: opts.smallTableRows() + 1, rows: map[string]int64{}}
	for i, s := range statements {
		p := Plan{SQL: oneLine(s.SQL), Args: s.Args, Skipped: skipReason(s.SQL, opts.Analyze)}
		if p.Skipped != "" {
			p.Verdict = VerdictSkipped
			plans = append(plans, p)
			continue
		}
		if err := explainOne(ctx, tx, s, opts.Analyze, &p); err != nil {
			return nil, fmt.Errorf("explain statement %d (%.120s): %w", i+1, p.SQL, err)
		}
		for j := range p.Scans {
			if p.Scans[j].TableRows, err = sizes.of(ctx, p.Scans[j].Relation); err != nil {
				return nil, fmt.Errorf("explain statement %d: %w", i+1, err)
			}
		}
		p.judge(opts.smallTableRows())
		plans = append(plans, p)
	}
	return plans, nil
}

func explainOne(ctx context.Context, tx *sql.Tx, s store.Statement, analyze bool, p *Plan) error {
	prefix := "EXPLAIN (FORMAT JSON) "
	if analyze {
		prefix = "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) "
	}
	var raw []byte
	if err := tx.QueryRowContext(ctx, prefix+s.SQL, s.Args...).Scan(&raw); err != nil {
		return err
	}
	return parsePlan(raw, p)
}

// tableSizes looks up and remembers the rows of the tables the plans read.
type tableSizes struct {
	tx    *sql.Tx
	limit int64 // a table never analyzed is counted up to this many rows
	rows  map[string]int64
}

// of returns the planner's estimate of the rows of table (pg_class.reltuples) or, for a table
// never analyzed (reltuples -1), its rows counted up to the limit.
func (t tableSizes) of(ctx context.Context, table string) (int64, error) {
	if n, ok := t.rows[table]; ok {
		return n, nil
	}
	var n sql.NullInt64
	err := t.tx.QueryRowContext(ctx, `SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass($1)`,
		pq.QuoteIdentifier(table)).Scan(&n)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("rows of %s: %w", table, err)
	}
	if !n.Valid || n.Int64 < 0 {
		err := t.tx.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT FROM `+pq.QuoteIdentifier(table)+` LIMIT $1) t`,
			t.limit).Scan(&n)
		if err != nil {
			return 0, fmt.Errorf("count the rows of %s: %w", table, err)
		}
	}
	t.rows[table] = n.Int64
	return n.Int64, nil
}

// oneLine collapses the whitespace of a statement, so that it reads on one line of a report.
func oneLine(sql string) string { return strings.Join(strings.Fields(sql), " ") }
