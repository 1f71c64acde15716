package store_test

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/teleworkmonth/platform/internal/pgtest"
	"github.com/teleworkmonth/platform/internal/store"
)

// openWithCounters opens a fresh database with a table of two counters, 1 and 2, both at 0.
func openWithCounters(t *testing.T) *sqlx.DB {
	t.Helper()
	db, err := store.Open(t.Context(), store.Config{URL: pgtest.NewURL(t), MaxOpenConns: 4, MaxIdleConns: 4})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.MustExecContext(t.Context(), `CREATE TABLE counters (id int PRIMARY KEY, n int NOT NULL)`)
	db.MustExecContext(t.Context(), `INSERT INTO counters (id, n) VALUES (1, 0), (2, 0)`)
	return db
}

// collide runs first and second in two transactions at once. Their first runs both reach the
// barrier before either goes on, so that what each did before it is held while the other acts;
// a run again after an abort does not wait. It returns both errors and how many runs there were.
func collide(t *testing.T, db *sqlx.DB, before, after func(ctx context.Context, tx *sqlx.Tx, which int) error) (errs [2]error, runs int32) {
	t.Helper()
	var barrier sync.WaitGroup
	barrier.Add(2)
	var total atomic.Int32
	var wg sync.WaitGroup
	for which := range 2 {
		wg.Go(func() {
			first := true
			errs[which] = store.InTx(t.Context(), db, func(tx *sqlx.Tx) error {
				total.Add(1)
				if err := before(t.Context(), tx, which); err != nil {
					return err
				}
				if first {
					first = false
					barrier.Done()
					barrier.Wait()
				}
				return after(t.Context(), tx, which)
			})
		})
	}
	wg.Wait()
	return errs, total.Load()
}

func counters(t *testing.T, db *sqlx.DB) (one, two int) {
	t.Helper()
	if err := db.QueryRowxContext(t.Context(), `SELECT (SELECT n FROM counters WHERE id = 1), (SELECT n FROM counters WHERE id = 2)`).Scan(&one, &two); err != nil {
		t.Fatal(err)
	}
	return one, two
}

// TestADeadlockedTransactionIsRunAgain: two transactions that lock the same two rows in opposite
// orders deadlock; PostgreSQL aborts one (40P01) and InTx runs it again, so both changes land.
func TestADeadlockedTransactionIsRunAgain(t *testing.T) {
	t.Parallel()
	db := openWithCounters(t)
	lock := func(ctx context.Context, tx *sqlx.Tx, id int) error {
		_, err := tx.ExecContext(ctx, `UPDATE counters SET n = n + 1 WHERE id = $1`, id)
		return err
	}
	errs, runs := collide(t, db,
		func(ctx context.Context, tx *sqlx.Tx, which int) error { return lock(ctx, tx, 1+which) },
		func(ctx context.Context, tx *sqlx.Tx, which int) error { return lock(ctx, tx, 2-which) },
	)
	if errs[0] != nil || errs[1] != nil {
		t.Fatalf("errors %v, %v; want both transactions to land", errs[0], errs[1])
	}
	// Three: two, and the victim once more. On a busy machine a fourth was seen once (a run aborted
	// again before the other committed); InTx bounds each transaction to three runs.
	if runs < 3 || runs > 4 {
		t.Errorf("%d runs, want 3 (or 4): two, and the deadlock's victim once more", runs)
	}
	if one, two := counters(t, db); one != 2 || two != 2 {
		t.Errorf("counters %d and %d, want 2 and 2", one, two)
	}
}

// TestASerializationFailureIsRunAgain: two serializable transactions read a counter and write
// what they read plus one; the second writer is aborted (40001) and runs again on the new value,
// so no increment is lost.
func TestASerializationFailureIsRunAgain(t *testing.T) {
	t.Parallel()
	db := openWithCounters(t)
	// Each reads before the barrier, so that both snapshots are taken before either writes.
	var read [2]int
	errs, runs := collide(t, db,
		func(ctx context.Context, tx *sqlx.Tx, which int) error {
			if _, err := tx.ExecContext(ctx, `SET TRANSACTION ISOLATION LEVEL SERIALIZABLE`); err != nil {
				return err
			}
			return tx.GetContext(ctx, &read[which], `SELECT n FROM counters WHERE id = 1`)
		},
		func(ctx context.Context, tx *sqlx.Tx, which int) error {
			_, err := tx.ExecContext(ctx, `UPDATE counters SET n = $1 WHERE id = 1`, read[which]+1)
			return err
		},
	)
	if errs[0] != nil || errs[1] != nil {
		t.Fatalf("errors %v, %v; want both transactions to land", errs[0], errs[1])
	}
	if runs != 3 {
		t.Errorf("%d runs, want 3", runs)
	}
	if one, _ := counters(t, db); one != 2 {
		t.Errorf("counter %d, want 2: an increment was lost", one)
	}
}

// TestRetriesAreBounded: a transaction that keeps colliding runs three times, and the caller gets
// the last error; any other error is returned at once, without a second run.
func TestRetriesAreBounded(t *testing.T) {
	t.Parallel()
	db := openWithCounters(t)
	for _, tc := range []struct {
		name     string
		err      error
		wantRuns int
	}{
		{"serialization failure", &pq.Error{Code: "40001"}, 3},
		{"deadlock", &pq.Error{Code: "40P01"}, 3},
		{"unique violation", &pq.Error{Code: "23505"}, 1},
		{"not a database error", errors.New("refused"), 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			runs := 0
			err := store.InTx(t.Context(), db, func(tx *sqlx.Tx) error {
				runs++
				if _, err := tx.ExecContext(t.Context(), `UPDATE counters SET n = n + 1 WHERE id = 2`); err != nil {
					return err
				}
				return tc.err
			})
			if !errors.Is(err, tc.err) {
				t.Errorf("error %v, want %v", err, tc.err)
			}
			if runs != tc.wantRuns {
				t.Errorf("%d runs, want %d", runs, tc.wantRuns)
			}
		})
	}
	if _, two := counters(t, db); two != 0 {
		t.Errorf("counter %d, want 0: a failed run was committed", two)
	}
}
