package store_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/store"
)

// openOneConn opens a database whose pool holds one connection, keeping up to prepared statements.
func openOneConn(t *testing.T, prepared int) *sqlx.DB {
	t.Helper()
	db, err := store.Open(t.Context(), store.Config{URL: pgtest.NewURL(t), MaxOpenConns: 1, MaxIdleConns: 1, PreparedStatements: prepared})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// preparedOnServer lists the statements the connection has prepared, as the server sees them.
func preparedOnServer(t *testing.T, db *sqlx.DB) []string {
	t.Helper()
	var statements []string
	if err := db.SelectContext(t.Context(), &statements, `SELECT statement FROM pg_prepared_statements ORDER BY prepare_time`); err != nil {
		t.Fatal(err)
	}
	return statements
}

// TestQueriesArePreparedOnceAndKeptWithinTheLimit: a query runs as a statement prepared on its
// connection the first time and reused after; a connection keeps at most the configured number,
// closing the least recently used.
func TestQueriesArePreparedOnceAndKeptWithinTheLimit(t *testing.T) {
	t.Parallel()
	db := openOneConn(t, 3)
	ctx := t.Context()
	for range 5 {
		var n int
		if err := db.GetContext(ctx, &n, `SELECT $1::int + 1`, 41); err != nil || n != 42 {
			t.Fatalf("got %d, %v", n, err)
		}
	}
	got := preparedOnServer(t, db)
	if len(got) != 2 || got[0] != `SELECT $1::int + 1` {
		t.Fatalf("prepared on the server: %q, want the query once and the listing itself", got)
	}
	for _, q := range []string{`SELECT 1`, `SELECT 2`, `SELECT 3`} {
		var n int
		if err := db.GetContext(ctx, &n, q); err != nil {
			t.Fatal(err)
		}
	}
	got = preparedOnServer(t, db)
	if len(got) != 3 || slices.Contains(got, `SELECT $1::int + 1`) {
		t.Errorf("prepared on the server: %q, want the 3 most recent", got)
	}
}

// TestPreparingCanBeTurnedOff: with no statements to keep, nothing stays prepared (for a pooler
// in transaction mode).
func TestPreparingCanBeTurnedOff(t *testing.T) {
	t.Parallel()
	db := openOneConn(t, 0)
	var n int
	if err := db.GetContext(t.Context(), &n, `SELECT 1`); err != nil {
		t.Fatal(err)
	}
	if got := preparedOnServer(t, db); len(got) != 0 {
		t.Errorf("prepared on the server: %q, want none", got)
	}
}

// TestPreparedQueriesFollowSchemaChanges: when a table's columns change under a prepared query,
// PostgreSQL refuses the stale statement; outside a transaction the query is prepared again and
// answers at once, inside one the error is the transaction's and the next run is prepared afresh.
func TestPreparedQueriesFollowSchemaChanges(t *testing.T) {
	t.Parallel()
	db := openOneConn(t, 10)
	ctx := t.Context()
	if _, err := db.ExecContext(ctx, `CREATE TABLE shapes (a int); INSERT INTO shapes VALUES (1)`); err != nil {
		t.Fatal(err)
	}
	columns := func(ctx context.Context, q sqlx.QueryerContext) (int, error) {
		rows, err := q.QueryxContext(ctx, `SELECT * FROM shapes`)
		if err != nil {
			return 0, err
		}
		defer rows.Close()
		cols, err := rows.Columns()
		return len(cols), err
	}
	if n, err := columns(ctx, db); err != nil || n != 1 {
		t.Fatalf("%d columns, %v", n, err)
	}
	if _, err := db.ExecContext(ctx, `ALTER TABLE shapes ADD COLUMN b int`); err != nil {
		t.Fatal(err)
	}
	if n, err := columns(ctx, db); err != nil || n != 2 {
		t.Fatalf("after a column was added: %d columns, %v; want 2 at once", n, err)
	}

	if _, err := db.ExecContext(ctx, `ALTER TABLE shapes ADD COLUMN c int`); err != nil {
		t.Fatal(err)
	}
	err := store.InTx(ctx, db, func(tx *sqlx.Tx) error {
		_, err := columns(ctx, tx)
		return err
	})
	if err == nil || !strings.Contains(err.Error(), "cached plan") {
		t.Fatalf("in a transaction: %v, want PostgreSQL's refusal of the stale statement", err)
	}
	if n, err := columns(ctx, db); err != nil || n != 3 {
		t.Fatalf("after the transaction: %d columns, %v; want 3", n, err)
	}
}
