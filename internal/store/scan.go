package store

import (
	"context"
	"database/sql"

	"github.com/jmoiron/sqlx"

	"github.com/teleworkmonth/platform/internal/telework"
)

// selectRows runs a query and returns what scan reads from each row, in the order of the rows.
// Lists scan by position (eventScanner, applicationScanner, registrantScanner) rather than through
// sqlx's mapping by name, whose reflection was a fifth to a third of a list's CPU.
func selectRows[T any](ctx context.Context, db sqlx.QueryerContext, expectedRows int, scan func(*sql.Rows) (*T, error), query string, args ...any) ([]*T, error) {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make([]*T, 0, expectedRows)
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// pointTo stores a scanned value in place and points to it; nil for SQL's NULL.
func pointTo[T any](place *T, n sql.Null[T]) *T {
	if !n.Valid {
		return nil
	}
	*place = n.V
	return place
}

// pointToAs stores a scanned value, converted, in place and points to it; nil for SQL's NULL.
func pointToAs[S, T any](place *T, n sql.Null[S], convert func(S) T) *T {
	if !n.Valid {
		return nil
	}
	*place = convert(n.V)
	return place
}

// The conversions of scanned values that pointToAs makes.
func intOf(v int64) int                         { return int(v) }
func prefectureOf(v string) telework.Prefecture { return telework.Prefecture(v) }

// block hands out values from arrays allocated a page of rows at a time: one allocation for the
// rows of a page rather than one for each.
type block[T any] struct {
	free []T
	size int
}

// newBlock allocates for expectedRows at a time (at most 256).
func newBlock[T any](expectedRows int) block[T] {
	return block[T]{size: min(max(expectedRows, 1), 256)}
}

func (b *block[T]) next() *T {
	if len(b.free) == 0 {
		b.free = make([]T, b.size)
	}
	v := &b.free[0]
	b.free = b.free[1:]
	return v
}
