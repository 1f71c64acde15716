package store_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/store"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// mustOpen opens a database of the test's own through store.Open, whose connections count and
// record statements and prepare queries, as the server's do.
func mustOpen(tb testing.TB) *sqlx.DB {
	tb.Helper()
	db, err := store.Open(tb.Context(), store.Config{URL: pgtest.NewURL(tb), MaxOpenConns: 4, MaxIdleConns: 4, PreparedStatements: 100})
	if err != nil {
		tb.Fatalf("open: %v", err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

func TestRecordStatements(t *testing.T) {
	t.Parallel()
	db := mustOpen(t)
	ctx, log := store.RecordStatements(t.Context())

	var n int
	if err := db.GetContext(ctx, &n, `SELECT $1::int + $2::int`, 40, 2); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, `SELECT set_config('application_name', $1, false)`, "recorded"); err != nil {
		t.Fatal(err)
	}
	buf := []byte("bytes")
	if _, err := db.ExecContext(ctx, `SELECT length($1::bytea)`, buf); err != nil {
		t.Fatal(err)
	}
	copy(buf, "xxxxx") // the log keeps what ran, not the caller's buffer
	if err := store.InTx(ctx, db, func(tx *sqlx.Tx) error {
		return tx.GetContext(ctx, &n, `SELECT 7 WHERE $1::bool`, true)
	}); err != nil {
		t.Fatal(err)
	}
	// Not recorded: run without the recording context.
	if _, err := db.ExecContext(t.Context(), `SELECT 1`); err != nil {
		t.Fatal(err)
	}

	got := log.Statements()
	want := []store.Statement{
		{SQL: `SELECT $1::int + $2::int`, Args: []any{int64(40), int64(2)}},
		{SQL: `SELECT set_config('application_name', $1, false)`, Args: []any{"recorded"}},
		{SQL: `SELECT length($1::bytea)`, Args: []any{[]byte("bytes")}},
		{SQL: `SELECT 7 WHERE $1::bool`, Args: []any{true}},
	}
	if len(got) != len(want) {
		t.Fatalf("recorded %d statements, want %d: %v", len(got), len(want), got)
	}
	for i := range want {
		if got[i].SQL != want[i].SQL || fmt.Sprint(got[i].Args) != fmt.Sprint(want[i].Args) {
			t.Errorf("statement %d = %q %v, want %q %v", i, got[i].SQL, got[i].Args, want[i].SQL, want[i].Args)
		}
	}

	// The recorded arguments bind again as they are.
	var again int
	if err := db.GetContext(t.Context(), &again, got[0].SQL, got[0].Args...); err != nil || again != 42 {
		t.Errorf("rerun of %q = %d, %v; want 42", got[0].SQL, again, err)
	}
}

// TestRecordStatementsConcurrently runs statements from goroutines, as dataloaders do, and expects
// each in the log once (run with -race).
func TestRecordStatementsConcurrently(t *testing.T) {
	t.Parallel()
	db := mustOpen(t)
	ctx, log := store.RecordStatements(t.Context())
	ctx, counter := store.CountStatements(ctx)
	const goroutines, each = 8, 10
	var wg sync.WaitGroup
	errs := make(chan error, goroutines*each)
	for g := range goroutines {
		wg.Go(func() {
			for i := range each {
				var n int
				if err := db.GetContext(ctx, &n, `SELECT $1::int`, g*each+i); err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	got := log.Statements()
	if len(got) != goroutines*each || counter.Count() != goroutines*each {
		t.Fatalf("recorded %d and counted %d statements, want %d", len(got), counter.Count(), goroutines*each)
	}
	var seen []int64
	for _, s := range got {
		seen = append(seen, s.Args[0].(int64))
	}
	slices.Sort(seen)
	for i, v := range seen {
		if v != int64(i) {
			t.Fatalf("arguments recorded: %v, want 0…%d once each", seen, goroutines*each-1)
		}
	}
}

// TestRecordAndCountShareTheContext checks how recording and counting nest: the request log's
// CountStatements inside a recording context counts into the recording's counter, and a recording
// started inside a counting context keeps the outer counter.
func TestRecordAndCountShareTheContext(t *testing.T) {
	t.Parallel()
	db := mustOpen(t)
	run := func(ctx context.Context) {
		t.Helper()
		if _, err := db.ExecContext(ctx, `SELECT 1`); err != nil {
			t.Fatal(err)
		}
	}

	t.Run("count inside record", func(t *testing.T) {
		ctx, log := store.RecordStatements(t.Context())
		inner, counter := store.CountStatements(ctx)
		run(inner)
		if n, m := len(log.Statements()), counter.Count(); n != 1 || m != 1 {
			t.Errorf("recorded %d, counted %d; want 1 and 1", n, m)
		}
	})
	t.Run("record inside count", func(t *testing.T) {
		ctx, outer := store.CountStatements(t.Context())
		inner, log := store.RecordStatements(ctx)
		run(inner)
		run(ctx)
		if n, m := len(log.Statements()), outer.Count(); n != 1 || m != 2 {
			t.Errorf("recorded %d, counted %d; want 1 and 2", n, m)
		}
	})
	t.Run("record inside record keeps the log", func(t *testing.T) {
		ctx, outer := store.RecordStatements(t.Context())
		inner, log := store.RecordStatements(ctx)
		run(inner)
		if log != outer || len(outer.Statements()) != 1 {
			t.Errorf("the inner recording has a log of its own, or the outer log missed the statement")
		}
	})
	t.Run("counting alone records nothing", func(t *testing.T) {
		ctx, counter := store.CountStatements(t.Context())
		run(ctx)
		_, log := store.RecordStatements(t.Context())
		if counter.Count() != 1 || len(log.Statements()) != 0 {
			t.Errorf("counted %d, recorded %d; want 1 and 0", counter.Count(), len(log.Statements()))
		}
	})
}
